import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { errorText } from './app/error-text';
import { initI18n, onUiLanguage, startLanguage, uiLanguage } from './app/i18n';
import { StartScreen } from './app/StartScreen';
import { startTeamSync } from './sync/manager';
import { db } from './db/db';
import { requestPersistentStorage, storeWatch } from './db/durability';
import { openStore, type StartWait } from './db/opening';
import { workBoard } from './db/work';
import { loadSampleAuditText } from './db/sample';
import { ensureSampleAudit } from './db/seed';
import { startAutomaticBackups } from './db/automatic-backups';
import { desktop } from './platform';
import { useUi } from './stores/ui';
import './app/styles.css';

const root = document.getElementById('root')!;

/**
 * Opens the store, loads the sample audit on first start, then shows the app. Until then the
 * start screen says what it waits for; a write a closed window cut short is said once more
 * when the app shows, with what became of it.
 */
async function start() {
  // The interface speaks the language chosen before, else the system's (Electron's or the browser's).
  const systemLocale = await desktop.appInfo().then(
    (info) => info.locale,
    () => navigator.language,
  );
  const i18n = await initI18n(startLanguage(systemLocale));
  // The application menu follows the interface language, not the system's. A menu left in the
  // system's language is no reason to stop the app, so a refusal is let go.
  onUiLanguage(
    (language) =>
      void Promise.resolve()
        .then(() => desktop.setLanguage(language))
        .catch(() => undefined),
  );
  // Every write is watched: the sidebar says when it is on disk, and a full disk is reported
  // once, whichever command hit it (the transaction it aborted changed nothing).
  storeWatch.onStorageFull = () => useUi.getState().notify('error', i18n.t('safety.storageFull'));
  db.use(storeWatch.middleware);
  void requestPersistentStorage();
  const view = createRoot(root);
  // A write remembered is one cut short, unless another window is still making it.
  const remembered = workBoard.interrupted();
  const busy = remembered !== null && (await workBoard.writingElsewhere());
  const interrupted = busy ? null : remembered;
  try {
    const show = (wait: StartWait) => view.render(<StartScreen wait={wait} t={i18n.t} />);
    await openStore(db, { interrupted, busy }, show);
    // The first reads wait for a write cut short (or another window's) to end, if there is one.
    if (!remembered) show({ kind: 'reading' });
    const sample = await ensureSampleAudit(db, loadSampleAuditText, uiLanguage());
    const ui = useUi.getState();
    if (sample) {
      ui.openAudit(sample.id);
      ui.showScreen('register');
    }
    else if (ui.currentAuditId && !(await db.audits.get(ui.currentAuditId))) ui.openAudit(null);
  } catch (error) {
    view.unmount();
    root.dataset.appState = 'error';
    root.textContent = i18n.t('app.startFailed', { message: errorText(error, i18n.t) });
    return;
  }
  if (interrupted) {
    workBoard.forgetInterrupted();
    const said = i18n.t(`progress.interrupted.${interrupted.kind}`, { name: interrupted.subject });
    useUi.getState().notify('info', said);
  }
  // Ready once the window is drawn and listens to its shortcuts, not when it is asked to draw:
  // what waits on this (tests, the benchmark) may press a key at once.
  const ready = () => {
    root.dataset.appState = 'ready';
  };
  // Connected audits replicate while the app runs (renderer/src/sync/).
  void startTeamSync().catch((error) => useUi.getState().notify('error', errorText(error, i18n.t)));
  view.render(
    <StrictMode>
      <App onReady={ready} />
    </StrictMode>,
  );
  startAutomaticBackups(
    { db, desktop, watch: storeWatch },
    {
      onError: (error) =>
        useUi.getState().notify(
          'error',
          i18n.t('safety.backups.failed', { message: errorText(error, i18n.t) }),
        ),
    },
  );
}

void start();
