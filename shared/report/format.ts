import type { Language } from '../domain';
import { SCORE_BANDS, scoreBand, shownScore, type ScoreBandName } from '../scoring';

/** How a score looks in the document: its band's colour, or grey where there is no score. */
export type Band = ScoreBandName | 'unobserved';

/** The colour band of a 0–100 score: the one band rule of shared/scoring/bands.ts, by name. */
export function bandOf(score: number | null): Band {
  return score === null ? 'unobserved' : SCORE_BANDS[scoreBand(score)]!;
}

/** Formatters of one language. Every number shown is a scoreAudit figure rounded here, never recomputed. */
export interface Formats {
  /** A 0–100 score as a whole number, or the dash where there is none. */
  score(value: number | null): string;
  /** A gap in points with its sign: +18, −7, 0. */
  gap(value: number | null): string;
  /** A share 0–1 as a whole percentage. */
  share(value: number | null): string;
  /** A percentage 0–100 as a whole percentage. */
  percent(value: number | null): string;
  /** A count with the language's grouping. */
  count(value: number): string;
  /** Any number as the language writes it, up to two decimals. */
  number(value: number): string;
  /** A YYYY-MM-DD day in long form: 1 March 2026. */
  date(day: string | null): string;
  /** A YYYY-MM-DD day in short form: 01/03/2026. */
  shortDate(day: string | null): string;
}

const DASH = '—';

/** The formatters for a language. */
export function createFormats(language: Language): Formats {
  // British English: day before month, as the audits' European clients write dates.
  const locale = language === 'en' ? 'en-GB' : language;
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
  const toDate = (day: string) =>
    new Date(
      Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))),
    );
  const round = shownScore;
  return {
    score: (v) => (v === null ? DASH : integer.format(round(v))),
    gap: (v) => {
      if (v === null) return DASH;
      const r = round(v);
      if (r === 0) return integer.format(0);
      return `${r > 0 ? '+' : '−'}${integer.format(Math.abs(r))}`;
    },
    share: (v) => (v === null ? DASH : pct.format(round(v * 100) / 100)),
    percent: (v) => (v === null ? DASH : pct.format(round(v) / 100)),
    count: (v) => integer.format(v),
    number: (v) => decimal.format(v),
    date: (d) => (d ? long.format(toDate(d)) : DASH),
    shortDate: (d) => (d ? short.format(toDate(d)) : DASH),
  };
}
