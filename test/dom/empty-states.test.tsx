import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { createAudit } from '../../renderer/src/db/commands/audits';
import { createRecord } from '../../renderer/src/db/commands/records';
import { db } from '../../renderer/src/db/db';
import { ExportScreen } from '../../renderer/src/features/export/ExportScreen';
import { FieldworkScreen } from '../../renderer/src/features/fieldwork/FieldworkScreen';
import { PlanScreen } from '../../renderer/src/features/plan/PlanScreen';
import { RegisterScreen } from '../../renderer/src/features/register/RegisterScreen';
import { ScoresScreen } from '../../renderer/src/features/scores/ScoresScreen';
import { useUi } from '../../renderer/src/stores/ui';

beforeAll(async () => {
  await initI18n('en');
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
beforeEach(() => {
  localStorage.clear();
  useUi.getState().showScreen('audits');
});
afterEach(cleanup);

const emptyAudit = async () =>
  createAudit(db, {
    name: `Audit ${crypto.randomUUID()}`,
    brand: 'Lumen',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    language: 'en',
  });

/** An audit with one promise and nothing else: no belief, no visit, no evidence, no action. */
async function onePromise() {
  const audit = await emptyAudit();
  const base = { auditId: audit.id, description: '' };
  const stage = await createRecord(db, 'stages', { ...base, name: 'Buy', order: 0 });
  const channel = await createRecord(db, 'channels', { ...base, name: 'Store', order: 0 });
  const till = await createRecord(db, 'touchpoints', {
    ...base,
    stageId: stage.id,
    channelId: channel.id,
    name: 'Till',
    department: '',
  });
  await createRecord(db, 'promises', {
    auditId: audit.id,
    touchpointId: till.id,
    statement: 'You never queue more than 5 minutes',
    source: { kind: 'advertising', text: '' },
    customerWording: '',
    kind: 'functional',
    importance: 3,
    target: null,
    belief: null,
  });
  return audit;
}

/** The next-step section of a screen, by its heading. */
const step = (title: string) => screen.findByRole('region', { name: title }, { timeout: 8000 });

describe('empty states that teach the next step', { timeout: 20_000 }, () => {
  it('an empty register offers a template, a CSV file or the journey', async () => {
    const audit = await emptyAudit();
    render(<RegisterScreen audit={audit} />);
    const region = await step('No promises yet');
    fireEvent.click(within(region).getByRole('button', { name: 'Import a CSV file…' }));
    expect(screen.getByRole('dialog', { name: 'Import from CSV' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Start from a template…' }));
    expect(screen.getByRole('dialog', { name: 'Apply an industry template' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Add stages and touchpoints' }));
    expect(screen.getByRole('tab', { name: 'Journey' }).getAttribute('aria-selected')).toBe('true');
  });

  it('a register without beliefs offers the belief session', async () => {
    const audit = await onePromise();
    render(<RegisterScreen audit={audit} />);
    const region = await step('The team has not said what it believes yet');
    await act(async () =>
      fireEvent.click(within(region).getByRole('button', { name: 'Start the belief session' })),
    );
    expect(screen.getByRole('dialog', { name: /Belief session/ })).toBeTruthy();
  });

  it('field work without promises sends to the register; with them, offers a visit', async () => {
    render(<FieldworkScreen audit={await emptyAudit()} />);
    const needs = await step('Add promises first');
    fireEvent.click(within(needs).getByRole('button', { name: 'Go to the register' }));
    expect(useUi.getState().screen).toBe('register');
    cleanup();

    render(<FieldworkScreen audit={await onePromise()} />);
    const visits = await step('No visits yet');
    expect(within(visits).getByRole('button', { name: 'Import a survey…' })).toBeTruthy();
    fireEvent.click(within(visits).getByRole('button', { name: 'Plan a visit…' }));
    expect(screen.getByRole('dialog', { name: 'Plan a visit' })).toBeTruthy();
  });

  it('scores without evidence send to field work', async () => {
    render(<ScoresScreen audit={await onePromise()} />);
    const region = await step('No evidence yet');
    fireEvent.click(within(region).getByRole('button', { name: 'Go to field work' }));
    expect(useUi.getState().screen).toBe('fieldwork');
  });

  it('a plan without actions or evidence sends to field work, and still takes one by hand', async () => {
    render(<PlanScreen audit={await onePromise()} />);
    const region = await step('No actions yet');
    expect(region.textContent).toContain('there is no evidence yet');
    expect(within(region).getByRole('button', { name: 'Add an action…' })).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Go to field work' }));
    expect(useUi.getState().screen).toBe('fieldwork');
  });

  it('the export of an audit without promises or evidence says what the report lacks', async () => {
    render(<ExportScreen audit={await emptyAudit()} />);
    const empty = await step('Nothing to report yet');
    fireEvent.click(within(empty).getByRole('button', { name: 'Go to the register' }));
    expect(useUi.getState().screen).toBe('register');
    cleanup();

    render(<ExportScreen audit={await onePromise()} />);
    const thin = await step('Nothing to report yet');
    expect(thin.textContent).toContain('without evidence it has no findings yet');
    fireEvent.click(within(thin).getByRole('button', { name: 'Go to field work' }));
    expect(useUi.getState().screen).toBe('fieldwork');
  });
});
