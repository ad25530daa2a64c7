import type {
  BrandPromise,
  Observation,
  ObservationMethod,
  Touchpoint,
} from '../../../../shared/domain';
import { evidenceScore } from '../../../../shared/fieldwork/measure';
import { fold } from '../../app/search';

/** One line of the observation log, with what its filters and search compare, computed once. */
export interface LogRow {
  id: string;
  date: string;
  method: ObservationMethod;
  wave: number;
  promiseId: string;
  promise: string;
  touchpointId: string;
  touchpoint: string;
  observer: string;
  location: string;
  outcome: Observation['outcome'];
  /** The rubric score, given or derived from the measured value; null when not scored. */
  score: number | null;
  measured: number | null;
  text: string;
  /** Folded for search: the row's own words, then texts shared by many rows (one string each). */
  textKey: string;
  promiseKey: string;
  touchpointKey: string;
  observerKey: string;
  locationKey: string;
  /** The versions of the promise and touchpoint the line was made from. */
  promiseAt: string;
  touchpointAt: string;
}

/**
 * The line made for each observation record. Keyed by the record object itself: the
 * observation cache keeps the same object while a record is unchanged, so a line is reused
 * until its record, promise or touchpoint changes, and goes with its record when deleted.
 */
const made = new WeakMap<Observation, LogRow>();

/**
 * Log lines for observations, reusing the line of every record that did not change, so a
 * re-read of 200,000 records after one edit costs one lookup per record, not a rebuild.
 */
export function logRows(
  observations: readonly Observation[],
  promises: ReadonlyMap<string, BrandPromise>,
  touchpoints: ReadonlyMap<string, Touchpoint>,
): LogRow[] {
  // Texts many rows share (a promise, a place, a person) are folded once per call.
  const folded = new Map<string, string>();
  const foldShared = (text: string) => {
    let key = folded.get(text);
    if (key === undefined) folded.set(text, (key = fold(text)));
    return key;
  };
  const rows = new Array<LogRow>(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const promise = promises.get(o.promiseId);
    const touchpoint = touchpoints.get(promise?.touchpointId ?? '');
    const before = made.get(o);
    if (
      before &&
      before.promiseAt === (promise?.updatedAt ?? '') &&
      before.touchpointAt === (touchpoint?.updatedAt ?? '')
    ) {
      rows[i] = before;
      continue;
    }
    const text = o.verbatim && o.note ? `${o.verbatim} — ${o.note}` : o.verbatim || o.note;
    const row: LogRow = {
      id: o.id,
      date: o.date,
      method: o.method,
      wave: o.wave,
      promiseId: o.promiseId,
      promise: promise?.statement ?? '',
      touchpointId: touchpoint?.id ?? '',
      touchpoint: touchpoint?.name ?? '',
      observer: o.observer,
      location: o.location,
      outcome: o.outcome,
      score: o.outcome === 'scored' ? evidenceScore(o, promise?.target ?? null) : null,
      measured: o.measured,
      text,
      textKey: text ? fold(text) : '',
      promiseKey: foldShared(promise?.statement ?? ''),
      touchpointKey: foldShared(touchpoint?.name ?? ''),
      observerKey: foldShared(o.observer),
      locationKey: foldShared(o.location),
      promiseAt: promise?.updatedAt ?? '',
      touchpointAt: touchpoint?.updatedAt ?? '',
    };
    made.set(o, row);
    rows[i] = row;
  }
  return rows;
}

/** The log's filters; empty strings mean "any". */
export interface LogFilters {
  query: string;
  method: string;
  wave: string;
  observer: string;
  location: string;
  touchpointId: string;
  promise: string;
  /** '0'…'4', 'na' (not applicable) or 'cnc' (could not check). */
  score: string;
  from: string;
  to: string;
}

export const NO_FILTERS: LogFilters = {
  query: '',
  method: '',
  wave: '',
  observer: '',
  location: '',
  touchpointId: '',
  promise: '',
  score: '',
  from: '',
  to: '',
};

/** The rows that pass every filter, in their order; one pass, no allocation per row. */
export function filterLog(rows: readonly LogRow[], f: LogFilters): readonly LogRow[] {
  const query = fold(f.query.trim());
  const location = fold(f.location.trim());
  const promise = fold(f.promise.trim());
  const wave = f.wave ? Number(f.wave) : null;
  const score = f.score === 'na' || f.score === 'cnc' || f.score === '' ? null : Number(f.score);
  const outcome =
    f.score === 'na' ? 'not-applicable' : f.score === 'cnc' ? 'could-not-check' : null;
  if (
    !query &&
    !location &&
    !promise &&
    wave === null &&
    score === null &&
    !outcome &&
    !f.method &&
    !f.observer &&
    !f.touchpointId &&
    !f.from &&
    !f.to
  )
    return rows;
  const out: LogRow[] = [];
  for (const r of rows) {
    if (f.method && r.method !== f.method) continue;
    if (wave !== null && r.wave !== wave) continue;
    if (f.observer && r.observer !== f.observer) continue;
    if (f.touchpointId && r.touchpointId !== f.touchpointId) continue;
    if (f.from && r.date < f.from) continue;
    if (f.to && r.date > f.to) continue;
    if (outcome && r.outcome !== outcome) continue;
    if (score !== null && r.score !== score) continue;
    if (location && !r.locationKey.includes(location)) continue;
    if (promise && !r.promiseKey.includes(promise)) continue;
    if (
      query &&
      !r.textKey.includes(query) &&
      !r.promiseKey.includes(query) &&
      !r.touchpointKey.includes(query) &&
      !r.observerKey.includes(query) &&
      !r.locationKey.includes(query)
    )
      continue;
    out.push(r);
  }
  return out;
}
