import { useEffect } from 'react';
import { create } from 'zustand';
import type { ActionLink } from '../../../shared/plan';
import { useUi, type Screen } from './ui';

/**
 * A record or a command another part of the window asked a screen to open: the command
 * palette, a "Plan an action" button. The screen that owns it shows it where it lives.
 */
export type OpenRequest =
  | { screen: 'register'; kind: 'promise' | 'touchpoint'; id: string }
  | { screen: 'register'; kind: 'belief-session' | 'new-promise' }
  | { screen: 'fieldwork'; kind: 'visit' | 'observation'; id: string }
  | { screen: 'fieldwork'; kind: 'new-visit' | 'add-observation' }
  | { screen: 'scores'; kind: 'reveal' }
  | { screen: 'plan'; kind: 'action'; id: string }
  | { screen: 'plan'; kind: 'draft-actions' | 'new-action' };

interface OpenersState {
  /** The gap an action is being planned on, from any screen; the window's host shows the form. */
  planning: ActionLink | null;
  request: OpenRequest | null;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  /** Opens the plan's action form on a promise or a touchpoint, over the current screen. */
  planAction: (link: ActionLink) => void;
  closePlanning: () => void;
  /** Goes to the screen that owns the record or command, and asks it to open it. */
  open: (request: OpenRequest) => void;
  /** Called by the screen once it has done what was asked. */
  settle: (request: OpenRequest) => void;
  setPalette: (open: boolean) => void;
  setShortcuts: (open: boolean) => void;
}

/** What any screen may ask the window to open, without reaching into another screen. */
export const useOpeners = create<OpenersState>()((set, get) => ({
  planning: null,
  request: null,
  paletteOpen: false,
  shortcutsOpen: false,
  planAction: (link) => set({ planning: link }),
  closePlanning: () => set({ planning: null }),
  open: (request) => {
    useUi.getState().showScreen(request.screen);
    set({ request });
  },
  settle: (request) => {
    if (get().request === request) set({ request: null });
  },
  setPalette: (paletteOpen) => set({ paletteOpen }),
  setShortcuts: (shortcutsOpen) => set({ shortcutsOpen }),
}));

/**
 * Lets a screen answer what was asked of it: `handle` runs once per request for this screen,
 * when `ready` (its data read); it returns false to be asked again on the next render.
 */
export function useOpenRequest<S extends Screen>(
  screen: S,
  ready: boolean,
  handle: (request: Extract<OpenRequest, { screen: S }>) => boolean | void,
) {
  const request = useOpeners((s) => s.request);
  useEffect(() => {
    if (!ready || !request || request.screen !== screen) return;
    if (handle(request as Extract<OpenRequest, { screen: S }>) !== false)
      useOpeners.getState().settle(request);
  });
}
