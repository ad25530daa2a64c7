import { create } from 'zustand';
import { replayJournal, type Journal } from '../db/changes';
import { db } from '../db/db';
import { auditTables } from '../db/commands/records';

/** One undoable step: what a person did, in words, and the records it changed. */
export interface HistoryEntry {
  label: string;
  auditId: string;
  journal: Journal;
}

/** How many steps each audit keeps. */
export const HISTORY_LIMIT = 200;

interface HistoryState {
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  busy: boolean;
  /** Records a step that has just been written; a new step clears what could be redone. */
  record: (entry: HistoryEntry) => void;
  /** Undoes the last step of this audit; resolves to its label, or null when there was none. */
  undo: (auditId: string) => Promise<string | null>;
  redo: (auditId: string) => Promise<string | null>;
  /** Forgets an audit's steps (it was deleted or replaced). */
  forget: (auditId: string) => void;
}

/**
 * Undo and redo for every edit made through the commands. Steps are journals of record
 * changes (see db/changes.ts); undo and redo replay them in one transaction each.
 */
export const useHistory = create<HistoryState>()((set, get) => {
  // Steps replay one after another: a second Ctrl+Z pressed while the first is still
  // writing waits for it instead of being lost.
  let queue: Promise<unknown> = Promise.resolve();
  function move(auditId: string, from: 'undoStack' | 'redoStack'): Promise<string | null> {
    const next = queue.then(() => replayNext(auditId, from));
    queue = next.catch(() => undefined);
    return next;
  }

  async function replayNext(
    auditId: string,
    from: 'undoStack' | 'redoStack',
  ): Promise<string | null> {
    const stack = get()[from];
    const index = stack.findLastIndex((e) => e.auditId === auditId);
    const entry = stack[index];
    if (!entry) return null;
    set({ busy: true });
    try {
      await replayJournal(db, entry.journal, from === 'undoStack' ? 'undo' : 'redo');
      const to = from === 'undoStack' ? 'redoStack' : 'undoStack';
      set(
        (state) =>
          ({
            [from]: state[from].filter((_, i) => i !== index),
            [to]: [...state[to], entry],
          }) as Partial<HistoryState>,
      );
      return entry.label;
    } catch (error) {
      // A step that cannot be replayed is dropped so the next one can be tried.
      set(
        (state) => ({ [from]: state[from].filter((_, i) => i !== index) }) as Partial<HistoryState>,
      );
      throw error;
    } finally {
      set({ busy: false });
    }
  }

  return {
    undoStack: [],
    redoStack: [],
    busy: false,
    record: (entry) => {
      if (entry.journal.length === 0) return;
      set((state) => {
        const mine = state.undoStack.filter((e) => e.auditId === entry.auditId);
        const overflow = mine.length >= HISTORY_LIMIT ? mine[0] : undefined;
        return {
          undoStack: [...state.undoStack.filter((e) => e !== overflow), entry],
          redoStack: state.redoStack.filter((e) => e.auditId !== entry.auditId),
        };
      });
    },
    undo: (auditId) => move(auditId, 'undoStack'),
    redo: (auditId) => move(auditId, 'redoStack'),
    forget: (auditId) =>
      set((state) => ({
        undoStack: state.undoStack.filter((e) => e.auditId !== auditId),
        redoStack: state.redoStack.filter((e) => e.auditId !== auditId),
      })),
  };
});

/**
 * Runs commands that write into one journal, in one transaction, and records the result
 * as one undoable step. Nothing is recorded when the work throws (and nothing was written).
 */
export async function undoable<T>(
  auditId: string,
  label: string,
  work: (journal: Journal) => Promise<T>,
): Promise<T> {
  const journal: Journal = [];
  const result = await db.transaction('rw', auditTables(db), () => work(journal));
  useHistory.getState().record({ label, auditId, journal });
  return result;
}
