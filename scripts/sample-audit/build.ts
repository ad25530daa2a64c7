// Builds the sample audit from the tables beside it. Everything random comes from seeded
// generators and every timestamp is fixed, so the file is the same on every run.
import {
  DEFAULT_SCORING_SETTINGS,
  type Action,
  type AuditBundle,
  type BrandPromise,
  type ChecklistItem,
  type Observation,
  type ObservationMethod,
  type ObservationOutcome,
  type Touchpoint,
  type Visit,
} from '../../shared/domain';
import { addDays } from '../../shared/calendar';
import { lineObservationId } from '../../shared/fieldwork/lines';
import { serializeAuditFile } from '../../shared/formats/audit-file';
import {
  BRAND,
  CHANNELS,
  PROMISES,
  STAGES,
  TOUCHPOINTS,
  type PromiseRow,
  type TouchpointRow,
} from './content';
import {
  CONTACT_CENTRE,
  FIELD_MANAGERS,
  NORTH_STORES,
  OBSERVERS,
  ONLINE,
  STORES,
  TEAM,
  VISITS,
  WAVES,
} from './fieldwork';
import { ACTIONS } from './plan';
import { NO_EVIDENCE_NOTES, TEXTS } from './texts';

export const SAMPLE_GENERATOR = 'Touchstone sample generator';
export const SAMPLE_EXPORTED_AT = '2026-10-01T09:00:00Z';

const CUSTOMER_VOICE: readonly ObservationMethod[] = ['survey', 'interview', 'review', 'complaint'];

/** mulberry32: a tiny, well-spread 32-bit generator; enough for sample data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random (version 4, RFC 4122 variant) UUID drawn from the given generator. */
function uuidFrom(rand: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(rand() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


const pad = (n: number) => String(n).padStart(2, '0');
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The seed of the content stream; chosen among a few for a sample that tells the story clearly. */
export const SAMPLE_SEED = 20260323;

/** The whole sample audit, built the same way every time for the same seed. */
export function buildSampleAudit(seed = SAMPLE_SEED): AuditBundle {
  // Ids draw from their own stream so that tuning the content does not reshuffle them all.
  const idRand = mulberry32(0x70c4570e);
  const rand = mulberry32(seed);
  const id = () => uuidFrom(idRand);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Box–Muller: a normal draw for scores that cluster around a promise's reality.
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

  const auditId = id();
  const record = (at: string) => ({ id: id(), auditId, createdAt: at, updatedAt: at, version: 1 });
  const setupAt = (day: string, i: number) =>
    `${day}T${pad(9 + Math.floor(i / 60))}:${pad(i % 60)}:00.000Z`;

  const stages = STAGES.map(([name, description], order) => ({
    ...record(setupAt('2026-02-18', order)),
    name,
    description,
    order,
  }));
  const channels = CHANNELS.map(([name, description], order) => ({
    ...record(setupAt('2026-02-18', 10 + order)),
    name,
    description,
    order,
  }));

  const touchpointByKey = new Map<string, { row: TouchpointRow; record: Touchpoint }>();
  const touchpoints = TOUCHPOINTS.map((row, i) => {
    const tp: Touchpoint = {
      ...record(setupAt('2026-02-19', i * 3)),
      stageId: stages[row.stage]!.id,
      channelId: channels[row.channel]!.id,
      name: row.name,
      department: row.department,
      description: row.description,
    };
    touchpointByKey.set(row.key, { row, record: tp });
    return tp;
  });
  const touchpointOf = (key: string) => {
    const found = touchpointByKey.get(key);
    if (!found) throw new Error(`Unknown touchpoint key ${key}`);
    return found;
  };

  const promiseByKey = new Map<string, { row: PromiseRow; record: BrandPromise }>();
  const promises = PROMISES.map((row, i) => {
    const p: BrandPromise = {
      ...record(setupAt('2026-02-24', i * 2)),
      touchpointId: touchpointOf(row.touchpoint).record.id,
      statement: row.statement,
      source: { kind: row.source, text: '' },
      customerWording: '',
      kind: row.kind,
      importance: row.importance,
      target: row.target ?? null,
      belief: row.belief,
    };
    promiseByKey.set(row.key, { row, record: p });
    return p;
  });
  const promiseOf = (key: string) => {
    const found = promiseByKey.get(key);
    if (!found) throw new Error(`Unknown promise key ${key}`);
    return found;
  };

  /** Where evidence about a touchpoint is gathered. */
  const locationFor = (tp: TouchpointRow) => {
    if (tp.where) return tp.where;
    const channel = CHANNELS[tp.channel]![0];
    return channel === 'Store' ? pick(STORES) : channel === 'Phone' ? CONTACT_CENTRE : ONLINE;
  };
  /** Field checks fall to the store's regional manager; other evidence to whoever gathers that kind. */
  const observerFor = (method: ObservationMethod, location: string) => {
    if (method !== 'field-check') return pick(OBSERVERS[method]);
    return NORTH_STORES.includes(location) ? FIELD_MANAGERS.north : FIELD_MANAGERS.south;
  };

  const usedLines = new Set<string>();
  /** One piece of evidence: a rubric score or a measured value, and now and then words to go with it. */
  const evidence = (
    row: PromiseRow,
    wave: 1 | 2,
    method: ObservationMethod,
    measuredWanted: boolean,
    textChance: number,
  ) => {
    const reality = row.reality ?? [2, 0];
    let score: number | null = clamp(
      Math.round(reality[0] + (wave === 2 ? reality[1] : 0) + gauss() * 0.7),
      0,
      4,
    );
    let measured: number | null = null;
    let kept = score >= 3;
    if (measuredWanted && row.measure && row.target) {
      const s = row.measure;
      const f = 10 ** s.decimals;
      measured =
        Math.round(clamp((wave === 1 ? s.wave1 : s.wave2) + gauss() * s.spread, s.min, s.max) * f) /
        f;
      kept =
        row.target.direction === 'at-most'
          ? measured <= row.target.threshold
          : measured >= row.target.threshold;
      score = null;
    }
    // Nobody logs a complaint about a promise that was kept: such evidence came from a survey.
    if (method === 'complaint' && kept) method = 'survey';
    const texts = TEXTS[row.key] ?? {};
    const voice = CUSTOMER_VOICE.includes(method);
    let lines: string[] | undefined;
    if (voice) lines = kept ? texts.good : texts.bad;
    // An observer's note about one incident would not match a measured value, so those go without.
    else if (measured === null) lines = kept ? texts.noteGood : texts.noteBad;
    // Each line is said once: the same quote twice in an audit reads as invented.
    const fresh = (lines ?? []).filter((line) => !usedLines.has(line));
    // Two draws whatever the texts, so that editing a line does not reshuffle the scores after it.
    const [roll, which] = [rand(), rand()];
    const text = roll < textChance ? (fresh[Math.floor(which * fresh.length)] ?? '') : '';
    if (text) usedLines.add(text);
    return { method, score, measured, verbatim: voice ? text : '', note: voice ? '' : text };
  };

  const observations: Observation[] = [];
  const observation = (
    fields: Omit<
      Observation,
      'id' | 'auditId' | 'createdAt' | 'updatedAt' | 'version' | 'photoIds' | 'externalKey'
    >,
    time?: string,
    lineId?: string,
  ) => {
    const at = `${fields.date}T${time ?? `${pad(int(8, 18))}:${pad(int(0, 59))}`}:00.000Z`;
    const made = record(at);
    const o: Observation = {
      ...made,
      id: lineId ?? made.id,
      ...fields,
      photoIds: [],
      externalKey: null,
    };
    observations.push(o);
    return o;
  };

  // The visits first: their checklists and the observations they yielded must agree.
  const visits: Visit[] = VISITS.map((v) => {
    const at = `${v.date}T08:00:00.000Z`;
    const visit: Visit = {
      ...record(at),
      kind: v.kind,
      location: v.location,
      date: v.date,
      observer: v.observer,
      scenario: v.scenario,
      wave: v.wave,
      status: v.status,
      checklist: [],
    };
    visit.checklist = v.promises.map((key, i): ChecklistItem => {
      const { row, record: p } = promiseOf(key);
      if (v.status !== 'completed')
        return {
          promiseId: p.id,
          state: 'pending',
          score: null,
          measured: null,
          note: '',
          verbatim: '',
          photoIds: [],
        };
      const skipped = v.skipped?.promise === key;
      const e = skipped
        ? { score: null, measured: null, verbatim: '', note: v.skipped!.note }
        : evidence(row, v.wave, v.kind, row.measure?.by.includes(v.kind) ?? false, 0.7);
      const outcome: ObservationOutcome = skipped ? 'could-not-check' : 'scored';
      // Recorded in checklist order, a few minutes apart: the checked line's one observation.
      observation(
        {
          ...e,
          promiseId: p.id,
          visitId: visit.id,
          method: v.kind,
          date: v.date,
          wave: v.wave,
          observer: v.observer,
          location: v.location,
          outcome,
        },
        `11:${pad(i * 6)}`,
        lineObservationId(visit.id, p.id),
      );
      return {
        promiseId: p.id,
        state: outcome,
        score: e.score,
        measured: e.measured,
        note: e.note,
        verbatim: e.verbatim,
        photoIds: [],
      };
    });
    visit.updatedAt = v.status === 'completed' ? `${v.date}T17:30:00.000Z` : at;
    return visit;
  });

  // Then the evidence gathered outside visits: surveys, reviews, logs and unannounced checks.
  for (const row of PROMISES) {
    if (!row.reality) continue; // an information gap: the sample leaves it unobserved on purpose
    const tp = touchpointOf(row.touchpoint).row;
    const count = row.count ?? 2 + Math.round(row.importance * 1.2 + rand() * 3);
    const firstWave = int(1, 2);
    const firstMeasured = int(0, 1);
    for (let i = 0; i < count; i++) {
      // Waves alternate and measured values come in pairs, so each wave gets both kinds of evidence.
      const wave = (firstWave + i) % 2 === 1 ? 1 : 2;
      const measuredWanted = row.measure !== undefined && ((i >> 1) + firstMeasured) % 2 === 0;
      const drawn = measuredWanted ? pick(row.measure!.by) : pick(tp.methods);
      const location = locationFor(tp);
      const date = addDays(WAVES[wave].start, int(0, WAVES[wave].days - 1));
      const { method, ...e } = evidence(
        row,
        wave,
        drawn,
        measuredWanted,
        CUSTOMER_VOICE.includes(drawn) ? 0.6 : 0.5,
      );
      // Now and then an operational check yields nothing: excluded from scores, but recorded.
      const gap: Exclude<ObservationOutcome, 'scored'> | null =
        !CUSTOMER_VOICE.includes(method) && rand() < 0.06
          ? rand() < 0.5
            ? 'not-applicable'
            : 'could-not-check'
          : null;
      observation({
        promiseId: promiseOf(row.key).record.id,
        visitId: null,
        method,
        date,
        wave,
        observer: observerFor(method, location),
        location,
        outcome: gap ?? 'scored',
        score: gap ? null : e.score,
        measured: gap ? null : e.measured,
        verbatim: gap ? '' : e.verbatim,
        note: gap
          ? pick(NO_EVIDENCE_NOTES[gap][STORES.includes(location) ? 'store' : 'elsewhere'])
          : e.note,
      });
    }
  }
  // The price-match fix was done on 5 August; a third check after it gives the plan enough
  // evidence to judge it (adequate strength), and it still falls short of the target.
  observation(
    {
      promiseId: promiseOf('pricematch').record.id,
      visitId: null,
      method: 'mystery-shop',
      date: '2026-09-17',
      wave: 2,
      observer: 'Tom Okafor',
      location: 'London – Westfield Stratford',
      outcome: 'scored',
      score: 2,
      measured: null,
      verbatim: '',
      note: 'The till honoured the price match, but only after the colleague fetched a manager.',
    },
    '15:10',
  );
  observations.sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );

  // Where a promise stood when the plan was drawn up (wave 1, else all rubric evidence), on the 0–100 scale actions use.
  const currentScore = (promiseIds: string[]) => {
    const scored = observations.filter((o) => o.score !== null && promiseIds.includes(o.promiseId));
    const m =
      mean(scored.filter((o) => o.wave === 1).map((o) => o.score!)) ??
      mean(scored.map((o) => o.score!));
    return m === null ? null : Math.round(m * 25);
  };
  const actions: Action[] = ACTIONS.map((a) => {
    const promiseId = a.promise ? promiseOf(a.promise).record.id : null;
    const touchpointId = a.touchpoint ? touchpointOf(a.touchpoint).record.id : null;
    const scoredIds = promiseId
      ? [promiseId]
      : promises.filter((p) => p.touchpointId === touchpointId).map((p) => p.id);
    return {
      ...record(a.createdAt),
      updatedAt: a.updatedAt,
      promiseId,
      touchpointId,
      title: a.title,
      currentState: { description: a.current, score: currentScore(scoredIds) },
      futureState: { description: a.future, targetScore: a.targetScore, targetDate: a.targetDate },
      cause: a.cause,
      remedy: a.remedy,
      prevention: a.prevention,
      owner: a.owner,
      dueDate: a.dueDate,
      priority: a.priority,
      effort: a.effort,
      status: a.status,
      doneAt: a.doneAt,
    };
  });

  return {
    audit: {
      id: auditId,
      createdAt: '2026-02-16T09:30:00.000Z',
      updatedAt: '2026-09-30T16:45:00.000Z',
      version: 1,
      name: 'Brand promise audit 2026',
      brand: BRAND,
      scope:
        'Every promise Lumen Home & Electronics makes to consumers in the UK, in its stores, on lumen.co.uk, in the Lumen app, at the contact centre and by email, from the first browse to a return or the end of a service plan. Evidence comes in two waves (March–May and July–September 2026): field checks and mystery shops in seven stores, post-purchase surveys, customer interviews, online reviews, the complaint log and operational data. Business sales and the internal work of the repair centre are out of scope.',
      periodStart: '2026-03-01',
      periodEnd: '2026-09-30',
      team: [...TEAM],
      language: 'en',
      status: 'in-field',
      confidentiality: 'Confidential — client and audit team only',
      scoring: structuredClone(DEFAULT_SCORING_SETTINGS),
    },
    stages,
    channels,
    touchpoints,
    promises,
    observations,
    visits,
    actions,
    photos: [],
    surveys: [],
    surveyImports: [],
  };
}

/** The sample audit file's text, exactly as it is written to resources/sample-audit.json. */
export function sampleAuditText(): string {
  return (
    serializeAuditFile(buildSampleAudit(), SAMPLE_GENERATOR, new Date(SAMPLE_EXPORTED_AT)) + '\n'
  );
}
