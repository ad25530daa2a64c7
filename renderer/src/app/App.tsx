import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../../shared/desktop-api';
import { useAudit } from '../db/queries';
import { AuditsScreen } from '../features/audits/AuditsScreen';
import { useAuditFileCommands } from './useAuditFileCommands';
import { ExportScreen } from '../features/export/ExportScreen';
import { FieldworkScreen } from '../features/fieldwork/FieldworkScreen';
import { PlanScreen } from '../features/plan/PlanScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { ScoresScreen } from '../features/scores/ScoresScreen';
import { desktop } from '../platform';
import { SCREENS, useUi, type Screen } from '../stores/ui';
import { AboutDialog } from './AboutDialog';
import { ConfirmDialog } from './components/ConfirmDialog';
import { NoAudit } from './components/NoAudit';
import { Notices } from './components/Notices';
import { Sidebar } from './Sidebar';
import { runMenuHistory, useUndoShortcuts } from './undo';
import type { Audit } from '../../../shared/domain';

const AUDIT_SCREENS: Record<
  Exclude<Screen, 'audits'>,
  (props: { audit: Audit }) => React.ReactNode
> = {
  register: RegisterScreen,
  fieldwork: FieldworkScreen,
  scores: ScoresScreen,
  plan: PlanScreen,
  export: ExportScreen,
};

/**
 * The window: sidebar, the current screen, and the dialogs and messages above them.
 * `onReady` is called once it is on screen and answers its shortcuts.
 */
export function App({ onReady }: { onReady?: () => void } = {}) {
  const screen = useUi((s) => s.screen);
  const showScreen = useUi((s) => s.showScreen);
  const currentAuditId = useUi((s) => s.currentAuditId);
  const audit = useAudit(currentAuditId);
  const { importFile, exportFile, openSystemFiles } = useAuditFileCommands();
  const [aboutOpen, setAboutOpen] = useState(false);
  useUndoShortcuts();

  // Ctrl+1…6 move between screens, as the sidebar shows.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const index = Number(e.key) - 1;
      const target = SCREENS[index];
      if (target) {
        e.preventDefault();
        showScreen(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showScreen]);

  useEffect(
    () =>
      desktop.onMenuCommand((command: MenuCommand) => {
        const ui = useUi.getState();
        if (command === 'new-audit') ui.requestNewAudit();
        else if (command === 'import-audit') void importFile();
        else if (command === 'export-audit' && ui.currentAuditId)
          void exportFile(ui.currentAuditId);
        else if (command === 'show-audits') ui.showScreen('audits');
        else if (command === 'show-about') setAboutOpen(true);
        else if (command === 'undo' || command === 'redo') runMenuHistory(command);
      }),
    [importFile, exportFile],
  );

  // Files the operating system asked the desktop app to open go to the import, which asks first.
  useEffect(() => desktop.onOpenFiles((files) => void openSystemFiles(files)), [openSystemFiles]);

  // Last of the effects, so that the shortcuts above are listening when it says so.
  useEffect(() => onReady?.(), [onReady]);

  const Current = screen === 'audits' ? null : AUDIT_SCREENS[screen];
  return (
    <div className="app">
      <Sidebar audit={audit ?? null} />
      <main className="main" id="main">
        {screen === 'audits' && <AuditsScreen />}
        {Current && audit && <Current audit={audit} />}
        {Current && audit === null && <NoAudit />}
      </main>
      <ConfirmDialog />
      <Notices />
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </div>
  );
}
