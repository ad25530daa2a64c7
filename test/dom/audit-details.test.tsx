import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { createAudit } from '../../renderer/src/db/commands/audits';
import { db } from '../../renderer/src/db/db';
import { AuditFormDialog } from '../../renderer/src/features/audits/AuditFormDialog';
import { useHistory } from '../../renderer/src/stores/history';

beforeAll(async () => {
  await initI18n('en');
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

const newAudit = () =>
  createAudit(db, {
    name: `Audit ${crypto.randomUUID()}`,
    brand: 'Lumen',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    language: 'en',
  });

const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('editing an audit’s details', () => {
  it('saves every detail as one undoable step', async () => {
    const audit = await newAudit();
    const onDone = vi.fn();
    render(<AuditFormDialog mode={{ kind: 'edit', audit }} onDone={onDone} />);
    expect(screen.getByLabelText('Brand')).toHaveProperty('value', 'Lumen');
    change('Brand', 'Lumen Polska');
    change('Period from', '2026-02-01');
    change('Period to', '2026-09-30');
    change('Report language', 'pl');
    change('Status', 'reporting');
    change('Team', ' Anna \n\nPiotr\n');
    change('Confidentiality', 'Client only');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const saved = await db.audits.get(audit.id);
    expect(saved).toMatchObject({
      brand: 'Lumen Polska',
      periodStart: '2026-02-01',
      periodEnd: '2026-09-30',
      language: 'pl',
      status: 'reporting',
      team: ['Anna', 'Piotr'],
      confidentiality: 'Client only',
      version: audit.version + 1,
    });

    await useHistory.getState().undo(audit.id);
    expect(await db.audits.get(audit.id)).toMatchObject({
      brand: 'Lumen',
      periodStart: '2026-01-01',
      language: 'en',
      status: 'draft',
      team: [],
      confidentiality: '',
    });
  });

  it('refuses a period that ends before it starts, beside its field, and saves nothing', async () => {
    const audit = await newAudit();
    const onDone = vi.fn();
    render(<AuditFormDialog mode={{ kind: 'edit', audit }} onDone={onDone} />);
    change('Period to', '2025-12-31');
    change('Brand', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' | ')).toMatch(/Brand .*required/);
    change('Brand', 'Lumen');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Period to /));
    expect(screen.getByLabelText('Period to').getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.audits.get(audit.id)).toMatchObject({ periodEnd: '2026-06-30', version: 1 });
  });
});
