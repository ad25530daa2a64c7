import { useTranslation } from 'react-i18next';
import { CHILD_ENTITIES, type Audit } from '../../../../../shared/domain';
import { Dialog } from '../../../app/components/Dialog';
import { formatMoment } from '../../../app/format';
import { desktop } from '../../../platform';
import type { PendingRestore } from './restore-actions';

interface RestoreDialogProps {
  pending: PendingRestore;
  /** The audit the backup was made from, when it is still on this computer. */
  current: Audit | null;
  copyName: string;
  busy: boolean;
  onRestore: (how: 'new' | 'replace') => void;
  onCancel: () => void;
}

/**
 * What a backup holds and the two ways to restore it: beside the audit as a new one, or over
 * it — the second named for what it does and what it costs, which is its confirmation.
 */
export function RestoreDialog({
  pending,
  current,
  copyName,
  busy,
  onRestore,
  onCancel,
}: RestoreDialogProps) {
  const { t, i18n } = useTranslation();
  const { bundle, source } = pending;
  const contents = CHILD_ENTITIES.filter((n) => bundle[n].length > 0)
    .map((n) => t(`entity.${n}`, { count: bundle[n].length }))
    .join(', ');
  return (
    <Dialog
      title={t('safety.restore.title')}
      onCancel={onCancel}
      wide
      footer={
        <button type="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
      }
    >
      {source.kind === 'file' && <p>{t('safety.restore.fromFile', { name: source.name })}</p>}
      <p>
        {t('safety.restore.summary', {
          name: bundle.audit.name,
          brand: bundle.audit.brand,
          when: formatMoment(pending.writtenAt, i18n.language),
          contents: contents || t('safety.restore.empty'),
        })}
      </p>
      {current ? (
        <>
          <div className="restore-choice">
            <p>{t('safety.restore.asNewHint', { name: current.name, copy: copyName })}</p>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => onRestore('new')}
            >
              {t('safety.restore.asNew')}
            </button>
          </div>
          <div className="restore-choice danger-zone">
            <p>
              {t(
                desktop.kind === 'electron'
                  ? 'safety.restore.replaceHint'
                  : 'safety.restore.replaceHintBrowser',
                { name: current.name },
              )}
            </p>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => onRestore('replace')}
            >
              {t('safety.restore.replace', { name: current.name })}
            </button>
          </div>
        </>
      ) : (
        <div className="restore-choice">
          <p>{t('safety.restore.absentHint')}</p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => onRestore('new')}
          >
            {t('safety.restore.asItWas')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
