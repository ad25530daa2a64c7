import { create } from 'zustand';
import type { CsvKind } from '../../../shared/register/csv-fields';

/** A file read by the window (dropped on it) for a screen's own importer to open. */
export type HandedFile =
  | { kind: 'register-csv'; csvKind: CsvKind; name: string; bytes: Uint8Array }
  | { kind: 'survey-csv'; name: string; bytes: Uint8Array };

interface HandoffState {
  /** The file waiting, numbered so that each one opens a fresh importer. */
  file: (HandedFile & { id: number }) | null;
  /** Leaves a file for the screen whose importer reads it; a later file replaces it. */
  handOver: (file: HandedFile) => void;
  /** The importer is done with it (imported or cancelled). */
  clear: () => void;
}

let nextId = 1;

/**
 * Files on their way from the window to a screen: the window tells what a dropped file is
 * (shared/formats/file-kind.ts) and shows the screen; the screen's importer opens with the
 * file while it waits here. Screens do not reach into each other, so the file waits here.
 */
export const useHandoff = create<HandoffState>()((set) => ({
  file: null,
  handOver: (file) => set({ file: { ...file, id: nextId++ } }),
  clear: () => set({ file: null }),
}));

/** The file of this kind waiting for a screen, or null. */
export function useHandedFile<K extends HandedFile['kind']>(
  kind: K,
): (Extract<HandedFile, { kind: K }> & { id: number }) | null {
  return useHandoff((s) =>
    s.file?.kind === kind ? (s.file as Extract<HandedFile, { kind: K }> & { id: number }) : null,
  );
}
