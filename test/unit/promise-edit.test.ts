import { describe, expect, it } from 'vitest';
import { editValue, parseDecimal, patchForEdit } from '../../shared/register/promise-edit';
import type { BrandPromise } from '../../shared/domain';

const base = { target: null } as Pick<BrandPromise, 'target'>;
const withTarget = {
  target: { metric: 'Queue time', unit: 'min', direction: 'at-most', threshold: 5 },
} as Pick<BrandPromise, 'target'>;

describe('editing a promise cell', () => {
  it('reads decimals with a dot or a comma', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal(' 120 ')).toBe(120);
    expect(parseDecimal('1 000')).toBe(1000);
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1e9')).toBeNull();
  });

  it('keeps importance to 1–5 and belief to 0–4 or empty', () => {
    expect(patchForEdit(base, 'importance', '4')).toEqual({ ok: true, patch: { importance: 4 } });
    expect(patchForEdit(base, 'importance', '6')).toMatchObject({
      ok: false,
      message: expect.stringContaining('1 to 5'),
    });
    expect(patchForEdit(base, 'importance', '2.5')).toMatchObject({ ok: false });
    expect(patchForEdit(base, 'belief', '0')).toEqual({ ok: true, patch: { belief: 0 } });
    expect(patchForEdit(base, 'belief', '')).toEqual({ ok: true, patch: { belief: null } });
    expect(patchForEdit(base, 'belief', '5')).toMatchObject({
      ok: false,
      message: expect.stringContaining('0 to 4'),
    });
  });

  it('refuses an empty statement and unknown codes', () => {
    expect(patchForEdit(base, 'statement', '   ')).toMatchObject({ ok: false });
    expect(patchForEdit(base, 'statement', ' Fast ')).toEqual({
      ok: true,
      patch: { statement: 'Fast' },
    });
    expect(patchForEdit(base, 'source', 'billboard')).toMatchObject({ ok: false });
    expect(patchForEdit(base, 'kind', 'emotional')).toEqual({
      ok: true,
      patch: { kind: 'emotional' },
    });
  });

  it('creates a target from its metric, edits its parts, and removes it when the metric is cleared', () => {
    expect(patchForEdit(base, 'threshold', '5')).toMatchObject({
      ok: false,
      message: 'Name the target metric first.',
    });
    expect(patchForEdit(base, 'metric', 'Wait')).toEqual({
      ok: true,
      patch: { target: { metric: 'Wait', unit: '', direction: 'at-most', threshold: 0 } },
    });
    expect(patchForEdit(withTarget, 'threshold', '7,5')).toEqual({
      ok: true,
      patch: { target: { ...withTarget.target, threshold: 7.5 } },
    });
    expect(patchForEdit(withTarget, 'direction', 'at-least')).toMatchObject({ ok: true });
    expect(patchForEdit(withTarget, 'direction', 'about')).toMatchObject({ ok: false });
    expect(patchForEdit(withTarget, 'metric', '')).toEqual({ ok: true, patch: { target: null } });
  });

  it('starts each editor from the current value', () => {
    const promise = {
      ...withTarget,
      statement: 'S',
      touchpointId: 't',
      source: 'website',
      kind: 'functional',
      importance: 3,
      belief: null,
    } as BrandPromise;
    expect(editValue(promise, 'belief')).toBe('');
    expect(editValue(promise, 'threshold')).toBe('5');
    expect(editValue(promise, 'touchpoint')).toBe('t');
  });
});
