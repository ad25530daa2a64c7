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
  haystack: string;
  locationKey: string;
  promiseKey: string;
}

/** Log lines for observations; the previous lines are reused for records that did not change. */
export function logRows(
  observations: readonly Observation[],
  promises: ReadonlyMap<string, BrandPromise>,
  touchpoints: ReadonlyMap<string, Touchpoint>,
  previous: ReadonlyMap<string, { source: Observation; row: LogRow }>,
): { rows: LogRow[]; cache: Map<string, { source: Observation; row: LogRow }> } {
  const cache = new Map<string, { source: Observation; row: LogRow }>();
  const rows: LogRow[] = new Array<LogRow>(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const promise = promises.get(o.promiseId);
    const before = previous.get(o.id);
    let row: LogRow;
    if (before && before.source === o && before.row.promise === (promise?.statement ?? ''))
      row = before.row;
    else {
      const touchpoint = touchpoints.get(promise?.touchpointId ?? '');
      const text = [o.verbatim, o.note].filter(Boolean).join(' — ');
      row = {
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
        locationKey: fold(o.location),
        promiseKey: fold(promise?.statement ?? ''),
        haystack: fold(
          `${text}\n${promise?.statement ?? ''}\n${touchpoint?.name ?? ''}\n${o.observer}\n${o.location}`,
        ),
      };
    }
    rows[i] = row;
    cache.set(o.id, { source: o, row });
  }
  return { rows, cache };
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
export function filterLog(rows: readonly LogRow[], f: LogFilters): LogRow[] {
  const query = fold(f.query.trim());
  const location = fold(f.location.trim());
  const promise = fold(f.promise.trim());
  const wave = f.wave ? Number(f.wave) : null;
  const score = f.score === 'na' || f.score === 'cnc' || f.score === '' ? null : Number(f.score);
  const outcome =
    f.score === 'na' ? 'not-applicable' : f.score === 'cnc' ? 'could-not-check' : null;
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
    if (query && !r.haystack.includes(query)) continue;
    out.push(r);
  }
  return out;
}
