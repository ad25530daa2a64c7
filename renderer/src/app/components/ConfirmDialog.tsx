import { useTranslation } from 'react-i18next';
import { useUi } from '../../stores/ui';
import { Dialog } from './Dialog';

/** The one confirmation dialog, driven by `useUi().confirm`. */
export function ConfirmDialog() {
  const { t } = useTranslation();
  const request = useUi((s) => s.confirmRequest);
  const settle = useUi((s) => s.settleConfirm);
  if (!request) return null;
  return (
    <Dialog
      title={request.title}
      role="alertdialog"
      onCancel={() => settle(false)}
      onSubmit={() => settle(true)}
      footer={
        <>
          <button type="button" onClick={() => settle(false)} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className={request.danger ? 'danger' : 'primary'}>
            {request.confirmLabel}
          </button>
        </>
      }
    >
      <p>{request.body}</p>
    </Dialog>
  );
}
