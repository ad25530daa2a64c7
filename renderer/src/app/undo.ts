import i18next from 'i18next';
import { useEffect } from 'react';
import type { Journal } from '../db/changes';
import { undoable, useHistory } from '../stores/history';
import { useUi } from '../stores/ui';
import { errorText } from './error-text';
import { shortcutKey } from './i18n';

/** Whether keys typed now belong to a text field, which has its own undo. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(
      target.type,
    );
  return false;
}

/** The Undo button a notice offers after an undoable change: one step back, said as such. */
export function undoOffer(): { label: string; run: () => void } {
  return { label: i18next.t('history.undo'), run: () => void stepHistory('undo') };
}

/**
 * Makes a change as one step of the audit's history and says so with Undo, or says why it
 * failed; returns whether it was made.
 */
export async function changeWithUndo(
  auditId: string,
  label: string,
  work: (journal: Journal) => Promise<unknown>,
  done: string,
): Promise<boolean> {
  const { notify } = useUi.getState();
  try {
    await undoable(auditId, label, work);
    notify('info', done, undoOffer());
    return true;
  } catch (error) {
    notify('error', errorText(error, i18next.t));
    return false;
  }
}

/** Undoes (or redoes) the open audit's last change and says so, with the way back. */
export async function stepHistory(direction: 'undo' | 'redo'): Promise<void> {
  const auditId = useUi.getState().currentAuditId;
  const { notify } = useUi.getState();
  if (!auditId) return;
  const history = useHistory.getState();
  try {
    const label = direction === 'undo' ? await history.undo(auditId) : await history.redo(auditId);
    if (label === null) {
      notify(
        'info',
        i18next.t(direction === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo'),
      );
      return;
    }
    const opposite = direction === 'undo' ? 'redo' : 'undo';
    notify(
      'info',
      i18next.t(direction === 'undo' ? 'history.undone' : 'history.redone', { label }),
      {
        label: i18next.t(`history.${opposite}`),
        run: () => void stepHistory(opposite),
      },
    );
  } catch (error) {
    notify('error', errorText(error, i18next.t));
  }
}

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y outside text fields step through the audit's history. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditingText(e.target)) return;
      const key = shortcutKey(e);
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void stepHistory('undo');
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void stepHistory('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The menu's Undo and Redo: inside a text field they act on the text, elsewhere on the audit. */
export function runMenuHistory(direction: 'undo' | 'redo'): void {
  if (isEditingText(document.activeElement)) document.execCommand(direction);
  else void stepHistory(direction);
}
