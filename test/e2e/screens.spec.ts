// Every screen and dialog at 1280×800 and 1024×700 in English, Russian and Polish: a screenshot
// of each to look at (SCREENS_DIR, or the test's output folder), and nothing cut off or spilling
// out of its box at either size.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { openApp } from './support/app';
import { tourEveryScreen } from './support/tour';
import { clippedBoxes } from './support/layout';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

for (const [language, locale] of [
  ['en', 'en-GB'],
  ['ru', 'ru-RU'],
  ['pl', 'pl-PL'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`every screen and dialog fits at 1280×800 and 1024×700 (${language})`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await openApp(page);
      const dir = process.env.SCREENS_DIR ?? test.info().outputPath('screens');
      mkdirSync(dir, { recursive: true });
      const problems: string[] = [];
      await tourEveryScreen(page, language, async (name, kind) => {
        for (const size of SIZES) {
          await page.setViewportSize(size);
          const shot = `${language}-${size.width}x${size.height}-${name}`;
          await page.screenshot({ path: join(dir, `${shot}.png`) });
          for (const clip of await clippedBoxes(page))
            problems.push(`${language} ${size.width}×${size.height} ${name}: ${clip}`);
          if (kind !== 'screen') continue;
          // The rest of a screen that scrolls, a window's height at a time, as a user scrolls it.
          const main = page.locator('main');
          const { scrollHeight, clientHeight } = await main.evaluate((m) => ({
            scrollHeight: m.scrollHeight,
            clientHeight: m.clientHeight,
          }));
          for (let y = clientHeight, part = 2; y < scrollHeight; y += clientHeight - 60, part++) {
            await main.evaluate((m, top) => m.scrollTo({ top, behavior: 'instant' }), y - 60);
            await page.screenshot({ path: join(dir, `${shot}-${part}.png`) });
          }
          await main.evaluate((m) => m.scrollTo({ top: 0, behavior: 'instant' }));
        }
        await page.setViewportSize(SIZES[0]!);
      });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}
