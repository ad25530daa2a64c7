import type { ScoringSettings } from '../domain';
import type { Combinable } from './combine';
import { combine } from './combine';
import { addLeftOut, noneLeftOut } from './counting';
import { evidenceStrength, rubricToPoints } from './evidence';
import { EvidenceStore, type ScoringObservation } from './evidence-store';
import { isoDay } from '../calendar';
import { groupMembers, mapGroups, perceptionHeadline, type GroupMembers } from './groups';
import { EvidenceSummer, meanOf, NO_EVIDENCE, type PromiseEvidence } from './promise-evidence';
import type { AuditScores, EvidenceMean, PromiseScore, ScoringInput, WaveScore } from './types';

type Register = Pick<ScoringInput, 'touchpoints' | 'promises'>;

/**
 * An audit's scores, kept current as its records change: each promise's evidence is summed
 * once and summed again only when its own evidence, its target or the scoring settings
 * change, so an edit among 200,000 observations rescores one promise and recombines the
 * groups. scoreAudit is this book filled once.
 */
export class ScoreBook {
  private readonly store = new EvidenceStore();
  private settings!: ScoringSettings;
  private summer!: EvidenceSummer;
  private register!: Register;
  private groups!: GroupMembers;
  private readonly evidence = new Map<string, PromiseEvidence>();
  private readonly dirty = new Set<string>();

  constructor(settings: ScoringSettings, register: Register) {
    this.setSettings(settings);
    this.setRegister(register);
  }

  /** A book holding the whole input. */
  static of(input: ScoringInput): ScoreBook {
    const book = new ScoreBook(input.audit.scoring, input);
    book.store.put(input.observations);
    return book;
  }

  /** New scoring settings: every promise is summed again. */
  setSettings(settings: ScoringSettings): void {
    this.settings = settings;
    this.summer = new EvidenceSummer(settings);
    this.evidence.clear();
  }

  /** New touchpoints and promises: promises whose target changed are summed again. */
  setRegister(register: Register): void {
    const before = this.register ? new Map(this.register.promises.map((p) => [p.id, p])) : null;
    for (const p of register.promises) {
      const old = before?.get(p.id);
      if (old && old.target !== p.target && JSON.stringify(old.target) !== JSON.stringify(p.target))
        this.dirty.add(p.id);
    }
    this.register = register;
    this.groups = groupMembers(register);
  }

  /** Adds observations, or replaces those with an id already held. */
  put(list: readonly ScoringObservation[]): void {
    this.store.put(list, this.dirty);
  }

  /** Removes observations by id. */
  remove(ids: readonly string[]): void {
    this.store.remove(ids, this.dirty);
  }

  /** Replaces every observation. */
  reset(list: readonly ScoringObservation[]): void {
    this.store.clear();
    this.evidence.clear();
    this.dirty.clear();
    this.store.put(list, this.dirty);
  }

  /** The audit's scores as of what the book holds. */
  scores(): AuditScores {
    for (const id of this.dirty) this.evidence.delete(id);
    this.dirty.clear();
    const promises = this.register.promises;
    const thresholds = this.settings.strengthThresholds;
    const promiseScores = new Map<string, PromiseScore>();
    const combinable: Combinable[] = new Array(promises.length);
    const evidenceOf: PromiseEvidence[] = new Array(promises.length);
    const waveNumbers = new Set<number>();
    let maxDay = -Infinity;
    const leftOut = noneLeftOut();
    for (let i = 0; i < promises.length; i++) {
      const p = promises[i]!;
      const ev = this.evidenceFor(p.id, p.target);
      evidenceOf[i] = ev;
      addLeftOut(leftOut, ev.leftOut);
      for (const wave of ev.waves.keys()) waveNumbers.add(wave);
      if (ev.lastDay > maxDay) maxDay = ev.lastDay;
      const overall = meanOf(ev.overall);
      const customerVoice = meanOf(ev.overall, 0);
      const operational = meanOf(ev.overall, 1);
      const belief = p.belief === null ? null : rubricToPoints(p.belief);
      const a = overall.alignment;
      promiseScores.set(p.id, {
        promiseId: p.id,
        alignment: a,
        count: overall.count,
        leftOut: ev.leftOut,
        strength: evidenceStrength(overall.count, thresholds),
        customerVoice,
        operational,
        belief,
        gap: belief !== null && a !== null ? belief - a : null,
        severity: a === null ? null : p.importance * (100 - a),
        importance: p.importance,
        lastDate: ev.lastDay === -Infinity ? null : isoDay(ev.lastDay),
      });
      combinable[i] = { importance: p.importance, belief, overall, customerVoice, operational };
    }

    const waves: WaveScore[] = [...waveNumbers]
      .sort((a, b) => a - b)
      .map((wave) => {
        const members: Combinable[] = new Array(promises.length);
        const promisesOfWave = new Map<string, EvidenceMean>();
        for (let i = 0; i < promises.length; i++) {
          const sums = evidenceOf[i]!.waves.get(wave);
          const overall = meanOf(sums);
          members[i] = {
            importance: promises[i]!.importance,
            belief: combinable[i]!.belief,
            overall,
            customerVoice: meanOf(sums, 0),
            operational: meanOf(sums, 1),
          };
          promisesOfWave.set(promises[i]!.id, overall);
        }
        return {
          wave,
          audit: combine(members),
          ...this.combineGroups(members),
          promises: promisesOfWave,
        };
      });

    return {
      asOf: maxDay === -Infinity ? null : isoDay(maxDay),
      promises: promiseScores,
      ...this.combineGroups(combinable),
      cells: mapGroups(this.groups.cells, combinable),
      audit: combine(combinable),
      leftOut,
      headline: perceptionHeadline(promiseScores.values()),
      waves,
    };
  }

  private evidenceFor(
    id: string,
    target: ScoringInput['promises'][number]['target'],
  ): PromiseEvidence {
    let ev = this.evidence.get(id);
    if (ev) return ev;
    const slots = this.store.slotsOf.get(id);
    ev = slots ? this.summer.sum(this.store, slots, target) : NO_EVIDENCE;
    this.evidence.set(id, ev);
    return ev;
  }

  private combineGroups(members: readonly Combinable[]) {
    return {
      touchpoints: mapGroups(this.groups.touchpoints, members),
      stages: mapGroups(this.groups.stages, members),
      channels: mapGroups(this.groups.channels, members),
    };
  }
}
