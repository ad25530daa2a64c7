import { lineObservations } from '../../shared/fieldwork/lines';
import fc from 'fast-check';
import {
  ACTION_EFFORTS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  AUDIT_STATUSES,
  CHECK_STATES,
  LANGUAGES,
  OBSERVATION_METHODS,
  OBSERVATION_OUTCOMES,
  PHOTO_TYPES,
  PROMISE_KINDS,
  PROMISE_SOURCE_KINDS,
  RESPONSE_TOOLS,
  TARGET_DIRECTIONS,
  VISIT_KINDS,
  VISIT_STATUSES,
  type AuditBundle,
} from '../../shared/domain';
import { SIGNATURE } from './photo-bytes';
import { questionNameFor, RATING_SCALES } from '../../shared/survey/definition';

/**
 * Arbitrary valid audits for property tests: every kind of record, references between them,
 * text in any script (astral characters, lone surrogates, quotes, HTML, RTL marks), extreme
 * numbers and photo bytes (after their type's signature). What the schemas refuse (control characters, NaN) is not made.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as a person (or a hostile file) may type it, within the schema's rules. */
export const text = (maxLength: number, required = false) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 40) }),
      fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '"quoted", ;semi; \t tab\nnew line',
        '__proto__',
        'constructor',
        'Kolejka była długa 😀',
        'Очередь\u00A0— 5 минут',
        '\u202Eevil\u202C',
        '\uD800 lone',
      ),
    )
    .map((s) => s.replace(CONTROL, '').slice(0, maxLength))
    .filter((s) => !required || s.trim().length > 0);

const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2090-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const moment = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2090-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
// JSON has no -0: the app writes it as 0, so it is not generated (it reads back equal as a number).
const finite = fc
  .oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer())
  .map((n) => (Object.is(n, -0) ? 0 : n));
const rubric = fc.integer({ min: 0, max: 4 });
const score100 = fc.oneof(
  fc.constant(null),
  fc.double({ min: 0, max: 100, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
);

/** A whole, valid audit bundle; sizes stay small so a store round trip stays quick. */
export const arbitraryAudit = (maxRecords = 4): fc.Arbitrary<AuditBundle> =>
  fc.gen().map((g) => {
    // Unique ids, cheaply: a random stem and a counter, shaped as version-4 UUIDs.
    const stem = g(() => fc.array(fc.nat(15), { minLength: 20, maxLength: 20 }))
      .map((n) => n.toString(16))
      .join('');
    let next = 0;
    const id = () => {
      const n = (next++).toString(16).padStart(8, '0');
      return `${n}-${stem.slice(0, 4)}-4${stem.slice(4, 7)}-8${stem.slice(7, 10)}-${stem.slice(10, 20)}ab`;
    };
    const auditId = id();
    const base = () => ({
      id: id(),
      auditId,
      createdAt: g(() => moment),
      updatedAt: g(() => moment),
      version: g(() => fc.integer({ min: 1, max: 1e6 })),
    });
    const many = <T>(make: (i: number) => T, min = 0) =>
      Array.from({ length: g(() => fc.integer({ min, max: maxRecords })) }, (_, i) => make(i));
    const pick = <T>(list: readonly T[]) => list[g(() => fc.nat(list.length - 1))]!;
    const some = <T>(list: readonly T[], max: number) =>
      list.length === 0
        ? []
        : g(() => fc.uniqueArray(fc.constantFrom(...list), { maxLength: max }));

    const [periodStart, periodEnd] = g(() => fc.tuple(day, day)).sort();
    const thresholds = g(() =>
      fc.tuple(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
      ),
    ).sort((a, b) => a - b);
    const stages = many(
      (order) => ({
        ...base(),
        name: g(() => text(120, true)),
        description: g(() => text(2000)),
        order,
      }),
      1,
    );
    const channels = many(
      (order) => ({
        ...base(),
        name: g(() => text(120, true)),
        description: g(() => text(2000)),
        order: order * 2,
      }),
      1,
    );
    const touchpoints = many(
      () => ({
        ...base(),
        stageId: pick(stages).id,
        channelId: pick(channels).id,
        name: g(() => text(200, true)),
        department: g(() => text(200)),
        description: g(() => text(4000)),
      }),
      1,
    );
    const promises = many(() => ({
      ...base(),
      touchpointId: pick(touchpoints).id,
      statement: g(() => text(10000, true)),
      source: {
        kind: g(() => fc.option(fc.constantFrom(...PROMISE_SOURCE_KINDS), { nil: null })),
        text: g(() => text(500)),
      },
      customerWording: g(() => text(2000)),
      kind: g(() => fc.constantFrom(...PROMISE_KINDS)),
      importance: g(() => fc.integer({ min: 1, max: 5 })),
      target: g(() =>
        fc.option(
          fc.record({
            metric: text(200, true),
            unit: text(40),
            direction: fc.constantFrom(...TARGET_DIRECTIONS),
            threshold: finite,
          }),
          { nil: null },
        ),
      ),
      belief: g(() => fc.option(rubric, { nil: null })),
    }));
    // Surveys of the audit's promises, at every kind of target.
    const surveys =
      promises.length === 0
        ? []
        : many(() => {
            const asked = some(promises, 3);
            const kind = g(() => fc.constantFrom('audit', 'touchpoints', 'stage', 'channel'));
            const nps = g(() => fc.boolean());
            return {
              ...base(),
              title: g(() => text(200, true)),
              language: g(() => fc.constantFrom(...LANGUAGES)),
              scale: g(() => fc.constantFrom(...RATING_SCALES)),
              nps,
              npsQuestion: nps ? g(() => text(500, true)) : g(() => text(500)),
              openQuestion: g(() => text(500, true)),
              invitation: g(() => text(300, true)),
              target:
                kind === 'touchpoints'
                  ? { kind, ids: some(touchpoints, 2).map((t) => t.id) }
                  : kind === 'stage'
                    ? { kind, id: pick(stages).id }
                    : kind === 'channel'
                      ? { kind, id: pick(channels).id }
                      : { kind: 'audit' as const },
              questions: (asked.length > 0 ? asked : [promises[0]!]).map((p) => ({
                name: questionNameFor(p.id),
                promiseId: p.id,
                wording: g(() => text(2000, true)),
              })),
              address: g(() =>
                fc.constantFrom('', 'https://ee.kobotoolbox.org/x/abc', 'http://a.b/ü?q=1'),
              ),
            };
          }).map((s) =>
            s.target.kind === 'touchpoints' && s.target.ids.length === 0
              ? { ...s, target: { kind: 'touchpoints' as const, ids: [touchpoints[0]!.id] } }
              : s,
          );
    const surveyKey = () =>
      g(() =>
        fc.option(
          fc
            .tuple(
              surveys.length > 0 ? fc.constantFrom(...surveys.map((s) => s.id)) : fc.constant('x'),
              fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/),
              fc.stringMatching(/^[a-z][a-z0-9]{0,19}$/),
            )
            .map(([survey, submission, name]) => `${survey}:${submission}/${name}`),
          { nil: null },
        ),
      );
    const photos = many(() => {
      const type = g(() => fc.constantFrom(...PHOTO_TYPES));
      // Any bytes after the signature of the type: the store keeps only images of their type.
      const tail = g(() => fc.uint8Array({ maxLength: 300 }));
      return {
        ...base(),
        name: g(() => text(260)),
        type,
        data: new Uint8Array([...SIGNATURE[type], ...tail]),
      };
    });
    const photoIds = photos.map((p) => p.id);
    const visits = many(() => ({
      ...base(),
      kind: g(() => fc.constantFrom(...VISIT_KINDS)),
      location: g(() => text(200, true)),
      date: g(() => day),
      observer: g(() => text(200)),
      scenario: g(() => text(4000)),
      wave: g(() => fc.integer({ min: 1, max: 1000 })),
      status: g(() => fc.constantFrom(...VISIT_STATUSES)),
      checklist: some(
        promises.map((p) => p.id),
        3,
      ).map((promiseId) => {
        const state = g(() => fc.constantFrom(...CHECK_STATES));
        const score = g(() => fc.option(rubric, { nil: null }));
        const measured = g(() => fc.option(finite, { nil: null }));
        return {
          promiseId,
          state,
          // A scored line says what it found: a score or a measured value.
          score: state === 'scored' && score === null && measured === null ? 2 : score,
          measured,
          note: g(() => text(20000)),
          verbatim: g(() => text(20000)),
          photoIds: some(photoIds, 2),
        };
      }),
    }));
    // A completed visit's checked lines are its evidence, one observation each.
    const lines = visits.flatMap((v) => lineObservations(v).map((o) => ({ ...base(), ...o })));
    const observations =
      promises.length === 0
        ? []
        : many(() => {
            const outcome = g(() => fc.constantFrom(...OBSERVATION_OUTCOMES));
            const score = g(() => fc.option(rubric, { nil: null }));
            return {
              ...base(),
              promiseId: pick(promises).id,
              visitId: null,
              method: g(() => fc.constantFrom(...OBSERVATION_METHODS)),
              date: g(() => day),
              wave: g(() => fc.integer({ min: 1, max: 1000 })),
              observer: g(() => text(200)),
              location: g(() => text(200)),
              outcome,
              score: outcome === 'scored' && score === null ? 2 : score,
              measured: g(() => fc.option(finite, { nil: null })),
              verbatim: g(() => text(20000)),
              note: g(() => text(20000)),
              photoIds: some(photoIds, 3),
              externalKey: surveyKey(),
            };
          });
    const surveyImports = many(() => ({
      ...base(),
      surveyId: surveys.length > 0 && g(() => fc.boolean()) ? pick(surveys).id : null,
      tool: g(() => fc.constantFrom(...RESPONSE_TOOLS)),
      fileName: g(() => text(260)),
      submissions: g(() => fc.nat(1e6)),
      nps: g(() =>
        fc.option(
          fc.record({
            answers: fc.nat(1000),
            promoters: fc.nat(1000),
            passives: fc.nat(1000),
            detractors: fc.nat(1000),
          }),
          { nil: null },
        ),
      ),
      verbatims: Array.from({ length: g(() => fc.nat(2)) }, () => ({
        externalKey: surveyKey(),
        date: g(() => day),
        wave: g(() => fc.integer({ min: 1, max: 1000 })),
        text: g(() => text(20000, true)),
      })),
    }));
    const actions = many(() => {
      const status = g(() => fc.constantFrom(...ACTION_STATUSES));
      const onPromise = promises.length > 0 && g(() => fc.boolean());
      const committed = status !== 'proposed';
      return {
        ...base(),
        promiseId: onPromise ? pick(promises).id : null,
        touchpointId: onPromise ? null : pick(touchpoints).id,
        title: g(() => text(300, true)),
        currentState: { description: g(() => text(10000)), score: g(() => score100) },
        futureState: {
          description: g(() => text(10000)),
          targetScore: g(() => score100),
          targetDate: g(() => fc.option(day, { nil: null })),
        },
        cause: g(() => text(10000)),
        remedy: committed ? g(() => text(10000, true)) : g(() => text(10000)),
        prevention: g(() => text(10000)),
        owner: committed ? g(() => text(200, true)) : g(() => text(200)),
        dueDate: committed ? g(() => day) : g(() => fc.option(day, { nil: null })),
        priority: g(() => fc.constantFrom(...ACTION_PRIORITIES)),
        effort: g(() => fc.constantFrom(...ACTION_EFFORTS)),
        status,
        doneAt: g(() => fc.option(day, { nil: null })),
      };
    });
    const fieldPack = g(() => fc.boolean())
      ? {
          fieldPack: {
            packId: id(),
            hubAuditId: id(),
            manager: g(() => text(200, true)),
            ids: Object.fromEntries(stages.map((s) => [s.id, id()])),
            bases: Object.fromEntries(visits.map((v) => [id(), v.version])),
          },
        }
      : {};
    return {
      audit: {
        id: auditId,
        createdAt: g(() => moment),
        updatedAt: g(() => moment),
        version: g(() => fc.integer({ min: 1, max: 1e6 })),
        name: g(() => text(200, true)),
        brand: g(() => text(200, true)),
        scope: g(() => text(4000)),
        periodStart: periodStart!,
        periodEnd: periodEnd!,
        team: g(() => fc.array(text(200, true), { maxLength: 3 })),
        language: g(() => fc.constantFrom(...LANGUAGES)),
        status: g(() => fc.constantFrom(...AUDIT_STATUSES)),
        confidentiality: g(() => text(200)),
        scoring: {
          strengthThresholds: {
            thin: thresholds[0]!,
            adequate: thresholds[1]!,
            strong: thresholds[2]!,
          },
          recencyHalfLifeDays: g(() => fc.integer({ min: 1, max: 3650 })),
          methodWeights: Object.fromEntries(
            OBSERVATION_METHODS.map((m) => [
              m,
              g(() =>
                fc.double({ min: 0, max: 10, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
              ),
            ]),
          ) as AuditBundle['audit']['scoring']['methodWeights'],
        },
        ...fieldPack,
      },
      stages,
      channels,
      touchpoints,
      promises,
      observations: [...observations, ...lines],
      visits,
      actions,
      photos,
      surveys,
      surveyImports,
    } as AuditBundle;
  });

/** A bundle's records in an order that does not depend on how a store returns them. */
export function canonical(bundle: AuditBundle): AuditBundle {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    audit: bundle.audit,
    stages: byId(bundle.stages),
    channels: byId(bundle.channels),
    touchpoints: byId(bundle.touchpoints),
    promises: byId(bundle.promises),
    observations: byId(bundle.observations),
    visits: byId(bundle.visits),
    actions: byId(bundle.actions),
    photos: byId(bundle.photos).map((p) => ({ ...p, data: new Uint8Array(p.data) })),
    surveys: byId(bundle.surveys),
    surveyImports: byId(bundle.surveyImports),
  };
}
