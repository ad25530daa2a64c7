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
}

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

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string | null) {
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
    set({ screen });
  },
  openAudit: (id) => {
    store(CURRENT_AUDIT_KEY, id);
    set({ currentAuditId: id });
  },
  notify: (kind, text, action) => {
    const id = nextNoticeId++;
    set({
      notices: [...get().notices.slice(-4), { id, kind, text, ...(action ? { action } : {}) }],
    });
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
