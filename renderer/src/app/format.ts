// Dates and numbers as the interface language writes them, through Intl. A date is kept on one
// line (non-breaking spaces), so that "14 мар. 2026" never breaks into three in a narrow column,
// and the Russian year mark "г." that follows a year is left out, as tables usually do.

const NBSP = '\u00a0';

type Part = { type: string; value: string };

/** The parts joined, the year mark dropped, every space non-breaking. */
function join(parts: Part[]): string {
  return parts
    .map((p, i) =>
      p.type === 'literal' && parts[i - 1]?.type === 'year'
        ? p.value.replace(/^[\s\u00a0\u202f]*г\./u, '')
        : p.value,
    )
    .join('')
    .replace(/ /g, NBSP);
}

// Making an Intl formatter costs far more than using one, and screens write thousands of
// dates and numbers: each formatter is made once per locale and options, and each day's text
// is remembered (evidence repeats its days).
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
const dayTexts = new Map<string, string>();

function utcDay(iso: string): Date | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(Date.UTC(y, m - 1, d));
}

/** A calendar day (YYYY-MM-DD) as the locale writes it, read as a day and not a moment. */
export function formatDay(isoDate: string, locale: string): string {
  const key = `${locale}|${isoDate}`;
  let text = dayTexts.get(key);
  if (text === undefined) {
    const day = utcDay(isoDate);
    if (!day) return isoDate;
    if (dayTexts.size > 20_000) dayTexts.clear();
    text = join(dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatToParts(day));
    dayTexts.set(key, text);
  }
  return text;
}

/** A period from one day to another, as the locale writes a range; it may break at the dash. */
export function formatPeriod(start: string, end: string, locale: string): string {
  const from = utcDay(start) ?? new Date(Date.UTC(1970, 0, 1));
  const to = utcDay(end) ?? from;
  const range = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRangeToParts(
    from,
    to,
  );
  return join(range).replace(/\u00a0([–—-])\u00a0/g, `${NBSP}$1 `);
}

/** A moment as the locale writes date and time. */
export function formatMoment(isoTimestamp: string, locale: string): string {
  return join(
    dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).formatToParts(
      new Date(isoTimestamp),
    ),
  );
}

/** A number as the locale writes it, with `digits` decimals (up to `maxDigits` when more). */
export function formatNumber(
  value: number,
  locale: string,
  digits = 0,
  maxDigits = digits,
): string {
  return numberFormat(locale, {
    maximumFractionDigits: Math.max(digits, maxDigits),
    minimumFractionDigits: digits,
  }).format(value);
}
