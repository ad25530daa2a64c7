import { useTranslation } from 'react-i18next';
import type { find } from '../../../../shared/i18n/en/find';
import type { Screen } from '../../stores/ui';
import { Dialog } from '../components/Dialog';

type ShortcutLists = typeof find.shortcuts.lists;

/** Keys as this computer names them: Cmd where a Mac has it. */
function keysText(keys: string, mac: boolean): string {
  return mac ? keys.replace(/Ctrl\+/g, '⌘') : keys;
}

/**
 * `?` and F1: the current screen's keyboard shortcuts, then those that work everywhere. The
 * lists are the catalogues' (one per screen, in each language).
 */
export function ShortcutsDialog({ screen, onClose }: { screen: Screen; onClose: () => void }) {
  const { t } = useTranslation();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  // One list per screen, read whole from the catalogue of the interface's language.
  const entriesOf = (name: keyof ShortcutLists) =>
    t(`find.shortcuts.lists.${name}`, { returnObjects: true }) as ShortcutLists[typeof name];
  const list = (name: keyof ShortcutLists) => (
    <table className="table compact shortcuts-table">
      <thead>
        <tr>
          <th scope="col">{t('find.shortcuts.keysColumn')}</th>
          <th scope="col">{t('find.shortcuts.whatColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(entriesOf(name)).map(([id, entry]) => (
          <tr key={id}>
            <td className="nowrap">
              <kbd>{keysText(entry.keys, mac)}</kbd>
            </td>
            <td>{entry.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Dialog
      title={t('find.shortcuts.title')}
      onCancel={onClose}
      footer={
        <button type="button" className="primary" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <h3 className="shortcuts-heading">
        {t('find.shortcuts.here', { screen: t(`nav.${screen}`) })}
      </h3>
      {list(screen)}
      <h3 className="shortcuts-heading">{t('find.shortcuts.everywhere')}</h3>
      {list('everywhere')}
    </Dialog>
  );
}
