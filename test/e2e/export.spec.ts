import { readFileSync } from 'node:fs';
import { test, expect } from './support/test';
import { strFromU8, unzipSync } from 'fflate';
import { goTo, openApp, SAMPLE_AUDIT_BRAND } from './support/app';

test.describe('the Word audit document', () => {
  test('exports the sample audit as a .docx download with the chosen options', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await goTo(page, 'Export');
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Word audit document' }) });
    await expect(card.getByRole('checkbox', { name: 'Executive summary' })).toBeChecked();
    await card.getByRole('checkbox', { name: 'Evidence appendix (every observation)' }).uncheck();
    await card.getByRole('checkbox', { name: 'Findings by touchpoint' }).uncheck();
    await card.getByLabel('Confidentiality label').fill('Board members only');
    await page.screenshot({ path: testInfo.outputPath('export-options.png'), fullPage: true });

    const downloadPromise = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Export Word document…' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(
      `${SAMPLE_AUDIT_BRAND} - Brand promise audit 2026.docx`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('.docx');
    await expect(card.getByRole('button', { name: 'Export Word document…' })).toBeEnabled();

    const path = testInfo.outputPath('report.docx');
    await download.saveAs(path);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Executive summary');
    expect(xml).toContain('The plan: current state to future state');
    expect(xml).not.toContain('Appendix: evidence log');
    expect(xml).not.toContain('Findings by touchpoint');
    expect(
      Object.keys(files).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name)),
    ).toHaveLength(3);
    const footer = Object.keys(files)
      .filter((name) => name.startsWith('word/footer'))
      .map((name) => strFromU8(files[name]!))
      .join('');
    expect(footer).toContain('Board members only');
  });
});
