// Russian and Polish, everywhere: the app starts in the system's language, the language can be
// switched in the sidebar and is remembered, every screen reads in that language with no English
// left, and nothing spills out of its box at 1280×800 or at the window's minimum size.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { CATALOGUES } from '../../shared/i18n';
import { flattenCatalogue } from '../../shared/i18n/keys';
import { openApp } from './support/app';
import { laidOut } from './support/layout';

type Language = 'ru' | 'pl';

const FULL = { width: 1280, height: 800 };
/** electron/main/window.ts: minWidth 960, minHeight 600. */
const MINIMUM = { width: 960, height: 600 };
const SIZES = [FULL, MINIMUM];

/** Words that are the same in every language (the product, keys, formats). */
const NEUTRAL =
  /^(Touchstone|Ctrl|Enter|Esc|Tab|Alt|Delete|Backspace|CSV|NPS|CSAT|UTF|Windows|README|Word|PDF)$/;

/** What the English catalogue says where the other language says something else. */
function englishOnly(language: Language) {
  const english = flattenCatalogue(CATALOGUES.en);
  const other = flattenCatalogue(CATALOGUES[language]);
  const theirs = new Set(other.values());
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const [key, text] of english) {
    // The same word in both ("Plan", "Status" in Polish) is not English left behind.
    if (other.get(key) === text || theirs.has(text)) continue;
    const words = (text.replace(/\{\{[^}]*\}\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []).filter(
      (w) => !NEUTRAL.test(w),
    );
    if (words.length === 0) continue;
    if (!text.includes('{{')) exact.add(text);
    else {
      const parts = text
        .split(/\{\{[^}]*\}\}/)
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      patterns.push(new RegExp(`^${parts.join('.+?')}$`, 's'));
    }
  }
  return { exact, patterns };
}

interface PageTexts {
  texts: string[];
  overflows: string[];
}

/** Visible texts (and labels a screen reader reads), and every box whose content is wider than it. */
async function readPage(page: Page): Promise<PageTexts> {
  await laidOut(page);
  return page.locator('body').evaluate((b) => {
    type Box = typeof b;
    const doc = b.ownerDocument;
    const view = doc.defaultView!;
    const shown = (e: Box) =>
      e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      e.getClientRects().length > 0;
    const texts: string[] = [];
    const SHOW_TEXT = 4;
    const walker = doc.createTreeWalker(b, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (text && n.parentElement && shown(n.parentElement)) texts.push(text);
    }
    for (const e of b.querySelectorAll<Box>('[aria-label], [title], [placeholder]')) {
      if (!shown(e)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = e.getAttribute(a)?.trim();
        if (v) texts.push(v);
      }
    }
    const describe = (e: Box) => {
      const name = e.getAttribute('aria-label') ?? e.innerText ?? '';
      const cls = e.getAttribute('class');
      return `<${e.tagName.toLowerCase()}${cls ? `.${cls.split(' ').join('.')}` : ''}> “${name
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 60)}”`;
    };
    const overflows: string[] = [];
    const boxes = b.querySelectorAll<Box>(
      [
        'button',
        '[role=tab]',
        '[role=tablist]',
        'nav',
        'nav *',
        '.sidebar',
        '.sidebar *',
        'th',
        'td',
        '[role=columnheader]',
        '[role=gridcell]',
        '[role=rowheader]',
        'label',
        'h1',
        'h2',
        '.toolbar',
        '.screen-header',
        '.dialog-footer',
        '.row-actions',
        'select',
        'fieldset',
        '.card',
      ].join(','),
    );
    for (const e of boxes) {
      if (!shown(e)) continue;
      const style = view.getComputedStyle(e);
      if (style.display === 'inline' || style.display === 'contents') continue;
      // A scrolling box scrolls by design; a cell that ends long data with "…" is designed too.
      if (['auto', 'scroll'].includes(style.overflowX)) continue;
      const dataCell = e.matches('td, [role=gridcell]') && style.textOverflow === 'ellipsis';
      if (dataCell) continue;
      if (e.scrollWidth > e.clientWidth + 1)
        overflows.push(`${describe(e)} is ${e.scrollWidth}px wide in ${e.clientWidth}px`);
    }
    const main = b.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1)
      overflows.push(`the screen scrolls sideways: ${main.scrollWidth}px in ${main.clientWidth}px`);
    if (doc.documentElement.scrollWidth > view.innerWidth)
      overflows.push(`the window scrolls sideways: ${doc.documentElement.scrollWidth}px`);
    return { texts, overflows };
  });
}

/** Looks at the current screen at both sizes: a screenshot each, no English, no overflow. */
async function check(page: Page, language: Language, name: string, problems: string[]) {
  const { exact, patterns } = englishOnly(language);
  const dir = process.env.I18N_SHOTS_DIR ?? test.info().outputPath('screens');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const where = `${language} ${size.width}×${size.height} ${name}`;
    await page.screenshot({
      path: join(dir, `${language}-${size.width}x${size.height}-${name}.png`),
    });
    const { texts, overflows } = await readPage(page);
    for (const text of new Set(texts))
      if (exact.has(text) || patterns.some((p) => p.test(text)))
        problems.push(`${where}: English “${text}”`);
    for (const o of overflows) problems.push(`${where}: ${o}`);
  }
  await page.setViewportSize(FULL);
}

/** Visits every screen of the sidebar, their tabs and main dialogs, checking each. */
async function checkEveryScreen(page: Page, language: Language) {
  const c = CATALOGUES[language];
  const problems: string[] = [];
  const nav = page.getByRole('navigation', { name: c.nav.label });
  const dialogOf = async (button: string, name: string) => {
    const opener = page.getByRole('button', { name: button, exact: true }).first();
    await expect(opener).toBeEnabled();
    await opener.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await check(page, language, name, problems);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  };

  const go = async (screen: string) => {
    await nav.getByRole('button', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  };

  await go(c.nav.audits);
  await expect(page.getByText(c.audits.isOpen, { exact: true })).toBeVisible();
  await check(page, language, 'audits', problems);
  await dialogOf(c.audits.new, 'audits-new');

  await go(c.nav.register);
  await expect(
    page.getByText(c.register.count.replace('{{shown}}', '47').replace('{{total}}', '47')),
  ).toBeVisible();
  await check(page, language, 'register-promises', problems);
  await dialogOf(c.templates.applyButton, 'register-template');
  await dialogOf(c.csv.importButton, 'register-csv');
  await page.getByRole('tab', { name: c.register.tabs.journey }).click();
  await expect(page.getByRole('heading', { name: c.register.journey.stages })).toBeVisible();
  await check(page, language, 'register-journey', problems);
  await page.getByRole('tab', { name: c.register.tabs.matrix }).click();
  await expect(page.getByRole('heading', { name: c.register.matrix.title })).toBeVisible();
  await check(page, language, 'register-matrix', problems);
  await page.getByRole('button', { name: c.register.beliefSession }).click();
  await expect(page.getByText(c.register.session.question)).toBeVisible();
  await check(page, language, 'register-belief', problems);
  await page.keyboard.press('Escape');
  await expect(page.getByText(c.register.session.question)).toBeHidden();
  await page.getByRole('tab', { name: c.register.tabs.promises }).click();

  await go(c.nav.fieldwork);
  await check(page, language, 'fieldwork-visits', problems);
  await dialogOf(c.fieldwork.newVisit, 'fieldwork-visit');
  await dialogOf(c.fieldwork.addObservation, 'fieldwork-observation');
  await dialogOf(c.fieldwork.exportPack, 'fieldwork-pack');
  await page.getByRole('table').first().getByRole('rowheader').getByRole('button').first().click();
  await expect(page.getByRole('button', { name: c.fieldwork.back })).toBeVisible();
  await check(page, language, 'fieldwork-visit-open', problems);
  await page.getByRole('button', { name: c.fieldwork.back }).click();
  await page.getByRole('tab', { name: c.fieldwork.tabs.log }).click();
  await expect(page.getByRole('tab', { name: c.fieldwork.tabs.log })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await check(page, language, 'fieldwork-log', problems);

  await go(c.nav.scores);
  await expect(page.getByText(c.scores.index, { exact: true }).first()).toBeVisible({
    timeout: 20_000,
  });
  await check(page, language, 'scores', problems);
  await dialogOf(c.scores.settings, 'scores-settings');

  await go(c.nav.plan);
  await check(page, language, 'plan-table', problems);
  await dialogOf(c.plan.newAction, 'plan-action');
  await dialogOf(c.plan.draftButton, 'plan-draft');
  for (const tab of ['board', 'matrix', 'owners'] as const) {
    await page.getByRole('tab', { name: c.plan.tabs[tab] }).click();
    await expect(page.getByRole('tab', { name: c.plan.tabs[tab] })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await check(page, language, `plan-${tab}`, problems);
  }

  await go(c.nav.export);
  await check(page, language, 'export', problems);

  // Screens added to the sidebar since are checked as they stand.
  const screens = await nav.getByRole('button').count();
  for (let i = 6; i < screens; i++) {
    const button = nav.getByRole('button').nth(i);
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, language, `screen-${i + 1}`, problems);
  }

  expect(problems, `English or overflow in ${language}:\n${problems.join('\n')}`).toEqual([]);
}

for (const [language, locale] of [
  ['ru', 'ru-RU'],
  ['pl', 'pl-PL'],
] as const) {
  test.describe(`in ${language}, from a ${locale} system`, () => {
    test.use({ locale });

    test(`every screen reads in ${language}, with no English and nothing overflowing`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await openApp(page);
      const c = CATALOGUES[language];
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1, name: c.register.title })).toBeVisible();
      // The sample came in the system's language, its report language set to match.
      await expect(page.getByRole('complementary')).toContainText(
        language === 'ru' ? 'Аудит обещаний бренда 2026' : 'Audyt obietnic marki 2026',
      );
      await checkEveryScreen(page, language);
    });
  });
}

test.describe('the interface language as a setting', () => {
  test.use({ locale: 'en-GB' });

  test('is chosen in the sidebar, remembered, and leaves each audit its report language', async ({
    page,
  }) => {
    await openApp(page);
    const language = page.getByRole('combobox', { name: 'Interface language' });
    await expect(language).toHaveValue('en');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Audits' })
      .click();
    const reportLanguage = page.getByRole('table').getByRole('row').nth(1);
    await expect(reportLanguage).toContainText('English');

    await language.selectOption('pl');
    await expect(page.getByRole('heading', { level: 1, name: 'Audyty' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    // The sample audit still reports in English: its language is its own.
    await expect(reportLanguage).toContainText('Angielski');

    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    await expect(page.getByRole('combobox', { name: 'Język interfejsu' })).toHaveValue('pl');
    await expect(page.getByRole('heading', { level: 1, name: 'Audyty' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Język interfejsu' }).selectOption('ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Аудиты' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Audits' })).toBeVisible();
  });
});
