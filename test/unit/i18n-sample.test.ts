import { TEST_NOW } from '../support/clock';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitOf } from '../../shared/fieldwork/measure';
import { parseAuditFile, serializeAuditFile } from '../../shared/formats/audit-file';
import { localizeSample, readableTexts, SAMPLE_TEXTS } from '../../shared/i18n/sample/localize';

const sample = parseAuditFile(
  readFileSync(new URL('../../resources/sample-audit.json', import.meta.url), 'utf8'),
);

describe.each(['ru', 'pl'] as const)('the sample audit in %s', (language) => {
  const texts = SAMPLE_TEXTS[language];

  it('has a translation of every text a reader sees, and none for texts it no longer has', () => {
    const wanted = readableTexts(sample);
    const missing = wanted.filter((text) => texts[text] === undefined);
    const stale = Object.keys(texts).filter((text) => !wanted.includes(text));
    if (missing.length + stale.length > 0)
      throw new Error(
        `shared/i18n/sample/${language}/*.ts is out of step with resources/sample-audit.json:\n` +
          missing.map((m) => `  - not translated: ${JSON.stringify(m)}`).join('\n') +
          '\n' +
          stale.map((s) => `  - no longer in the sample: ${JSON.stringify(s)}`).join('\n'),
      );
  });

  it('is still a valid audit file, in its language, with the same records and numbers', () => {
    const localized = localizeSample(sample, language);
    const reread = parseAuditFile(serializeAuditFile(localized, 'test', TEST_NOW));
    expect(reread.audit.language).toBe(language);
    expect(reread.audit.id).toBe(sample.audit.id);
    expect(reread.audit.brand).toBe(sample.audit.brand);
    expect(reread.stages.map((s) => s.name)).toEqual(sample.stages.map((s) => texts[s.name]));
    expect(reread.promises.map((p) => [p.id, p.importance, p.belief, p.target?.threshold])).toEqual(
      sample.promises.map((p) => [p.id, p.importance, p.belief, p.target?.threshold]),
    );
    expect(reread.observations.map((o) => [o.id, o.score, o.measured, o.observer])).toEqual(
      sample.observations.map((o) => [o.id, o.score, o.measured, o.observer]),
    );
    // Nothing a reader sees is left in English.
    expect(readableTexts(reread).filter((t) => sample.audit.name === t)).toEqual([]);
  });

  it('keeps every target unit one that measured values convert from', () => {
    for (const p of sample.promises) {
      if (!p.target || !unitOf(p.target.unit)) continue;
      expect(unitOf(texts[p.target.unit]!), `${p.target.unit} → ${texts[p.target.unit]}`).toEqual(
        unitOf(p.target.unit),
      );
    }
  });
});

it('the English sample stays as it is', () => {
  expect(localizeSample(sample, 'en')).toBe(sample);
});
