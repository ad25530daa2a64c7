import type { ScoringSettings } from '../../../../shared/domain';
import { scoreAudit, type AuditScores } from '../../../../shared/scoring';
import {
  unpackObservations,
  type ScoredObservation,
  type ScoredPromise,
  type ScoredTouchpoint,
  type ScoreRequest,
} from './score-protocol';

/**
 * The scoring input as the worker holds it, changed by requests: settings and register
 * replaced whole, observations replaced, added, changed or removed one by one.
 */
export class ScoreState {
  private settings: ScoringSettings | null = null;
  private touchpoints: ScoredTouchpoint[] = [];
  private promises: ScoredPromise[] = [];
  /** The observations in no particular order (scores do not depend on it), and where each is. */
  private observations: ScoredObservation[] = [];
  private at = new Map<string, number>();
  /** The version of the last request applied. */
  version = 0;

  /** Applies one request. */
  apply(request: ScoreRequest): void {
    this.version = request.version;
    if (request.settings) this.settings = request.settings;
    if (request.touchpoints) this.touchpoints = request.touchpoints;
    if (request.promises) this.promises = request.promises;
    if (request.reset) {
      this.observations = unpackObservations(request.reset);
      this.at = new Map(this.observations.map((o, i) => [o.id, i]));
    }
    if (request.remove) this.remove(request.remove);
    if (request.upsert) this.upsert(unpackObservations(request.upsert));
  }

  /** The scores of what is held; null until settings have come. */
  score(): AuditScores | null {
    if (!this.settings) return null;
    return scoreAudit({
      audit: { scoring: this.settings },
      touchpoints: this.touchpoints,
      promises: this.promises,
      observations: this.observations,
    });
  }

  private upsert(list: readonly ScoredObservation[]) {
    for (const o of list) {
      const i = this.at.get(o.id);
      if (i === undefined) {
        this.at.set(o.id, this.observations.length);
        this.observations.push(o);
      } else this.observations[i] = o;
    }
  }

  private remove(ids: readonly string[]) {
    for (const id of ids) {
      const i = this.at.get(id);
      if (i === undefined) continue;
      const last = this.observations.pop()!;
      this.at.delete(id);
      if (i < this.observations.length) {
        this.observations[i] = last;
        this.at.set(last.id, i);
      }
    }
  }
}
