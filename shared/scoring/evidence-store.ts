import {
  OBSERVATION_METHODS,
  type ObservationMethod,
  type ObservationOutcome,
  type RubricScore,
} from '../domain';
import { dayNumber } from '../calendar';

/** What scoring reads of an observation; the id is needed only to change or remove it later. */
export interface ScoringObservation {
  id?: string;
  promiseId: string;
  method: ObservationMethod;
  date: string;
  wave: number;
  outcome: ObservationOutcome;
  score: RubricScore | null;
  measured: number | null;
}

/** How outcomes are stored as small numbers. */
export const OUTCOME_INDEX: Readonly<Record<ObservationOutcome, number>> = {
  scored: 0,
  'not-applicable': 1,
  'could-not-check': 2,
};

/** Each method's place in OBSERVATION_METHODS: how methods are stored as small numbers. */
export const METHOD_INDEX: ReadonlyMap<string, number> = new Map(
  OBSERVATION_METHODS.map((m, i) => [m, i]),
);

/**
 * The audit's evidence as compact columns, one slot per observation, with each promise's
 * slots listed so that one promise can be rescored alone. Slots of removed observations are
 * reused.
 */
export class EvidenceStore {
  /** The promise of each slot that can change ('' once removed); unset for the others. */
  promiseId: string[] = [];
  method = new Uint8Array(0);
  /** The outcome: 0 scored, 1 not applicable, 2 could not check. */
  outcome = new Uint8Array(0);
  /** The rubric score, or -1 for none. */
  rubric = new Int8Array(0);
  /** The measured value, or NaN for none. */
  measured = new Float64Array(0);
  day = new Int32Array(0);
  wave = new Int32Array(0);
  /** The slots of each promise's evidence, by promise id. */
  readonly slotsOf = new Map<string, number[]>();
  private readonly slotOfId = new Map<string, number>();
  private readonly free: number[] = [];
  private used = 0;
  private readonly days = new Map<string, number>();

  /**
   * Adds observations, or replaces those whose id is already held, adding the promises touched
   * to `touched`. Without `touched`, the observations are only added: their ids are not kept,
   * so they cannot be changed later (the quicker way to score a whole audit once).
   */
  put(list: readonly ScoringObservation[], touched?: Set<string>): void {
    this.reserve(list.length);
    if (!touched) {
      this.putAll(list);
      return;
    }
    for (const o of list) {
      let slot = o.id === undefined ? undefined : this.slotOfId.get(o.id);
      if (slot !== undefined) {
        const before = this.promiseId[slot]!;
        touched.add(before);
        if (before !== o.promiseId) {
          this.unlist(before, slot);
          this.list(o.promiseId, slot);
        }
      } else {
        slot = this.free.pop() ?? this.used++;
        if (o.id !== undefined) this.slotOfId.set(o.id, slot);
        this.list(o.promiseId, slot);
      }
      touched.add(o.promiseId);
      this.promiseId[slot] = o.promiseId;
      this.write(slot, o);
    }
  }

  /** Adds observations for good, each promise's slots listed in one go. */
  private putAll(list: readonly ScoringObservation[]) {
    const first = this.used;
    const keyOf = new Map<string, number>();
    const keys: string[] = [];
    const counts: number[] = [];
    const key = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      let k = keyOf.get(o.promiseId);
      if (k === undefined) {
        k = keys.length;
        keyOf.set(o.promiseId, k);
        keys.push(o.promiseId);
        counts.push(0);
      }
      key[i] = k;
      counts[k]!++;
      this.write(first + i, o);
    }
    this.used += list.length;
    const lists = keys.map((id, k) => {
      const before = this.slotsOf.get(id) ?? [];
      const slots = new Array<number>(before.length + counts[k]!);
      for (let j = 0; j < before.length; j++) slots[j] = before[j]!;
      counts[k] = before.length;
      this.slotsOf.set(id, slots);
      return slots;
    });
    for (let i = 0; i < list.length; i++) {
      const k = key[i]!;
      lists[k]![counts[k]!++] = first + i;
    }
  }

  /** Removes observations by id; returns the promises touched. */
  remove(ids: readonly string[], touched: Set<string>): void {
    for (const id of ids) {
      const slot = this.slotOfId.get(id);
      if (slot === undefined) continue;
      const promise = this.promiseId[slot]!;
      touched.add(promise);
      this.unlist(promise, slot);
      this.slotOfId.delete(id);
      this.promiseId[slot] = '';
      this.free.push(slot);
    }
  }

  /** Forgets every observation. */
  clear(): void {
    this.promiseId = [];
    this.slotsOf.clear();
    this.slotOfId.clear();
    this.free.length = 0;
    this.used = 0;
  }

  private write(slot: number, o: ScoringObservation) {
    this.method[slot] = METHOD_INDEX.get(o.method) ?? 0;
    this.outcome[slot] = OUTCOME_INDEX[o.outcome];
    this.rubric[slot] = o.score ?? -1;
    this.measured[slot] = o.measured ?? NaN;
    let d = this.days.get(o.date);
    if (d === undefined) {
      d = dayNumber(o.date);
      this.days.set(o.date, d);
    }
    this.day[slot] = d;
    this.wave[slot] = o.wave;
  }

  private list(promiseId: string, slot: number) {
    const slots = this.slotsOf.get(promiseId);
    if (slots) slots.push(slot);
    else this.slotsOf.set(promiseId, [slot]);
  }

  private unlist(promiseId: string, slot: number) {
    const slots = this.slotsOf.get(promiseId);
    if (!slots) return;
    const at = slots.indexOf(slot);
    if (at < 0) return;
    slots[at] = slots[slots.length - 1]!;
    slots.pop();
    if (slots.length === 0) this.slotsOf.delete(promiseId);
  }

  /** Makes room for `more` new slots. */
  private reserve(more: number) {
    const need = this.used + more;
    if (need <= this.day.length) return;
    const size = Math.max(need, this.day.length * 2, 64);
    const grow = <T extends Uint8Array | Int8Array | Int32Array | Float64Array>(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.method = grow(this.method, (n) => new Uint8Array(n));
    this.outcome = grow(this.outcome, (n) => new Uint8Array(n));
    this.rubric = grow(this.rubric, (n) => new Int8Array(n));
    this.measured = grow(this.measured, (n) => new Float64Array(n));
    this.day = grow(this.day, (n) => new Int32Array(n));
    this.wave = grow(this.wave, (n) => new Int32Array(n));
  }
}
