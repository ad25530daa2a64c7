import { expect } from 'vitest';

/** Deep equality with floating-point sums allowed to differ in their last bits. */
export function expectSameScores(actual: unknown, expected: unknown, path = 'scores'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(actual, path).toBeCloseTo(expected, 9);
  } else if (expected instanceof Map) {
    expect(actual, path).toBeInstanceOf(Map);
    const a = actual as Map<unknown, unknown>;
    expect([...a.keys()].sort(), path).toEqual([...expected.keys()].sort());
    for (const [k, v] of expected) expectSameScores(a.get(k), v, `${path}.${String(k)}`);
  } else if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected))
      expectSameScores((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else expect(actual, path).toEqual(expected);
}
