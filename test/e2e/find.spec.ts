import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import type { AuditBundle } from '../../shared/domain';
import { parseAuditFile } from '../../shared/formats/audit-file';
import { priorityForSeverity } from '../../shared/plan';
import { breakingPromises, scoreAudit } from '../../shared/scoring';
import { openApp } from './support/app';

const sample = (): AuditBundle =>
  parseAuditFile(
    readFileSync(path.join(import.meta.dirname, '../../resources/sample-audit.json'), 'utf8'),
  );
const shots = (name: string) => path.join('test-results', 'find', `${name}.png`);

const palette = (page: Page) => page.getByRole('dialog', { name: 'Find anything' });

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  return palette(page).getByRole('combobox', {
    name: 'Screens, commands and records of the open audit',
  });
}

test('from Scores, a breaking promise becomes a committed action without leaving the screen', async ({
  page,
}) => {
  const bundle = sample();
  const scores = scoreAudit(bundle);
  const worst = breakingPromises(scores, 1)[0]!;
  const promise = bundle.promises.find((p) => p.id === worst.promiseId)!;

  await openApp(page);
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Scores', level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: 'Where promises break' })
    .getByRole('button', { name: `Plan an action on “${promise.statement}”` })
    .click();

  // The form opens over Scores with the promise, today's state and the gap filled in.
  const form = page.getByRole('dialog', { name: 'New action' });
  await expect(form.getByLabel('Action', { exact: true })).toHaveValue(
    `Keep the promise: ${promise.statement}`,
  );
  await expect(form.getByRole('combobox', { name: 'Gap it closes' })).toHaveValue(
    promise.statement,
  );
  await expect(form.getByLabel('Where it stands today')).toHaveValue(/^Evidence today: \d+\/100/);
  const current = Math.round(worst.alignment! * 10) / 10;
  await expect(form.getByLabel('Current score (0–100)')).toHaveValue(String(current));
  await expect(form.getByLabel('Target score (0–100)')).toHaveValue('75');
  await expect(form.getByLabel('Where it must be')).toHaveValue(
    `Kept: 75 or more out of 100, ${Math.round(75 - current)} points above today.`,
  );
  await expect(form.getByLabel('Priority')).toHaveValue(priorityForSeverity(worst.severity!));
  await page.screenshot({ path: shots('prefilled-action') });

  await form.getByLabel('Remedy').fill('Read stock from the store tills every 15 minutes.');
  await form.getByLabel('Owner').fill('Priya Shah');
  await form.getByLabel('Due date').fill('2026-12-15');
  await form.getByLabel('Status').selectOption('committed');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(`Added “Keep the promise: ${promise.statement}”.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scores', level: 1 })).toBeVisible();

  // The action is in the plan, committed: found from here and opened where it lives.
  const find = await openPalette(page);
  await find.fill('keep the promise stock');
  await expect(palette(page).getByRole('option').first()).toContainText(
    `Keep the promise: ${promise.statement}`,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
  const edit = page.getByRole('dialog', { name: 'Edit action' });
  await expect(edit.getByLabel('Status')).toHaveValue('committed');
  await expect(edit.getByLabel('Owner')).toHaveValue('Priya Shah');
});

test('Ctrl+K finds a promise by a word of its statement and opens it in the register', async ({
  page,
}) => {
  const statement = 'You never queue more than 5 minutes at the till.';
  const id = sample().promises.find((p) => p.statement === statement)!.id;
  await openApp(page);

  const find = await openPalette(page);
  // With nothing typed: the screens and commands.
  await expect(palette(page).getByRole('option', { name: /Go to Register/ })).toBeVisible();
  await find.fill('queue');
  const first = palette(page).getByRole('option').first();
  await expect(first).toContainText(statement);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: shots('palette') });
  await page.keyboard.press('Enter');

  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Register', level: 1 })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Promises' });
  await expect(grid).toBeFocused();
  await expect(grid).toHaveAttribute('aria-activedescendant', `cell-${id}-statement`);
  await expect(page.locator(`#cell-${id}-statement`)).toHaveText(statement);

  // ? outside a text field: the shortcuts of this screen, then those that work everywhere.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('heading', { name: 'On this screen: Register' })).toBeVisible();
  await expect(help.getByRole('cell', { name: 'New promise' })).toBeVisible();
  await expect(
    help.getByRole('cell', { name: 'Find a screen, a command or a record' }),
  ).toBeVisible();
  await page.screenshot({ path: shots('shortcuts') });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
});

test('the palette runs commands, and the action form’s gap is found by typing', async ({
  page,
}) => {
  await openApp(page);
  const find = await openPalette(page);
  await find.fill('new action');
  await expect(palette(page).getByRole('option').first()).toContainText('New action');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();

  const form = page.getByRole('dialog', { name: 'New action' });
  const gap = form.getByRole('combobox', { name: 'Gap it closes' });
  await gap.fill('contact centre');
  const options = form.getByRole('option');
  await expect(options.first()).toContainText('Customer contact centre');
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: shots('combobox') });
  await gap.fill('call back same day');
  await expect(options.first()).toContainText(
    'If we promise to call you back, we call back the same working day.',
  );
  await gap.fill('call back');
  await page.keyboard.press('Enter');
  await expect(gap).toHaveAttribute('aria-expanded', 'false');
  await expect(gap).toHaveValue(
    'If we promise to call you back, we call back the same working day.',
  );
  // Chosen in a new form, the gap brings its current state, title and future state.
  await expect(form.getByLabel('Where it stands today')).toHaveValue(/^Evidence today: \d+\/100/);
  await expect(form.getByLabel('Action', { exact: true })).toHaveValue(
    'Keep the promise: If we promise to call you back, we call back the same working day.',
  );
  await expect(form.getByLabel('Where it must be')).toHaveValue(/^Kept: 75 or more out of 100/);
  // Escape closes the list first, then the form.
  await gap.fill('till');
  await page.keyboard.press('Escape');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
});
