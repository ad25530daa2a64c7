import { describe, expect, it } from 'vitest';
import { editValue, parseDecimal, patchForEdit } from '../../shared/register/promise-edit';
import type { BrandPromise } from '../../shared/domain';

const base = { target: null, source: { kind: null, text: '' } } as Pick<
  BrandPromise,
  'target' | 'source'
>;
const withTarget = {
  source: { kind: null, text: '' },
  target: { metric: 'Queue time', unit: 'min', direction: 'at-most', threshold: 5 },
} as Pick<BrandPromise, 'target' | 'source'>;

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
      source: { kind: 'website', text: 'Home page banner' },
      customerWording: 'Did the page say it?',
      kind: 'functional',
      importance: 3,
      belief: null,
    } as BrandPromise;
    expect(editValue(promise, 'belief')).toBe('');
    expect(editValue(promise, 'threshold')).toBe('5');
    expect(editValue(promise, 'touchpoint')).toBe('t');
    expect(editValue(promise, 'source')).toBe('website');
    expect(editValue(promise, 'sourceText')).toBe('Home page banner');
    expect(editValue(promise, 'customerWording')).toBe('Did the page say it?');
  });

  it('edits a source’s kind and words apart; words that name a kind set it while none is chosen', () => {
    expect(patchForEdit(base, 'source', 'contract')).toEqual({
      ok: true,
      patch: { source: { kind: 'contract', text: '' } },
    });
    const said = { ...base, source: { kind: 'website' as const, text: 'Banner' } };
    expect(patchForEdit(said, 'source', '')).toEqual({
      ok: true,
      patch: { source: { kind: null, text: 'Banner' } },
    });
    expect(patchForEdit(base, 'sourceText', ' Слоган «Без очередей» ')).toEqual({
      ok: true,
      patch: { source: { kind: 'advertising', text: 'Слоган «Без очередей»' } },
    });
    // A kind already chosen is the team's: words do not change it.
    expect(patchForEdit(said, 'sourceText', 'Umowa ramowa')).toEqual({
      ok: true,
      patch: { source: { kind: 'website', text: 'Umowa ramowa' } },
    });
    expect(patchForEdit(base, 'sourceText', 'Catalogue')).toEqual({
      ok: true,
      patch: { source: { kind: null, text: 'Catalogue' } },
    });
    expect(patchForEdit(base, 'customerWording', ' Did you wait? ')).toEqual({
      ok: true,
      patch: { customerWording: 'Did you wait?' },
    });
  });
});
