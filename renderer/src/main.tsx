import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { db } from './db/db';
import { loadSampleAuditText } from './db/sample';
import { ensureSampleAudit } from './db/seed';
import { useUi } from './stores/ui';
import './app/styles.css';

const root = document.getElementById('root')!;

/** Opens the store, loads the sample audit on first start, then shows the app. */
async function start() {
  const i18n = await initI18n();
  try {
    await db.open();
    const sample = await ensureSampleAudit(db, loadSampleAuditText);
    const ui = useUi.getState();
    if (sample) {
      ui.openAudit(sample.id);
      ui.showScreen('register');
    }
    else if (ui.currentAuditId && !(await db.audits.get(ui.currentAuditId))) ui.openAudit(null);
  } catch (error) {
    root.dataset.appState = 'error';
    root.textContent = i18n.t('app.startFailed', { message: error instanceof Error ? error.message : String(error) });
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  root.dataset.appState = 'ready';
}

void start();
