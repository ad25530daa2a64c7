import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import type { AuditBundle, ScoringSettings } from '../../shared/domain';
import { parseAuditFile } from '../../shared/formats/audit-file';
import {
  breakingPromises,
  perceptionHeadline,
  scoreAudit,
  type PromiseScore,
} from '../../shared/scoring';
import { openApp } from './support/app';

// The numbers on screen must be the scoring module's numbers: each test works them out from
// the sample audit with shared/scoring and looks for them, rounded as the screen writes them.
const sample = (): AuditBundle =>
  parseAuditFile(
    readFileSync(path.join(import.meta.dirname, '../../resources/sample-audit.json'), 'utf8'),
  );
const whole = (n: number | null) => String(Math.round(n ?? NaN));

/** The sample's scores after a change to its records or settings. */
function scoresOf(change: (b: AuditBundle) => void = () => {}, scoring?: ScoringSettings) {
  const bundle = sample();
  change(bundle);
  if (scoring) bundle.audit = { ...bundle.audit, scoring };
  return { bundle, scores: scoreAudit(bundle) };
}

const indexFigure = (page: Page, score: number | null) =>
  page.getByTitle(`Show the evidence behind Alignment index: ${whole(score)}`, { exact: true });

async function openScores(page: Page) {
  await openApp(page);
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Scores', level: 1 })).toBeVisible();
}

test('the sample audit’s Scores screen shows the index, the perception-gap headline, the heatmap and the rankings', async ({
  page,
}) => {
  const { bundle, scores } = scoresOf();
  await openScores(page);

  await expect(indexFigure(page, scores.audit.score)).toBeVisible();
  await expect(page.getByTestId('perception-headline')).toHaveText(
    `The team believes ${whole(scores.headline.believedKept)}% of promises are kept; the evidence shows ${whole(scores.headline.evidenceKept)}%.`,
  );

  // The heatmap: a row per stage, a column per channel, and each cell the module's score.
  const heatmap = page.getByRole('table', { name: 'Alignment by journey stage and channel' });
  for (const stage of bundle.stages)
    await expect(heatmap.getByRole('rowheader', { name: stage.name })).toBeVisible();
  for (const channel of bundle.channels)
    await expect(heatmap.getByRole('columnheader', { name: channel.name })).toBeVisible();
  const buy = bundle.stages.find((s) => s.name === 'Buy')!;
  const store = bundle.channels.find((c) => c.name === 'Store')!;
  const cell = scores.cells.get(`${buy.id}|${store.id}`)!;
  // A cell's name is what it shows (label in name); what it is about is its description.
  const about = `Show the evidence behind Buy · Store: ${whole(cell.score)}, promises observed: ${cell.observed} of ${cell.promises}, observations: ${cell.evidence}`;
  const buyStore = heatmap.getByRole('button').and(heatmap.getByTitle(about, { exact: true }));
  await expect(buyStore).toBeVisible();
  await expect(buyStore).toHaveAccessibleName(new RegExp(`^${whole(cell.score)}`));
  await expect(buyStore).toHaveAccessibleDescription(about);

  // The promises that break most, in the module's order, and the weakest touchpoint first.
  const breaking = page.getByRole('table', { name: 'Where promises break' });
  const statement = (s: PromiseScore) =>
    bundle.promises.find((p) => p.id === s.promiseId)!.statement;
  const worst = breakingPromises(scores, 2);
  await expect(breaking.getByRole('row').nth(1)).toContainText(statement(worst[0]!));
  await expect(breaking.getByRole('row').nth(2)).toContainText(statement(worst[1]!));
  await expect(page.getByRole('table', { name: 'Strengths' })).toBeVisible();
  const weakest = [...scores.touchpoints.entries()]
    .filter(([, g]) => g.score !== null)
    .sort((a, b) => a[1].score! - b[1].score!)[0]!;
  const ranking = page.getByRole('table', { name: 'Touchpoints, weakest first' });
  await expect(ranking.getByRole('row').nth(1)).toContainText(
    bundle.touchpoints.find((t) => t.id === weakest[0])!.name,
  );
  await expect(ranking.getByRole('row').nth(1)).toContainText(whole(weakest[1].score));

  // Information gaps: promises not yet observed are counted, never scored 0.
  const unobserved = [...scores.promises.values()].filter((s) => s.alignment === null).length;
  await expect(
    page.getByTitle('Show the evidence behind Promises not yet observed', { exact: true }),
  ).toHaveText(`${unobserved} promises not yet observed`);
});

test('a heatmap cell opens its promises, and a promise its evidence, belief and gap', async ({
  page,
}) => {
  const { bundle, scores } = scoresOf();
  await openScores(page);
  await page.getByTitle(/^Show the evidence behind Buy · Store:/).click();
  const scope = page.getByRole('dialog', { name: 'Buy · Store' });
  await expect(scope.getByRole('heading', { name: '6 promises' })).toBeVisible();

  const promise = bundle.promises.find((p) => p.statement.startsWith('Pay any way you like'))!;
  await scope.getByRole('button', { name: promise.statement, exact: true }).click();
  const detail = page.getByRole('dialog', { name: promise.statement });
  const s = scores.promises.get(promise.id)!;
  await expect(detail.getByTestId('promise-alignment')).toHaveText(whole(s.alignment));
  await expect(detail.getByTestId('promise-figures')).toContainText(`+${whole(s.gap)}`);
  await expect(
    detail.getByRole('list', { name: 'The evidence' }).getByRole('listitem'),
  ).toHaveCount(bundle.observations.filter((o) => o.promiseId === promise.id).length);
  await expect(
    detail.getByText('Finance was approved while I waited, really painless.'),
  ).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toBeHidden();
  await expect(scope).toBeVisible();
});

test('changing an observation’s score, in the promise detail or in the field-work log, updates the numbers', async ({
  page,
}) => {
  await openScores(page);
  const before = scoresOf().scores;
  await expect(indexFigure(page, before.audit.score)).toBeVisible();

  // In the promise detail: the latest observation of the promise that breaks most, set to 4.
  const top = breakingPromises(before, 1)[0]!;
  const { bundle } = scoresOf();
  // The detail lists evidence newest first; measured values are corrected in Field work.
  const latest = bundle.observations
    .filter(
      (o) => o.promiseId === top.promiseId && !(o.measured !== null && o.outcome === 'scored'),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0]!;
  const fix = { score: 4 as const, outcome: 'scored' as const };
  const first = scoresOf((b) => {
    b.observations = b.observations.map((o) => (o.id === latest.id ? { ...o, ...fix } : o));
  }).scores;
  const statement = bundle.promises.find((p) => p.id === top.promiseId)!.statement;
  await page
    .getByRole('table', { name: 'Where promises break' })
    .getByRole('button', { name: statement, exact: true })
    .click();
  const detail = page.getByRole('dialog', { name: statement });
  await expect(detail.getByTestId('promise-alignment')).toHaveText(whole(top.alignment));
  await detail.getByRole('combobox').first().selectOption('4');
  await expect(detail.getByTestId('promise-alignment')).toHaveText(
    whole(first.promises.get(top.promiseId)!.alignment),
  );
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(indexFigure(page, first.audit.score)).toBeVisible();

  // In the field-work log: a review of a store, “kept”, corrected to “broken”.
  const review = bundle.observations.find((o) => o.verbatim.startsWith('Lovely bright store'))!;
  const second = scoresOf((b) => {
    b.observations = b.observations.map((o) =>
      o.id === latest.id ? { ...o, ...fix } : o.id === review.id ? { ...o, score: 0 } : o,
    );
  }).scores;
  await page.keyboard.press('Control+3');
  await page.getByRole('tab', { name: 'Observation log' }).click();
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('Lovely bright store');
  const log = page.getByRole('grid', { name: 'Observation log' });
  await expect(log.getByRole('row').filter({ hasText: 'Lovely bright store' })).toHaveCount(1);
  await log.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit observation' });
  await edit.getByRole('radio', { name: '0 Broken' }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await page.keyboard.press('Control+4');
  await expect(indexFigure(page, second.audit.score)).toBeVisible();
  await expect(page.getByTestId('perception-headline')).toContainText(
    `the evidence shows ${whole(second.headline.evidenceKept)}%`,
  );
});

test('the workshop reveal runs by keyboard: belief first, evidence on a key press, stage by stage', async ({
  page,
}) => {
  const { bundle, scores } = scoresOf();
  await openScores(page);
  await page.getByRole('button', { name: 'Workshop reveal' }).click();
  const reveal = page.getByRole('dialog', { name: 'Belief against evidence' });
  await expect(reveal).toBeFocused();
  await expect(reveal.getByRole('heading', { name: 'Belief against evidence' })).toBeVisible();

  const stage = bundle.stages[0]!;
  const members = bundle.promises
    .filter((p) => bundle.touchpoints.find((t) => t.id === p.touchpointId)?.stageId === stage.id)
    .map((p) => scores.promises.get(p.id)!);
  const headline = perceptionHeadline(members);
  await page.keyboard.press('ArrowRight');
  await expect(reveal.getByText('Stage 1 of 5')).toBeVisible();
  await expect(reveal.getByRole('heading', { name: stage.name })).toBeVisible();
  const believes = reveal.getByRole('region', { name: 'The team believes' });
  const shows = reveal.getByRole('region', { name: 'The evidence shows' });
  await expect(believes).toContainText(`${whole(headline.believedKept)}%`);
  await expect(shows).toContainText('Press Space to reveal the evidence');

  await page.keyboard.press('Space');
  await expect(shows).toContainText(`${whole(headline.evidenceKept)}%`);
  await page.keyboard.press('ArrowRight');
  await expect(reveal.getByText('Stage 2 of 5')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(shows).toContainText(`${whole(headline.evidenceKept)}%`);

  await page.keyboard.press('End');
  await expect(reveal.getByRole('heading', { name: 'The whole journey' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(shows).toContainText(`${whole(scores.headline.evidenceKept)}%`);
  await expect(believes).toContainText(`${whole(scores.headline.believedKept)}%`);

  await page.keyboard.press('Escape');
  await expect(reveal).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Scores', level: 1 })).toBeVisible();
});

test('scoring settings are validated, change every number, and come back with Ctrl+Z', async ({
  page,
}) => {
  const { bundle, scores } = scoresOf();
  await openScores(page);
  await page.getByRole('button', { name: 'Scoring settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scoring settings' });

  await dialog.getByLabel('Strong from').fill('2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('Check the fields');
  await expect(dialog).toContainText('thresholds must rise');

  await dialog.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(dialog.getByLabel('Strong from')).toHaveValue('8');
  await dialog.getByLabel('Usage data').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const weighted = scoresOf(() => {}, {
    ...bundle.audit.scoring,
    methodWeights: { ...bundle.audit.scoring.methodWeights, 'usage-data': 0 },
  }).scores;
  expect(whole(weighted.audit.score)).not.toBe(whole(scores.audit.score));
  await expect(indexFigure(page, weighted.audit.score)).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(indexFigure(page, scores.audit.score)).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(indexFigure(page, weighted.audit.score)).toBeVisible();
});

test('reopened after an edit, the Scores screen shows the edited figures from the first frame, never the scores of before', async ({
  page,
}) => {
  // What the screen shows the moment it first shows scores, stored or computed (plain
  // JavaScript: it runs in the page, and this project has no DOM types).
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      const section = document.querySelector('section.scores[aria-busy="false"]');
      if (!section) return;
      const index = section.querySelector('[title^="Show the evidence behind Alignment index"]');
      window.firstShown = {
        index: index && index.getAttribute('title'),
        evidence: section.getAttribute('data-evidence'),
      };
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });`,
  });
  const firstShown = () =>
    page
      .waitForFunction(() => (globalThis as unknown as { firstShown?: unknown }).firstShown)
      .then((handle) => handle.jsonValue() as Promise<{ index: string; evidence: string }>);
  const label = (score: number | null) =>
    `Show the evidence behind Alignment index: ${whole(score)}`;

  await openScores(page);
  const before = scoresOf().scores;
  await expect(page.locator('section.scores[data-evidence="read"]')).toBeVisible();
  await page.reload();
  expect((await firstShown()).index).toBe(label(before.audit.score));

  // Every observation of the promise that breaks most set to "exceeded", in its detail
  // (which lists all but measured values, corrected in Field work).
  const top = breakingPromises(before, 1)[0]!;
  const { bundle } = scoresOf();
  const statement = bundle.promises.find((p) => p.id === top.promiseId)!.statement;
  const edited = bundle.observations.filter(
    (o) => o.promiseId === top.promiseId && !(o.measured !== null && o.outcome === 'scored'),
  );
  const after = scoresOf((b) => {
    b.observations = b.observations.map((o) =>
      edited.some((e) => e.id === o.id) ? { ...o, score: 4, outcome: 'scored' } : o,
    );
  }).scores;
  expect(whole(after.audit.score)).not.toBe(whole(before.audit.score));
  await page
    .getByRole('table', { name: 'Where promises break' })
    .getByRole('button', { name: statement, exact: true })
    .click();
  const detail = page.getByRole('dialog', { name: statement });
  const scores = detail.getByRole('combobox');
  await expect(scores).toHaveCount(edited.length);
  for (let i = 0; i < edited.length; i++) await scores.nth(i).selectOption('4');
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(indexFigure(page, after.audit.score)).toBeVisible();

  // At once, before the new scores could have been stored, and again later.
  await page.reload();
  expect((await firstShown()).index).toBe(label(after.audit.score));
  await expect(page.locator('section.scores[data-evidence="read"]')).toBeVisible();
  await page.reload();
  expect((await firstShown()).index).toBe(label(after.audit.score));
});
