import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createReportTranslator, remembered } from '../../shared/report/i18n';

describe("the document's translator", () => {
  it('asks i18next once for each plain key, and every time for a call with values', () => {
    const asked: unknown[][] = [];
    const t = remembered(((...args: unknown[]) => {
      asked.push(args);
      return `text of ${String(args[0])}${args[1] ? ` ${JSON.stringify(args[1])}` : ''}`;
    }) as unknown as TFunction);
    expect(t('report.col.score')).toBe('text of report.col.score');
    expect(t('report.col.score')).toBe('text of report.col.score');
    expect(t('report.col.gap')).toBe('text of report.col.gap');
    expect(t('report.items', { count: 1 })).toBe('text of report.items {"count":1}');
    expect(t('report.items', { count: 2 })).toBe('text of report.items {"count":2}');
    expect(asked).toEqual([
      ['report.col.score'],
      ['report.col.gap'],
      ['report.items', { count: 1 }],
      ['report.items', { count: 2 }],
    ]);
  });

  it('still writes plurals and values in the language asked for', () => {
    const { t } = createReportTranslator('pl');
    const plain = t('report.notObserved');
    expect(t('report.notObserved')).toBe(plain);
    expect(plain).not.toBe('report.notObserved');
    expect(t('report.findings.lineUnobserved', { promises: '1' })).not.toBe(
      t('report.findings.lineUnobserved', { promises: '5' }),
    );
  });
});
