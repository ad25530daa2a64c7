// axe-core on every screen, tab and dialog of the sample audit, in English, Russian and Polish:
// no violation of WCAG 2.1 A and AA (contrast, names and labels, label in name, landmarks, ARIA).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { openApp } from './support/app';
import { tourEveryScreen } from './support/tour';

for (const [language, locale] of [
  ['en', 'en-GB'],
  ['ru', 'ru-RU'],
  ['pl', 'pl-PL'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`axe finds no violation on any screen or dialog (${language})`, async ({ page }) => {
      test.setTimeout(300_000);
      await openApp(page);
      const problems: string[] = [];
      await tourEveryScreen(page, language, async (name, kind) => {
        // `label-content-name-mismatch` (WCAG 2.5.3, label in name: a control's name contains the
        // text it shows) is in none of the tag sets, so it is switched on by name, on top of them.
        const axe = new AxeBuilder({ page })
          .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
        // A dialog is checked on its own: the page behind it is inert while it is open.
        if (kind === 'dialog') axe.include('dialog[open], [role=dialog], [role=alertdialog]');
        const { violations } = await axe.analyze();
        for (const v of violations)
          problems.push(
            `${language} ${name}: ${v.id} (${v.impact}) — ${v.help}\n` +
              v.nodes
                .slice(0, 5)
                .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`)
                .join('\n'),
          );
      });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}
