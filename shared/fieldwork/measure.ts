import { reason, type ErrorText, type PromiseTarget, type RubricScore } from '../domain';
import { foldKey } from '../register/csv-fields';
import { parseDecimal } from '../register/promise-edit';
import { withinShare } from './decimal';

/**
 * Units a measured value can be typed in and converted from, by dimension. A value typed
 * with a unit ("150 s") is converted into the target's unit ("min") before it is scored.
 */
const UNITS: Record<string, { dimension: string; factor: number }> = {};
function define(dimension: string, factor: number, names: string[]) {
  for (const n of names) UNITS[foldKey(n)] = { dimension, factor };
}
define('time', 1, [
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'с',
  'сек',
  'секунд',
  'секунды',
  'sek',
  'sekund',
  'sekundy',
]);
define('time', 60, [
  'min',
  'mins',
  'minute',
  'minutes',
  'мин',
  'минут',
  'минуты',
  'minut',
  'minuty',
]);
define('time', 3600, [
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'ч',
  'час',
  'часа',
  'часов',
  'godz',
  'godz.',
  'godzin',
  'godziny',
]);
define('time', 86400, ['d', 'day', 'days', 'дн', 'дн.', 'день', 'дня', 'дней', 'dzień', 'dni']);
define('ratio', 1, ['%', 'percent', 'pct', 'процент', 'процентов', 'proc.', 'procent']);
define('rings', 1, ['rings', 'гудков', 'sygnałów']);

/** The dimension and size of a unit, or null when Touchstone does not know it. */
export function unitOf(name: string): { dimension: string; factor: number } | null {
  return UNITS[foldKey(name).replace(/\.$/, '')] ?? UNITS[foldKey(name)] ?? null;
}

export type MeasuredParse = { ok: true; value: number } | ({ ok: false } & ErrorText);

/**
 * Reads a measured value as typed: "4.5", "4,5", "150 s" or "2:30" (minutes:seconds, or
 * hours:minutes when the target is in hours), converted into the target's unit when a
 * different unit of the same kind is given.
 */
export function parseMeasured(text: string, targetUnit: string): MeasuredParse {
  const trimmed = text.trim();
  const refuse = (why: ErrorText): MeasuredParse => ({ ok: false, ...why });
  if (!trimmed) return refuse(reason('errors.measure.empty'));
  const target = unitOf(targetUnit);
  const clock = /^(\d+):([0-5]\d)$/.exec(trimmed);
  if (clock) {
    if (target?.dimension !== 'time')
      return refuse(
        targetUnit
          ? reason('errors.measure.timeForOtherUnit', { value: trimmed, unit: targetUnit })
          : reason('errors.measure.timeForNoUnit', { value: trimmed }),
      );
    // m:ss for targets in seconds or minutes; h:mm for hours and days.
    const base = target.factor >= 3600 ? 3600 : 60;
    const seconds = Number(clock[1]) * base + (Number(clock[2]) * base) / 60;
    return { ok: true, value: round(seconds / target.factor) };
  }
  const match = /^([-+]?[\d\s]*[.,]?\d+)\s*(.*)$/u.exec(trimmed);
  const number = match ? parseDecimal(match[1]!) : null;
  if (!match || number === null)
    return refuse(reason('errors.measure.notNumber', { value: trimmed }));
  const unitText = match[2]!.trim();
  if (!unitText || foldKey(unitText) === foldKey(targetUnit)) return { ok: true, value: number };
  const given = unitOf(unitText);
  if (!given) return refuse(reason('errors.measure.unknownUnit', { unit: unitText }));
  if (!target || target.dimension !== given.dimension)
    return refuse(
      targetUnit
        ? reason('errors.measure.cannotConvert', { unit: unitText, target: targetUnit })
        : reason('errors.measure.cannotConvertNoUnit', { unit: unitText }),
    );
  return { ok: true, value: round((number * given.factor) / target.factor) };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * How far past its threshold a measured value may go, as a share of the threshold, for each
 * score below "kept". The bands are documented in docs/scoring.md and the README:
 *  - exceeded (4): better than the threshold by 20 % or more;
 *  - kept (3): on the right side of the threshold, or on it;
 *  - partly kept (2): worse by up to 10 %; poor (1): worse by up to 25 %; broken (0): worse still.
 * A threshold of 0 has no scale: on or better is kept, anything worse is broken.
 */
export const MEASURE_BANDS = { exceeded: 0.2, partly: 0.1, poor: 0.25 } as const;

/**
 * The same edges as exact fractions of the threshold, each with the score a value on or inside
 * it gets: at most −1/5 (20 % better) exceeded, at most 0 kept, at most 1/10 partly kept, at most
 * 1/4 poor.
 */
const EDGES: readonly (readonly [number, number, RubricScore])[] = [
  [-1, 5, 4],
  [0, 1, 3],
  [1, 10, 2],
  [1, 4, 1],
];
/** Within this distance of an edge, binary arithmetic may land on the wrong side of it. */
const NEAR_EDGE = 1e-9;

/**
 * Scores a measured value against a promise's target on the 0–4 rubric. A value on an edge
 * gets the band the edge belongs to, exactly: 2.2 minutes against "at most 2 minutes" is 10 %
 * worse, partly kept, though 2.2 − 2 is 0.20000000000000018 in binary.
 */
export function scoreMeasured(value: number, target: PromiseTarget): RubricScore {
  const { threshold, direction } = target;
  // How much worse than the threshold the value is (negative is better).
  const worse = direction === 'at-most' ? value - threshold : threshold - value;
  if (threshold === 0) return worse <= 0 ? 3 : 0;
  const share = worse / Math.abs(threshold);
  // "At least" is "at most" with both numbers negated: then worse = value − threshold alike.
  const v = direction === 'at-most' ? value : -value;
  const t = direction === 'at-most' ? threshold : -threshold;
  for (const [numerator, denominator, score] of EDGES) {
    const edge = numerator / denominator;
    const within =
      Math.abs(share - edge) > NEAR_EDGE
        ? share <= edge
        : withinShare(v, t, numerator, denominator);
    if (within) return score;
  }
  return 0;
}

/** The score of a piece of evidence: the rubric score given, or its measured value scored. */
export function evidenceScore(
  e: { score: RubricScore | null; measured: number | null },
  target: PromiseTarget | null,
): RubricScore | null {
  if (e.score !== null) return e.score;
  if (e.measured !== null && target) return scoreMeasured(e.measured, target);
  return null;
}
