import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../shared/domain';
import { SaveStatus } from './SaveStatus';
import { SCREENS, useUi } from '../stores/ui';
import { LanguageSelect } from './LanguageSelect';

/** The sidebar: the app's name, the open audit, and the screens (Ctrl+1…6). */
export function Sidebar({ audit }: { audit: Audit | null }) {
  const { t } = useTranslation();
  const screen = useUi((s) => s.screen);
  const showScreen = useUi((s) => s.showScreen);
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <div className="current-audit" aria-live="polite">
        <div className="label">{t('app.currentAudit')}</div>
        <div className="value" title={audit?.name}>
          {audit ? audit.name : t('app.noAudit')}
        </div>
        {audit && <div className="brand-of-audit">{audit.brand}</div>}
      </div>
      <SaveStatus />
      <nav aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === s ? 'page' : undefined}
                onClick={() => showScreen(s)}
                title={t('nav.shortcut', { n: i + 1 })}
              >
                <span>{t(`nav.${s}`)}</span>
                <kbd aria-hidden="true">{i + 1}</kbd>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSelect />
    </aside>
  );
}
