import { create } from 'zustand';

/** The screens of the sidebar, in its order. */
export const SCREENS = ['audits', 'register', 'fieldwork', 'scores', 'plan', 'export'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** One thing the person can do about it, such as "Undo". */
  action?: { label: string; run: () => void };
  /** How many times the same message came in a row, shown once. */
  repeats?: number;
}

/** At most this many notices show at once, the newest: more would cover the screen. */
export const MAX_NOTICES = 3;

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (confirmed: boolean) => void;
}

interface UiState {
  screen: Screen;
  /** The audit the screens show; kept across reloads. */
  currentAuditId: string | null;
  notices: Notice[];
  confirmRequest: ConfirmRequest | null;
  /** The two waves the person chose to compare, by audit (the default pair where none is chosen). */
  wavePairs: Record<string, readonly [number, number]>;
  chooseWaves: (auditId: string, pair: readonly [number, number]) => void;
  /** Set by the menu's "New audit": the Audits screen opens its form. */
  newAuditRequested: boolean;
  requestNewAudit: () => void;
  clearNewAuditRequest: () => void;
  showScreen: (screen: Screen) => void;
  openAudit: (id: string | null) => void;
  notify: (kind: Notice['kind'], text: string, action?: Notice['action']) => void;
  dismissNotice: (id: number) => void;
  /** Asks the person to confirm; resolves true only on an explicit yes. */
  confirm: (request: Omit<ConfirmRequest, 'resolve'>) => Promise<boolean>;
  settleConfirm: (confirmed: boolean) => void;
}

const CURRENT_AUDIT_KEY = 'touchstone.currentAuditId';
const SCREEN_KEY = 'touchstone.screen';

/** A preference remembered in this browser profile; null when none is, or storage is refused. */
export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a preference (null forgets it); a refusal of storage only means it is not kept. */
export function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage can be refused (private mode); the app works without remembering.
  }
}

let nextNoticeId = 1;

/** UI state only: what is shown and selected. Records live in the database. */
export const useUi = create<UiState>()((set, get) => ({
  screen: (SCREENS as readonly string[]).includes(stored(SCREEN_KEY) ?? '')
    ? (stored(SCREEN_KEY) as Screen)
    : 'audits',
  currentAuditId: stored(CURRENT_AUDIT_KEY),
  notices: [],
  confirmRequest: null,
  newAuditRequested: false,
  wavePairs: {},
  chooseWaves: (auditId, pair) => set({ wavePairs: { ...get().wavePairs, [auditId]: pair } }),
  requestNewAudit: () => {
    store(SCREEN_KEY, 'audits');
    set({ screen: 'audits', newAuditRequested: true });
  },
  clearNewAuditRequest: () => set({ newAuditRequested: false }),
  showScreen: (screen) => {
    store(SCREEN_KEY, screen);
    // An error is about the screen it was raised on: it does not follow the person elsewhere.
    const notices =
      screen === get().screen ? get().notices : get().notices.filter((n) => n.kind !== 'error');
    set({ screen, notices });
  },
  openAudit: (id) => {
    store(CURRENT_AUDIT_KEY, id);
    set({ currentAuditId: id });
  },
  notify: (kind, text, action) => {
    const id = nextNoticeId++;
    // The same message again is one notice, counted and moved to the newest place.
    const same = get().notices.find((n) => n.kind === kind && n.text === text);
    const others = get().notices.filter((n) => n !== same);
    const repeats = same ? (same.repeats ?? 1) + 1 : 1;
    const notice: Notice = {
      id,
      kind,
      text,
      ...(action ? { action } : {}),
      ...(repeats > 1 ? { repeats } : {}),
    };
    set({ notices: [...others.slice(-(MAX_NOTICES - 1)), notice] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  confirm: (request) =>
    new Promise<boolean>((resolve) => {
      get().confirmRequest?.resolve(false);
      set({ confirmRequest: { ...request, resolve } });
    }),
  settleConfirm: (confirmed) => {
    get().confirmRequest?.resolve(confirmed);
    set({ confirmRequest: null });
  },
}));
