// A walk through every screen of the sample audit, its tabs and the dialogs that open from them,
// in whatever language the interface speaks. Each stop calls `look` with a name for it; the
// screenshots of every screen and the accessibility check both take this walk.
import { expect, type Page } from './test';
import { CATALOGUES } from '../../../shared/i18n';
import type { Language } from '../../../shared/domain/common';

export type Look = (name: string, kind: 'screen' | 'dialog') => Promise<void>;

/** Every screen, tab and dialog of the app, in `language`, the sample audit open. */
export async function tourEveryScreen(page: Page, language: Language, look: Look): Promise<void> {
  const c = CATALOGUES[language];
  const nav = page.getByRole('navigation', { name: c.nav.label });

  const go = async (screen: string) => {
    await nav.getByRole('button', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  };
  const tab = async (name: string) => {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  };
  /** Opens a dialog by clicking `open`, looks at it, and leaves it with Escape. */
  const dialog = async (name: string, open: () => Promise<void>) => {
    await open();
    const shown = page.getByRole('dialog').or(page.getByRole('alertdialog')).last();
    await expect(shown).toBeVisible();
    await look(name, 'dialog');
    await page.keyboard.press('Escape');
    await expect(shown).toBeHidden();
  };
  const button = (name: string) => async () => {
    const opener = page.getByRole('button', { name, exact: true }).first();
    await expect(opener).toBeEnabled();
    await opener.click();
  };

  await go(c.nav.audits);
  await expect(page.getByText(c.audits.isOpen, { exact: true })).toBeVisible();
  await look('audits', 'screen');
  await dialog('audits-new', button(c.audits.new));

  await go(c.nav.register);
  await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toBeVisible();
  await look('register-promises', 'screen');
  await dialog('register-template', button(c.templates.applyButton));
  await dialog('register-csv', button(c.csv.importButton));
  await tab(c.register.tabs.journey);
  await expect(page.getByRole('heading', { name: c.register.journey.stages })).toBeVisible();
  await look('register-journey', 'screen');
  await dialog('register-touchpoint', () =>
    page.getByRole('table').getByRole('button', { name: c.common.edit }).first().click(),
  );
  await tab(c.register.tabs.matrix);
  await expect(page.getByRole('heading', { name: c.register.matrix.title })).toBeVisible();
  await look('register-matrix', 'screen');
  await page.getByRole('button', { name: c.register.beliefSession }).click();
  await expect(page.getByText(c.register.session.question)).toBeVisible();
  await look('register-belief', 'dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByText(c.register.session.question)).toBeHidden();
  await tab(c.register.tabs.promises);

  await go(c.nav.fieldwork);
  await look('fieldwork-visits', 'screen');
  await dialog('fieldwork-visit', button(c.fieldwork.newVisit));
  await dialog('fieldwork-observation', button(c.fieldwork.addObservation));
  await dialog('fieldwork-pack', button(c.fieldwork.exportPack));
  await dialog('fieldwork-survey', button(c.fieldwork.importSurvey));
  await page.getByRole('table').first().getByRole('rowheader').getByRole('button').first().click();
  await expect(page.getByRole('button', { name: c.fieldwork.back })).toBeVisible();
  await look('fieldwork-visit-open', 'screen');
  await page.getByRole('button', { name: c.fieldwork.back }).click();
  await tab(c.fieldwork.tabs.log);
  await look('fieldwork-log', 'screen');

  await go(c.nav.scores);
  await expect(page.locator('.scores[data-evidence="read"]')).toBeVisible({ timeout: 20_000 });
  await look('scores', 'screen');
  await dialog('scores-settings', button(c.scores.settings));
  await dialog('scores-reveal', button(c.scores.reveal));
  await dialog('scores-scope', () => page.locator('.heatmap').getByRole('button').first().click());
  await dialog('scores-promise', () =>
    page.locator('.score-table .promise-cell button.statement').first().click(),
  );

  await go(c.nav.plan);
  await look('plan-table', 'screen');
  await dialog('plan-action', button(c.plan.newAction));
  await dialog('plan-draft', button(c.plan.draftButton));
  for (const name of ['board', 'matrix', 'owners'] as const) {
    await tab(c.plan.tabs[name]);
    await look(`plan-${name}`, 'screen');
  }
  await tab(c.plan.tabs.table);

  await go(c.nav.export);
  await look('export', 'screen');
}
