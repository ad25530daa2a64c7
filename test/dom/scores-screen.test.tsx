import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { createAudit } from '../../renderer/src/db/commands/audits';
import { db } from '../../renderer/src/db/db';
import { createRecord } from '../../renderer/src/db/commands/records';
import { PromiseDetail } from '../../renderer/src/features/scores/PromiseDetail';
import { ScoresScreen } from '../../renderer/src/features/scores/ScoresScreen';
import { pngPixel } from '../support/photo-bytes';

beforeAll(async () => {
  await initI18n('en');
  // Recharts sizes its charts with a ResizeObserver, and the dialogs are native <dialog>s:
  // jsdom has neither, so both get the smallest stand-in.
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
afterEach(cleanup);

/** An audit of two promises at one store touchpoint: one seen broken twice, one never seen. */
async function twoPromises() {
  const audit = await createAudit(db, {
    name: `Audit ${crypto.randomUUID()}`,
    brand: 'Lumen',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    language: 'en',
  });
  const stage = await createRecord(db, 'stages', {
    auditId: audit.id,
    name: 'Buy',
    description: '',
    order: 0,
  });
  const store = await createRecord(db, 'channels', {
    auditId: audit.id,
    name: 'Store',
    description: '',
    order: 0,
  });
  const web = await createRecord(db, 'channels', {
    auditId: audit.id,
    name: 'Website',
    description: '',
    order: 1,
  });
  const till = await createRecord(db, 'touchpoints', {
    auditId: audit.id,
    stageId: stage.id,
    channelId: store.id,
    name: 'Till',
    department: '',
    description: '',
  });
  const checkout = await createRecord(db, 'touchpoints', {
    auditId: audit.id,
    stageId: stage.id,
    channelId: web.id,
    name: 'Online checkout',
    department: '',
    description: '',
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
  const photo = await createRecord(db, 'photos', {
    auditId: audit.id,
    name: 'queue.png',
    type: 'image/png',
    data: pngPixel(),
  });
  for (const [date, score] of [
    ['2026-02-01', 1],
    ['2026-02-01', 0],
  ] as const)
    await createRecord(db, 'observations', {
      auditId: audit.id,
      promiseId: queue.id,
      visitId: null,
      method: 'mystery-shop',
      date,
      wave: 1,
      observer: 'Ola',
      location: 'Kraków',
      outcome: 'scored',
      score,
      measured: null,
      verbatim: 'Only one till open.',
      note: '',
      photoIds: score === 0 ? [photo.id] : [],
      externalKey: null,
    });
  return { audit: (await db.audits.get(audit.id))!, queue, unseen };
}

describe('the Scores screen', () => {
  it('shows a promise without evidence as not yet observed, never as 0, and marks thin evidence', async () => {
    const { audit } = await twoPromises();
    render(<ScoresScreen audit={audit} />);
    const index = await screen.findByRole(
      'button',
      { name: /^13/, description: 'Show the evidence behind Alignment index: 13' },
      { timeout: 5000 },
    );
    expect(index.textContent).toBe('13 of 100');

    const heatmap = screen.getByRole('table', { name: 'Alignment by journey stage and channel' });
    const seen = within(heatmap).getByRole('button', {
      description: /^Show the evidence behind Buy · Store:/,
    });
    expect(seen.textContent).toContain('13');
    expect(seen.textContent).toContain('1/1 observed');
    expect(seen.closest('td')?.classList.contains('heat-thin')).toBe(true);
    const unseen = within(heatmap).getByRole('button', {
      description: /^Show the evidence behind Buy · Website:/,
    });
    expect(unseen.textContent).toContain('not observed');
    expect(unseen.textContent).not.toMatch(/\b0\b/);
    expect(unseen.closest('td')?.classList.contains('heat-unobserved')).toBe(true);

    // A figure's name is what it shows (label in name); what it opens is its description.
    const gaps = screen.getByRole('button', {
      name: '1 promise not yet observed',
      description: 'Show the evidence behind Promises not yet observed',
    });
    expect(gaps.textContent).toBe('1 promise not yet observed');
    expect(screen.getByTestId('perception-headline').textContent).toContain(
      'The team believes 100% of promises are kept; the evidence shows 0%.',
    );
  });

  it('opens the promise detail with the team’s belief beside “not yet observed”', async () => {
    const { audit, unseen } = await twoPromises();
    render(<PromiseDetail audit={audit} promiseId={unseen.id} onClose={() => {}} />);
    const alignment = await screen.findByTestId('promise-alignment', {}, { timeout: 5000 });
    expect(alignment.textContent).toContain('Not yet observed');
    expect(screen.getByTestId('promise-figures').textContent).toContain('Team belief100');
    expect(screen.getByText('No evidence yet: this promise is not yet observed.')).toBeTruthy();
    await act(async () => {});
  });

  it('lists the evidence of a promise with its verbatims and photos, and the score by wave', async () => {
    const { audit, queue } = await twoPromises();
    render(<PromiseDetail audit={audit} promiseId={queue.id} onClose={() => {}} />);
    const list = await screen.findByRole('list', { name: 'The evidence' }, { timeout: 5000 });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByText('Only one till open.')).toHaveLength(2);
    const photo = await within(list).findByRole('img', { name: 'queue.png' });
    expect(photo.getAttribute('src')).toMatch(/^blob:/);
    expect(screen.getByTestId('promise-alignment').textContent).toBe('13');
    expect(screen.getByRole('columnheader', { name: 'Wave 1' })).toBeTruthy();
  });
});
