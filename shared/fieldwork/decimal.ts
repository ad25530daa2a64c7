/**
 * Exact comparisons of numbers as the decimals a person typed. A measured value of 2.2 is
 * stored as the binary number nearest 2.2, and 2.2 − 2 comes out as 0.20000000000000018:
 * compared in binary, a value exactly on a band's edge can land on the wrong side of it. Read
 * as the shortest decimal that gives the same number back (JavaScript's own String(x)), 2.2
 * is exactly 22 tenths, and the comparison is made on integers.
 */

/** A finite number as an integer mantissa and a power of ten: value = m × 10^-scale. */
interface Decimal {
  m: bigint;
  scale: number;
}

const SHORTEST = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal a finite number is written as; null for NaN and the infinities. */
function decimalOf(x: number): Decimal | null {
  const match = SHORTEST.exec(String(x));
  if (!match) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let scale = fraction.length - Number(exponent);
  let digits = `${whole}${fraction}`;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { m: BigInt(`${sign}${digits}`), scale };
}

/** The two decimals with one scale. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.m * 10n ** BigInt(scale - a.scale), b.m * 10n ** BigInt(scale - b.scale), scale];
}

/**
 * Whether (value − reference) ≤ (numerator ÷ denominator) × |reference|, exactly, for the
 * decimals `value` and `reference` are written as: "value is at most this share above the
 * reference".
 */
export function withinShare(
  value: number,
  reference: number,
  numerator: number,
  denominator: number,
): boolean {
  const a = decimalOf(value);
  const b = decimalOf(reference);
  // Not a finite number (the schemas refuse them): nothing exact to say, binary decides.
  if (!a || !b) return value - reference <= (numerator / denominator) * Math.abs(reference);
  const [v, r] = aligned(a, b);
  const absolute = r < 0n ? -r : r;
  return BigInt(denominator) * (v - r) <= BigInt(numerator) * absolute;
}
