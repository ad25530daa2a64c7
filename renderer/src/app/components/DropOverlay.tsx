import { useTranslation } from 'react-i18next';
import { TOUCHSTONE_EXTENSIONS } from '../../../../shared/formats/file-kind';

/** What the window shows while files are dragged over it: where they go, and which it takes. */
export function DropOverlay() {
  const { t } = useTranslation();
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <div className="drop-target">
        <p className="drop-title">{t('guide.drop.overlay')}</p>
        <p className="drop-hint">{t('guide.drop.overlayHint', TOUCHSTONE_EXTENSIONS)}</p>
      </div>
    </div>
  );
}
