import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { formatDay } from '../../app/format';
import { db } from '../../db/db';
import { completeVisit, reopenVisit, updateChecklistItem } from '../../db/commands/fieldwork';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { useRegister } from '../../db/register';
import { ChecklistRow, type ItemPatch } from './ChecklistRow';
import { readPhotoFiles, storePhotos } from '../../app/components/photos';
import { errorText, reasonText } from '../../app/error-text';

/** One visit, filled in line by line from the keyboard; each answer saves at once. */
export function VisitView({
  audit,
  visitId,
  onBack,
  onEdit,
}: {
  audit: Audit;
  visitId: string;
  onBack: () => void;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const confirm = useUi((s) => s.confirm);
  const visit = useLiveQuery(() => db.visits.get(visitId), [visitId]);
  const register = useRegister(audit.id);
  const listRef = useRef<HTMLOListElement>(null);
  const [busy, setBusy] = useState(false);

  // Start on the first line not yet checked.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !visit) return;
    const first = Math.max(
      0,
      visit.checklist.findIndex((i) => i.state === 'pending'),
    );
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${first}"]`);
    if (!row) return;
    started.current = true;
    row.focus();
  }, [visit, register]);

  if (visit === undefined || !register) return null;
  if (visit === null) return null;

  const readOnly = visit.status === 'completed';
  const done = visit.checklist.filter((i) => i.state !== 'pending').length;
  const label = t('fieldwork.historyCheck', { location: visit.location });
  const fail = (error: unknown) => notify('error', errorText(error, t));

  const change = (promiseId: string, patch: ItemPatch) =>
    undoable(audit.id, label, (journal) =>
      updateChecklistItem(db, visit.id, promiseId, patch, journal),
    ).catch(fail);

  const addPhotos = async (promiseId: string, files: File[]) => {
    if (files.length === 0) return;
    const { photos, refused } = await readPhotoFiles(files);
    if (refused.length > 0) return notify('error', refused.map((r) => reasonText(r, t)).join(' '));
    try {
      await undoable(audit.id, label, async (journal) => {
        const ids = await storePhotos(audit.id, photos, journal);
        const current = (await db.visits.get(visit.id))!.checklist.find(
          (i) => i.promiseId === promiseId,
        )!;
        await updateChecklistItem(
          db,
          visit.id,
          promiseId,
          { photoIds: [...current.photoIds, ...ids] },
          journal,
        );
      });
      notify('info', t('fieldwork.photoAdded', { name: photos.map((p) => p.name).join(', ') }));
    } catch (error) {
      fail(error);
    }
  };

  const move = (from: number, delta: number) => {
    const next = Math.min(visit.checklist.length - 1, Math.max(0, from + delta));
    listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
  };

  const complete = async () => {
    const pending = visit.checklist.length - done;
    if (
      pending > 0 &&
      !(await confirm({
        title: t('fieldwork.completeTitle', { count: pending }),
        body: t('fieldwork.completeBody'),
        confirmLabel: t('fieldwork.complete'),
        danger: false,
      }))
    )
      return;
    setBusy(true);
    try {
      const made = await undoable(audit.id, label, (journal) =>
        completeVisit(db, visit.id, journal),
      );
      notify('info', t('fieldwork.completed', { count: made }));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const reopen = async () => {
    setBusy(true);
    try {
      await undoable(audit.id, label, (journal) => reopenVisit(db, visit.id, journal));
      notify('info', t('fieldwork.reopened'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const promiseById = new Map(register.promises.map((p) => [p.id, p]));
  const place = (promiseId: string) => {
    const tp = register.touchpointById.get(promiseById.get(promiseId)?.touchpointId ?? '');
    return tp ? tp.name : '';
  };

  return (
    <section
      className="visit-view"
      aria-labelledby="visit-title"
      onKeyDown={(e) => e.key === 'Escape' && e.target === e.currentTarget && onBack()}
    >
      <div className="visit-head">
        <button type="button" className="link" onClick={onBack}>
          ← {t('fieldwork.back')}
        </button>
        <h2 id="visit-title">{visit.location}</h2>
        <p className="muted">
          {t(`fieldwork.visitKind.${visit.kind}`)} · {formatDay(visit.date, i18n.language)} ·{' '}
          {visit.observer || '—'} · {t('fieldwork.wave', { n: visit.wave })} ·{' '}
          {t(`fieldwork.visitStatus.${visit.status}`)}
        </p>
        {visit.scenario && <p className="visit-scenario">{visit.scenario}</p>}
        <div className="toolbar">
          <progress
            max={visit.checklist.length}
            value={done}
            aria-label={t('fieldwork.progress', { done, total: visit.checklist.length })}
          />
          <span role="status">
            {t('fieldwork.progress', { done, total: visit.checklist.length })}
          </span>
          {!readOnly && (
            <button type="button" onClick={onEdit}>
              {t('fieldwork.editDetails')}
            </button>
          )}
          {readOnly ? (
            <button type="button" onClick={() => void reopen()} disabled={busy}>
              {t('fieldwork.reopen')}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => void complete()}
              disabled={busy}
            >
              {t('fieldwork.complete')}
            </button>
          )}
        </div>
        {readOnly && <p className="muted">{t('fieldwork.completedNote')}</p>}
        <p className="keys-hint muted">{t('fieldwork.keysHint')}</p>
      </div>
      <ol className="checklist" ref={listRef} aria-label={t('fieldwork.checklistLabel')}>
        {visit.checklist.map((item, index) => (
          <ChecklistRow
            key={item.promiseId}
            index={index}
            item={item}
            promise={promiseById.get(item.promiseId)}
            place={place(item.promiseId)}
            readOnly={readOnly}
            onChange={(patch) => void change(item.promiseId, patch)}
            onPhotos={(files) => void addPhotos(item.promiseId, files)}
            onMove={(delta) => move(index, delta)}
          />
        ))}
      </ol>
    </section>
  );
}
