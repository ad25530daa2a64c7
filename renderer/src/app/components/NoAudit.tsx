import { useTranslation } from 'react-i18next';
import { useUi } from '../../stores/ui';

/** What a screen that needs an audit shows when none is open. */
export function NoAudit() {
  const { t } = useTranslation();
  const showScreen = useUi((s) => s.showScreen);
  return (
    <div className="empty-state">
      <h2>{t('app.noAudit')}</h2>
      <p>{t('app.noAuditHint')}</p>
      <button type="button" className="primary" onClick={() => showScreen('audits')}>
        {t('app.goToAudits')}
      </button>
    </div>
  );
}
