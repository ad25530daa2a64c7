import { useEffect } from 'react';
import type { Audit } from '../../../../shared/domain';
import { useOpeners } from '../../stores/openers';
import { useUi } from '../../stores/ui';
import { shortcutKey } from '../i18n';
import { isEditingText } from '../undo';
import { CommandPalette } from './CommandPalette';
import type { FileCommands } from './palette-items';
import { ShortcutsDialog } from './ShortcutsDialog';

/**
 * The window's finding keys and what they open: Ctrl+K (⌘K) the command palette anywhere,
 * `?` outside a text field and F1 the current screen's shortcuts.
 */
export function FindHost({ audit, files }: { audit: Audit | null; files: FileCommands }) {
  const paletteOpen = useOpeners((s) => s.paletteOpen);
  const shortcutsOpen = useOpeners((s) => s.shortcutsOpen);
  const screen = useUi((s) => s.screen);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const openers = useOpeners.getState();
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && shortcutKey(e) === 'k') {
        e.preventDefault();
        e.stopPropagation();
        openers.setShortcuts(false);
        openers.setPalette(!openers.paletteOpen);
      } else if (
        e.key === 'F1' ||
        (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditingText(e.target))
      ) {
        e.preventDefault();
        e.stopPropagation();
        if (!openers.paletteOpen) openers.setShortcuts(true);
      }
    };
    // Capture: the keys work whatever has the focus, a grid that types into cells included.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <>
      {paletteOpen && <CommandPalette audit={audit} files={files} />}
      {shortcutsOpen && (
        <ShortcutsDialog
          screen={screen}
          onClose={() => useOpeners.getState().setShortcuts(false)}
        />
      )}
    </>
  );
}
