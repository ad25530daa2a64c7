import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { PlanActionButton } from '../../app/components/PlanActionButton';
import { shortcutKey } from '../../app/i18n';
import { savePromiseField } from './promise-actions';
import type { RegisterData } from '../../db/register';

const POSITION_KEY = (auditId: string) => `touchstone.beliefSession.${auditId}`;
const RUBRIC = [0, 1, 2, 3, 4] as const;

/**
 * The workshop view: one promise at a time in large type. Keys 0–4 save the team's belief
 * at once and move on; the place is remembered so the session can be resumed.
 */
export function BeliefSession({
  audit,
  data,
  onClose,
}: {
  audit: Audit;
  data: RegisterData;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Walk the journey in order: stage by stage, touchpoint by touchpoint.
  const promises = useMemo(() => {
    const at = new Map(data.touchpoints.map((tp, i) => [tp.id, i]));
    return [...data.promises].sort(
      (a, b) => (at.get(a.touchpointId) ?? 0) - (at.get(b.touchpointId) ?? 0),
    );
  }, [data]);
  const ref = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(() => {
    const saved = localStorage.getItem(POSITION_KEY(audit.id));
    const at = saved ? promises.findIndex((p) => p.id === saved) : -1;
    if (at >= 0) return at;
    const firstUnset = promises.findIndex((p) => p.belief === null);
    return firstUnset >= 0 ? firstUnset : 0;
  });
  const [flash, setFlash] = useState(false);
  const current = promises[Math.min(index, promises.length - 1)];
  const done = useMemo(() => promises.filter((p) => p.belief !== null).length, [promises]);

  useEffect(() => ref.current?.focus(), []);
  useEffect(() => {
    if (current) localStorage.setItem(POSITION_KEY(audit.id), current.id);
  }, [audit.id, current]);

  const go = (to: number) => setIndex(Math.max(0, Math.min(promises.length - 1, to)));
  const nextUnset = () => {
    const after = promises.findIndex((p, i) => i > index && p.belief === null);
    const from = after >= 0 ? after : promises.findIndex((p) => p.belief === null);
    if (from >= 0) go(from);
  };
  const setBelief = async (value: string) => {
    if (!current) return;
    const ok = await savePromiseField(current, 'belief', value, t('register.columns.belief'));
    if (!ok) return;
    setFlash(true);
    setTimeout(() => setFlash(false), 600);
    if (value !== '') go(index + 1);
  };

  const touchpoint = current && data.touchpointById.get(current.touchpointId);
  return (
    <div
      ref={ref}
      className="belief-session"
      role="dialog"
      aria-modal="true"
      aria-label={t('register.session.title')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        if (/^[0-4]$/.test(e.key)) void setBelief(e.key);
        else if (e.key === 'Backspace' || e.key === 'Delete') void setBelief('');
        else if (e.key === 'ArrowRight' || e.key === 'PageDown') go(index + 1);
        else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(index - 1);
        else if (shortcutKey(e) === 'n') nextUnset();
        else if (e.key === 'Escape') onClose();
        else return;
        e.preventDefault();
      }}
    >
      <header className="session-header">
        <span>{t('register.session.title')}</span>
        <div
          className="session-progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={promises.length}
          aria-valuenow={done}
          aria-label={t('register.session.progress', { done, total: promises.length })}
        >
          <div style={{ width: `${promises.length ? (done / promises.length) * 100 : 0}%` }} />
        </div>
        <span>{t('register.session.progress', { done, total: promises.length })}</span>
        <button type="button" className="ghost" onClick={onClose}>
          {t('register.session.close')}
        </button>
      </header>
      {!current ? (
        <p className="session-statement">{t('register.session.empty')}</p>
      ) : (
        <div className="session-body">
          <p className="session-where">
            {t('register.session.position', { index: index + 1, total: promises.length })} ·{' '}
            {touchpoint?.name} · {touchpoint && data.stageById.get(touchpoint.stageId)?.name} ·{' '}
            {touchpoint && data.channelById.get(touchpoint.channelId)?.name}
          </p>
          <p className="session-statement">{current.statement}</p>
          <p className="session-question">{t('register.session.question')}</p>
          <div
            className="session-choices"
            role="radiogroup"
            aria-label={t('register.columns.belief')}
          >
            {RUBRIC.map((n) => (
              <button
                key={n}
                type="button"
                role="radio"
                aria-checked={current.belief === n}
                className={`session-choice rubric-${n}${current.belief === n ? ' chosen' : ''}`}
                onClick={() => void setBelief(String(n))}
              >
                <span className="key">{n}</span>
                {t(`rubric.${n}`)}
              </button>
            ))}
          </div>
          <p className="session-saved" aria-live="polite">
            {[
              flash ? t('register.session.saved') : '',
              done === promises.length ? t('register.session.done') : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
          <nav className="session-nav">
            <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
              ← {t('register.session.previous')}
            </button>
            <button type="button" onClick={() => void setBelief('')}>
              {t('register.session.clear')}
            </button>
            <button type="button" onClick={nextUnset} disabled={done === promises.length}>
              {t('register.session.nextUnset')} (N)
            </button>
            <button
              type="button"
              onClick={() => go(index + 1)}
              disabled={index >= promises.length - 1}
            >
              {t('register.session.next')} →
            </button>
            <PlanActionButton
              className=""
              link={{ promiseId: current.id, touchpointId: null }}
              subject={current.statement}
            />
          </nav>
        </div>
      )}
      <footer className="session-keys">{t('register.session.keys')}</footer>
    </div>
  );
}
