import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/desktop-api';
import { desktop } from '../platform';
import { Dialog } from './components/Dialog';

/** Name and version, from the desktop API. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void desktop.appInfo().then(setInfo);
  }, []);
  return (
    <Dialog
      title={t('about.title')}
      onCancel={onClose}
      onSubmit={onClose}
      footer={
        <button type="submit" className="primary" autoFocus>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('app.tagline')}</p>
      {info && (
        <p className="muted">
          {t('about.version', { version: info.version, platform: info.platform })}
        </p>
      )}
    </Dialog>
  );
}
