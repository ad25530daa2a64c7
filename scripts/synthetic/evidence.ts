// The evidence of a synthetic audit: visits with checklists (completed ones yield their
// observations, exactly as the app completes a visit) and evidence of every method
// gathered outside visits, over four waves across a year.
import type {
  ChecklistItem,
  Observation,
  ObservationMethod,
  ObservationOutcome,
  Visit,
  VisitStatus,
} from '../../shared/domain';
import { addDays, WeightedPicker, type Random } from './random';
import { lineObservationId } from '../../shared/fieldwork/lines';
import type { PromiseTruth, RecordMaker } from './register';
import {
  CITIES,
  DESK_SOURCES,
  FIRST_NAMES,
  LAST_NAMES,
  NOTES,
  SCENARIOS,
  SITES,
  VERBATIMS,
} from './vocabulary';

/** The four waves: a quarter of the year each. */
export const WAVE_STARTS = ['2026-01-05', '2026-04-06', '2026-07-06', '2026-10-05'] as const;
const WAVE_DAYS = 84;

const OPERATIONAL: ReadonlySet<ObservationMethod> = new Set([
  'field-check',
  'mystery-shop',
  'usage-data',
]);
const VOICE: ReadonlySet<ObservationMethod> = new Set([
  'survey',
  'interview',
  'review',
  'complaint',
]);

/** The methods that gather evidence in each channel. */
const METHODS_BY_CHANNEL: Record<string, ObservationMethod[]> = {
  Store: ['field-check', 'mystery-shop', 'survey', 'review', 'complaint', 'interview'],
  Website: ['usage-data', 'survey', 'review', 'complaint', 'mystery-shop'],
  App: ['usage-data', 'survey', 'review', 'complaint'],
  Phone: ['mystery-shop', 'usage-data', 'survey', 'complaint'],
  Email: ['survey', 'usage-data', 'complaint', 'mystery-shop'],
  'Social media': ['review', 'complaint', 'interview'],
  Partner: ['field-check', 'survey', 'complaint', 'interview'],
};

export interface EvidenceSpec {
  observations: number;
  visits: number;
  stores: number;
  checklist: readonly [number, number];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const pad = (n: number) => String(n).padStart(2, '0');

/** Builds the visits and exactly `spec.observations` observations. */
export function buildEvidence(
  random: Random,
  record: RecordMaker,
  truths: readonly PromiseTruth[],
  team: readonly string[],
  spec: EvidenceSpec,
): { visits: Visit[]; observations: Observation[] } {
  const person = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const stores = Array.from(
    { length: spec.stores },
    (_, i) =>
      `${CITIES[i % CITIES.length]} – ${SITES[Math.floor(i / CITIES.length) % SITES.length]}${i >= CITIES.length * SITES.length ? ` ${Math.floor(i / (CITIES.length * SITES.length)) + 1}` : ''}`,
  );
  // Stores fall into regions of twenty, each with the manager who runs its field checks.
  const managers = Array.from({ length: Math.ceil(spec.stores / 20) }, person);
  const managerOf = (storeIndex: number) => managers[Math.floor(storeIndex / 20)]!;
  const shoppers = Array.from({ length: Math.max(2, Math.ceil(spec.stores / 12)) }, person);

  const level = (t: PromiseTruth, wave: number, spread: number) =>
    t.reality + t.trend * (wave - 1) + random.gauss() * spread;
  /** A rubric score or a measured value for a promise in a wave, and whether it was kept. */
  const finding = (t: PromiseTruth, wave: number, measure: boolean) => {
    const target = t.promise.target;
    if (measure && target) {
      const q = clamp(level(t, wave, 0.6), 0, 4);
      const f = 10 ** t.decimals;
      const raw =
        target.direction === 'at-most'
          ? target.threshold * (1.6 - 0.3 * q)
          : target.threshold - (2.5 - q) * (100 - target.threshold + 2);
      const measured = Math.round(clamp(raw, 0, target.unit === '%' ? 100 : 1e6) * f) / f;
      const kept =
        target.direction === 'at-most'
          ? measured <= target.threshold
          : measured >= target.threshold;
      return { score: null, measured, kept };
    }
    const score = clamp(Math.round(level(t, wave, 0.8)), 0, 4) as 0 | 1 | 2 | 3 | 4;
    return { score, measured: null, kept: score >= 3 };
  };
  const days = WAVE_STARTS.map((start) =>
    Array.from({ length: WAVE_DAYS }, (_, d) => addDays(start, d)),
  );
  const dateIn = (wave: number) => days[wave - 1]![random.int(0, WAVE_DAYS - 1)]!;

  const observations: Observation[] = [];
  const visits: Visit[] = [];
  const storeTruths = truths.filter((t) => !t.unobserved && t.channel === 'Store');
  const visitable = storeTruths.length > 0 ? storeTruths : truths.filter((t) => !t.unobserved);
  // Visits bring in at most a sixth of the evidence; the rest comes from other methods.
  let budget = Math.floor(spec.observations / 6);
  for (let v = 0; v < spec.visits; v++) {
    const kind = random.chance(0.6) ? 'field-check' : 'mystery-shop';
    const storeIndex = random.int(0, stores.length - 1);
    const roll = random.next();
    const status: VisitStatus = roll < 0.85 ? 'completed' : roll < 0.93 ? 'in-progress' : 'planned';
    const wave = status === 'planned' ? 4 : random.int(1, 4);
    const date = dateIn(wave);
    const observer = kind === 'field-check' ? managerOf(storeIndex) : random.pick(shoppers);
    const size = Math.min(random.int(spec.checklist[0], spec.checklist[1]), visitable.length);
    const chosen = new Set<PromiseTruth>();
    while (chosen.size < size) chosen.add(random.pick(visitable));
    const lines = [...chosen];
    const yields = status === 'completed' ? lines.length : 0;
    if (yields > budget) break;
    budget -= yields;
    const visit: Visit = {
      ...record(`${date}T08:00:00.000Z`),
      kind,
      location: stores[storeIndex]!,
      date,
      observer,
      scenario: kind === 'mystery-shop' ? random.pick(SCENARIOS) : 'Standard store check',
      wave,
      status,
      checklist: [],
    };
    visit.checklist = lines.map((t, i): ChecklistItem => {
      const done = status === 'completed' || (status === 'in-progress' && i < lines.length / 2);
      if (!done)
        return {
          promiseId: t.promise.id,
          state: 'pending',
          score: null,
          measured: null,
          note: '',
          verbatim: '',
          photoIds: [],
        };
      const gap = random.next();
      const outcome: ObservationOutcome =
        gap < 0.03 ? 'not-applicable' : gap < 0.05 ? 'could-not-check' : 'scored';
      const f =
        outcome === 'scored'
          ? finding(t, wave, t.promise.target !== null && random.chance(0.7))
          : { score: null, measured: null, kept: false };
      const note =
        outcome === 'not-applicable'
          ? random.pick(NOTES.notApplicable)
          : outcome === 'could-not-check'
            ? random.pick(NOTES.couldNotCheck)
            : random.chance(0.3)
              ? random.pick(f.kept ? NOTES.good : NOTES.bad)
              : '';
      // A completed visit's checked line is its one observation, with the line's id.
      if (status === 'completed')
        observations.push({
          ...record(`${date}T11:${pad(i % 60)}:00.000Z`),
          id: lineObservationId(visit.id, t.promise.id),
          promiseId: t.promise.id,
          visitId: visit.id,
          externalKey: null,
          method: kind,
          date,
          wave,
          observer,
          location: visit.location,
          outcome,
          score: f.score,
          measured: f.measured,
          verbatim: '',
          note,
          photoIds: [],
        });
      return {
        promiseId: t.promise.id,
        state: outcome,
        score: f.score,
        measured: f.measured,
        note,
        verbatim: '',
        photoIds: [],
      };
    });
    visit.updatedAt = status === 'completed' ? `${date}T17:30:00.000Z` : visit.createdAt;
    visits.push(visit);
  }

  // Everything else: important promises draw more evidence; information gaps draw none.
  const observed = truths.filter((t) => !t.unobserved);
  const picker = new WeightedPicker(observed.map((t) => t.promise.importance + 1));
  while (observations.length < spec.observations) {
    const t = observed[picker.draw(random)]!;
    let method: ObservationMethod = random.pick(METHODS_BY_CHANNEL[t.channel] ?? ['survey']);
    const wave = random.int(1, 4);
    const date = dateIn(wave);
    const gapRoll = OPERATIONAL.has(method) ? random.next() : 1;
    const outcome: ObservationOutcome =
      gapRoll < 0.03 ? 'not-applicable' : gapRoll < 0.05 ? 'could-not-check' : 'scored';
    const f =
      outcome === 'scored'
        ? finding(
            t,
            wave,
            OPERATIONAL.has(method) && t.promise.target !== null && random.chance(0.7),
          )
        : { score: null, measured: null, kept: false };
    // Nobody complains about a promise that was kept: such a voice came from a survey.
    if (method === 'complaint' && f.kept) method = 'survey';
    const storeIndex = random.int(0, stores.length - 1);
    const inStore = t.channel === 'Store' || t.channel === 'Partner';
    const location = inStore
      ? stores[storeIndex]!
      : t.channel === 'Phone'
        ? 'Contact centre – Leeds'
        : 'Online';
    const observer =
      method === 'field-check'
        ? managerOf(storeIndex)
        : method === 'mystery-shop'
          ? random.pick(shoppers)
          : method === 'interview'
            ? random.pick(team)
            : random.pick(DESK_SOURCES[method]!);
    const voice = VOICE.has(method);
    const says = outcome === 'scored' && random.chance(voice ? 0.35 : 0.2);
    const note =
      outcome === 'not-applicable'
        ? random.pick(NOTES.notApplicable)
        : outcome === 'could-not-check'
          ? random.pick(NOTES.couldNotCheck)
          : says && !voice
            ? random.pick(f.kept ? NOTES.good : NOTES.bad)
            : '';
    observations.push({
      ...record(`${date}T${pad(random.int(8, 19))}:${pad(random.int(0, 59))}:00.000Z`),
      promiseId: t.promise.id,
      visitId: null,
      externalKey: null,
      method,
      date,
      wave,
      observer,
      location,
      outcome,
      score: f.score,
      measured: f.measured,
      verbatim: says && voice ? random.pick(f.kept ? VERBATIMS.good : VERBATIMS.bad) : '',
      note,
      photoIds: [],
    });
  }
  return { visits, observations };
}
