// A refusal is said in the interface language: the store's validation of a new audit and the
// scoring settings' own check, each beside the field it is about, in Russian and in Polish.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/app/i18n';
import { createAudit } from '../../renderer/src/db/commands/audits';
import { db } from '../../renderer/src/db/db';
import { AuditFormDialog } from '../../renderer/src/features/audits/AuditFormDialog';
import { ScoringSettingsDialog } from '../../renderer/src/features/scores/ScoringSettingsDialog';

beforeAll(() => {
  // The dialogs are native <dialog>s, which jsdom does not open.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);
afterAll(() => initI18n('en'));

/** Latin words in a text: English left over, in a Russian interface. */
const latin = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];

describe('a refusal in the interface language', () => {
  it('names an empty audit name in Russian, beside the field', async () => {
    await initI18n('ru');
    let done = false;
    render(<AuditFormDialog mode={{ kind: 'new' }} onDone={() => (done = true)} />);
    fireEvent.change(screen.getByLabelText('Бренд'), { target: { value: 'Люмен' } });
    fireEvent.click(screen.getByRole('button', { name: 'Создать' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Название аудита: обязательное поле');
    expect(alert.id).toBe('audit-name-error');
    expect(screen.getByLabelText('Название аудита').getAttribute('aria-invalid')).toBe('true');
    expect(latin(alert.textContent ?? '')).toEqual([]);
    expect(done).toBe(false);
  });

  it('names a period that ends before it starts in Polish', async () => {
    await initI18n('pl');
    render(<AuditFormDialog mode={{ kind: 'new' }} onDone={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Marka'), { target: { value: 'Lumen' } });
    fireEvent.change(screen.getByLabelText('Nazwa audytu'), { target: { value: 'Audyt' } });
    fireEvent.change(screen.getByLabelText('Okres od'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('Okres do'), { target: { value: '2026-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Utwórz' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Okres do: nie może być wcześniej niż początek okresu');
  });

  it('names a scoring setting out of range in Polish and a bad number in Russian', async () => {
    const audit = await createAudit(db, {
      name: 'Audyt',
      brand: 'Lumen',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      language: 'pl',
    });
    await initI18n('pl');
    const { unmount } = render(<ScoringSettingsDialog audit={audit} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Okres półtrwania w dniach'), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Okres półtrwania w dniach: oczekiwano wartości co najmniej 1',
      ),
    );
    unmount();

    await initI18n('ru');
    render(<ScoringSettingsDialog audit={audit} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Мало — от'), { target: { value: 'много' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Мало — от: ожидается число',
      ),
    );
    for (const alert of screen.getAllByRole('alert'))
      expect(latin(alert.textContent ?? ''), alert.textContent ?? '').toEqual([]);
  });
});
