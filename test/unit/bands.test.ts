// One band rule: the screens, the Word document and the command line colour and name a score by
// shared/scoring/bands.ts, on the number as shown, so 74.6 (shown "75") is "kept" everywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, createFormats } from '../../shared/report';
import { scoreCell } from '../../shared/report/blocks';
import { SCORE_STYLE } from '../../shared/report/styles';
import {
  BAND_FLOORS,
  isKept,
  perceptionHeadline,
  SCORE_BANDS,
  scoreBand,
  shownScore,
  type PromiseScore,
} from '../../shared/scoring';

describe('the band of a score', () => {
  it('is decided on the whole number shown, at every floor', () => {
    expect(BAND_FLOORS).toEqual([0, 25, 50, 75, 90]);
    const cases: [number, number][] = [
      [0, 0],
      [24.4, 0],
      [24.5, 1],
      [49.49, 1],
      [49.5, 2],
      [74.4, 2],
      [74.5, 3],
      [74.6, 3],
      [89.4, 3],
      [89.5, 4],
      [100, 4],
    ];
    for (const [value, band] of cases) expect(scoreBand(value), String(value)).toBe(band);
    expect(isKept(74.6)).toBe(true);
    expect(isKept(74.4)).toBe(false);
  });

  it('is the same for a value and for the number it is shown as, in every place that shows it', () => {
    const f = createFormats('en');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const shown = Number(f.score(value));
        expect(shown).toBe(shownScore(value));
        expect(scoreBand(shown)).toBe(scoreBand(value));
        // The document names and styles it by the same band.
        expect(bandOf(value)).toBe(SCORE_BANDS[scoreBand(value)]);
      }),
    );
  });

  it('colours 74.6 as kept in the document, shown as 75', () => {
    const cell = scoreCell({ t: (k: string) => k, f: createFormats('en') } as never, 74.6);
    expect(cell.text).toBe('75');
    expect(cell.style).toBe(SCORE_STYLE.kept);
  });

  it('counts a promise shown kept as kept in the headline', () => {
    const promise = (alignment: number) =>
      ({ alignment, belief: 75, count: 3 }) as unknown as PromiseScore;
    const headline = perceptionHeadline([promise(74.6), promise(74.4)]);
    expect(headline.evidenceKept).toBe(50);
  });
});
