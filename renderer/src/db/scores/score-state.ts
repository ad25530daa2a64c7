import { ScoreBook, type AuditScores } from '../../../../shared/scoring';
import {
  unpackObservations,
  type ScoredPromise,
  type ScoredTouchpoint,
  type ScoreRequest,
} from './score-protocol';

/**
 * The scoring input as the worker holds it, in a ScoreBook: settings and register replaced
 * whole, observations replaced, added, changed or removed one by one, so that an edit
 * rescores only the promises it touched.
 */
export class ScoreState {
  private register: { touchpoints: ScoredTouchpoint[]; promises: ScoredPromise[] } = {
    touchpoints: [],
    promises: [],
  };
  private book: ScoreBook | null = null;
  /** Observation changes that came before the settings, applied once the book exists. */
  private pending: ScoreRequest[] = [];
  /** The version of the last request applied. */
  version = 0;

  /** Applies one request. */
  apply(request: ScoreRequest): void {
    this.version = request.version;
    if (request.touchpoints || request.promises) {
      this.register = {
        touchpoints: request.touchpoints ?? this.register.touchpoints,
        promises: request.promises ?? this.register.promises,
      };
      this.book?.setRegister(this.register);
    }
    if (request.settings) {
      if (this.book) this.book.setSettings(request.settings);
      else {
        this.book = new ScoreBook(request.settings, this.register);
        for (const earlier of this.pending) this.applyObservations(this.book, earlier);
        this.pending = [];
      }
    }
    if (this.book) this.applyObservations(this.book, request);
    else this.pending.push(request);
  }

  /** The scores of what is held; null until settings have come. */
  score(): AuditScores | null {
    return this.book ? this.book.scores() : null;
  }

  private applyObservations(book: ScoreBook, request: ScoreRequest) {
    if (request.reset) book.reset(unpackObservations(request.reset));
    if (request.remove) book.remove(request.remove);
    if (request.upsert) book.put(unpackObservations(request.upsert));
  }
}
