import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { createAudit } from '../../renderer/src/db/commands/audits';
import { createRecord } from '../../renderer/src/db/commands/records';
import { db } from '../../renderer/src/db/db';
import { scoreEngineFor } from '../../renderer/src/db/scores/score-engine';
import { RegisterScreen } from '../../renderer/src/features/register/RegisterScreen';
import { shownScore } from '../../shared/scoring';

beforeAll(async () => {
  await initI18n('en');
  // The grid draws the rows its scroll box has room for: jsdom lays nothing out, so every
  // box says it is 1200 × 800 pixels.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 800,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** Two promises at two touchpoints of one stage: one seen twice, broken and poor; one never seen. */
async function auditWithEvidence() {
  const audit = await createAudit(db, {
    name: `Audit ${crypto.randomUUID()}`,
    brand: 'Lumen',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    language: 'en',
  });
  const base = { auditId: audit.id, description: '' };
  const stage = await createRecord(db, 'stages', { ...base, name: 'Buy', order: 0 });
  const store = await createRecord(db, 'channels', { ...base, name: 'Store', order: 0 });
  const web = await createRecord(db, 'channels', { ...base, name: 'Website', order: 1 });
  await createRecord(db, 'channels', { ...base, name: 'Phone', order: 2 });
  const till = await createRecord(db, 'touchpoints', {
    ...base,
    stageId: stage.id,
    channelId: store.id,
    name: 'Till',
    department: '',
  });
  const checkout = await createRecord(db, 'touchpoints', {
    ...base,
    stageId: stage.id,
    channelId: web.id,
    name: 'Online checkout',
    department: '',
  });
  const promise = (touchpointId: string, statement: string) =>
    createRecord(db, 'promises', {
      auditId: audit.id,
      touchpointId,
      statement,
      source: { kind: 'advertising', text: '' },
      customerWording: '',
      kind: 'functional',
      importance: 3,
      target: null,
      belief: 4,
    });
  const queue = await promise(till.id, 'You never queue more than 5 minutes');
  const unseen = await promise(checkout.id, 'Checkout in three clicks');
  for (const score of [1, 0] as const)
    await createRecord(db, 'observations', {
      auditId: audit.id,
      promiseId: queue.id,
      visitId: null,
      method: 'mystery-shop',
      date: '2026-02-01',
      wave: 1,
      observer: 'Ola',
      location: 'Kraków',
      outcome: 'scored',
      score,
      measured: null,
      verbatim: '',
      note: '',
      photoIds: [],
      externalKey: null,
    });
  return { audit: (await db.audits.get(audit.id))!, queue, unseen };
}

const row = (statement: string) =>
  screen.getByText(statement, { selector: '.cell-text' }).closest<HTMLElement>('[role="row"]')!;
const cellText = (r: HTMLElement, column: string) =>
  r.querySelector(`[id$="-${column}"] .cell-text`)?.textContent ?? '';

describe('the register’s evidence columns', { timeout: 20_000 }, () => {
  it('are hidden until asked for, then show the score engine’s own figures', async () => {
    const { audit, queue, unseen } = await auditWithEvidence();
    render(<RegisterScreen audit={audit} />);
    await screen.findByText('You never queue more than 5 minutes', undefined, { timeout: 5000 });
    expect(screen.queryByRole('columnheader', { name: /Alignment/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    for (const name of ['Alignment', 'Evidence', 'Strength', 'Perception gap'])
      fireEvent.click(screen.getByRole('checkbox', { name }));
    await screen.findByText('not observed', { selector: '.cell-text span' }, { timeout: 10_000 });

    // The same engine the Scores screen reads, with the same numbers.
    const engine = scoreEngineFor(audit.id);
    const scored = engine.get()!.scores.promises.get(queue.id)!;
    expect(scored.count).toBe(2);
    const seen = row('You never queue more than 5 minutes');
    expect(cellText(seen, 'alignment')).toMatch(new RegExp(`^${shownScore(scored.alignment!)} · `));
    expect(cellText(seen, 'evidence')).toBe('2');
    expect(cellText(seen, 'strength')).toBe(scored.strength);
    expect(cellText(seen, 'gap')).toBe(`+${shownScore(scored.gap!)}`);

    const none = row('Checkout in three clicks');
    expect(engine.get()!.scores.promises.get(unseen.id)!.alignment).toBeNull();
    expect(cellText(none, 'alignment')).toBe('not observed');
    expect(cellText(none, 'evidence')).toBe('0');
    expect(cellText(none, 'strength')).toBe('none');
    expect(cellText(none, 'gap')).toBe('—');

    // The choice is remembered on this computer.
    expect(JSON.parse(localStorage.getItem('touchstone.register.columns')!)).toMatchObject({
      alignment: true,
      gap: true,
    });
  });

  it('filter by the band of the alignment, or by no evidence at all', async () => {
    const { audit } = await auditWithEvidence();
    localStorage.setItem('touchstone.register.columns', JSON.stringify({ alignment: true }));
    render(<RegisterScreen audit={audit} />);
    await screen.findByText('not observed', { selector: '.cell-text span' }, { timeout: 10_000 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter: Alignment' }), {
      target: { value: '∅' },
    });
    expect(screen.getByText('Promises: 1 of 2')).toBeTruthy();
    expect(screen.queryByText('You never queue more than 5 minutes')).toBeNull();
    // Seen twice, scored 1 and 0: a mean of 12.5, shown as 13, is broken.
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter: Alignment' }), {
      target: { value: '0' },
    });
    expect(screen.getByText('Promises: 1 of 2')).toBeTruthy();
    expect(screen.getByText('13 · Broken')).toBeTruthy();
  });

  it('wrap the statements on request, and remember it', async () => {
    const { audit } = await auditWithEvidence();
    render(<RegisterScreen audit={audit} />);
    await screen.findByText('Checkout in three clicks', undefined, { timeout: 5000 });
    expect(row('Checkout in three clicks').classList.contains('wrap')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Wrap statements' }));
    expect(row('Checkout in three clicks').classList.contains('wrap')).toBe(true);
    expect(localStorage.getItem('touchstone.register.wrap')).toBe('1');
  });
});

describe('the matrix', { timeout: 20_000 }, () => {
  it('opens a cell’s promises in the table, and offers a touchpoint where there is none', async () => {
    const { audit } = await auditWithEvidence();
    localStorage.setItem('touchstone.register.tab', 'matrix');
    render(<RegisterScreen audit={audit} />);
    const open = await screen.findAllByRole('button', { name: 'Show its 1 promise' });
    expect(open).toHaveLength(2);
    await act(async () => fireEvent.click(open[0]!));
    expect(screen.getByRole('tab', { name: 'Promises' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('status').textContent).toContain('Promises at Buy · Store');
    expect(screen.getByText('Promises: 1 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all promises' }));
    expect(screen.getByText('Promises: 2 of 2')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Matrix' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a touchpoint at Buy · Phone' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a touchpoint' });
    expect(within(dialog).getByRole('combobox', { name: 'Channel' })).toHaveProperty(
      'value',
      (await db.channels.where('auditId').equals(audit.id).toArray()).find(
        (c) => c.name === 'Phone',
      )!.id,
    );
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Touchpoint' }), {
      target: { value: 'Hotline' },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' })));
    const added = await db.touchpoints.where('auditId').equals(audit.id).toArray();
    expect(added.map((t) => t.name).sort()).toEqual(['Hotline', 'Online checkout', 'Till']);
  });
});
