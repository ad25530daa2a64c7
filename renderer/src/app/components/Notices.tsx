import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi, type Notice } from '../../stores/ui';

const INFO_LIFETIME_MS = 6000;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useUi((s) => s.dismissNotice);
  useEffect(() => {
    // Errors stay until dismissed: they may need reading twice.
    if (notice.kind !== 'info') return;
    const timer = setTimeout(() => dismiss(notice.id), INFO_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <li
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      {notice.repeats && <span className="notice-repeats">×{notice.repeats}</span>}
      {notice.action && (
        <button
          type="button"
          className="notice-action"
          onClick={() => {
            dismiss(notice.id);
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="ghost"
        onClick={() => dismiss(notice.id)}
        aria-label={t('common.dismiss')}
      >
        ×
      </button>
    </li>
  );
}

/** Messages about what just happened, newest last. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  return (
    <ul className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </ul>
  );
}
