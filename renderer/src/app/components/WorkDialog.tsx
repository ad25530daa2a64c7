import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { workBoard, type WorkState } from '../../db/work';
import { formatNumber } from '../format';
import { Dialog } from './Dialog';

/** What the progress line says under the bar: records (or audits, for a backup) done of all. */
function countText(work: WorkState, t: TFunction, locale: string) {
  if (work.total === 0) return null;
  if (work.kind === 'backup') {
    // A backup counts audits: the one at hand is the next after those done.
    const at = Math.min(work.total, work.done + 1);
    return work.total > 1
      ? t('progress.audits', {
          done: formatNumber(at, locale),
          count: work.total,
          n: formatNumber(work.total, locale),
        })
      : null;
  }
  return t('progress.records', {
    done: formatNumber(work.done, locale),
    count: work.total,
    n: formatNumber(work.total, locale),
  });
}

/** What Cancel does at this step, said before it is pressed, or why it is off. */
function hintKey(work: WorkState) {
  if (work.cancellable)
    return work.kind === 'backup'
      ? ('progress.hint.backup' as const)
      : ('progress.hint.before' as const);
  return work.step === 'save'
    ? ('progress.hint.saving' as const)
    : ('progress.hint.writing' as const);
}

function WorkProgress({ work }: { work: WorkState }) {
  const { t, i18n } = useTranslation();
  const title =
    work.kind === 'backup'
      ? work.subject
        ? t('progress.title.backupOf', { name: work.subject })
        : t('progress.title.backup')
      : t(`progress.title.${work.kind}`, { name: work.subject });
  const step = t(`progress.step.${work.kind}.${work.step}`);
  const counted = work.total > 0 && work.kind !== 'backup';
  const count = countText(work, t, i18n.language);
  const cancel = () => workBoard.cancel(work.id);
  return (
    <Dialog
      title={title}
      className="work-dialog"
      onCancel={cancel}
      footer={
        <button
          type="button"
          onClick={cancel}
          disabled={!work.cancellable || work.cancelling}
          autoFocus
        >
          {work.cancelling ? t('progress.cancelling') : t('common.cancel')}
        </button>
      }
    >
      <div className="work" data-work-step={work.step} data-work-kind={work.kind}>
        <p className="work-step" aria-live="polite">
          {step}
          {count && <span className="work-count">{count}</span>}
        </p>
        <progress
          aria-label={t('progress.bar')}
          max={counted ? work.total : undefined}
          value={counted ? work.done : undefined}
          aria-valuetext={count ?? step}
        />
        <p className="field-hint">{t(hintKey(work))}</p>
      </div>
    </Dialog>
  );
}

/**
 * The work under way (db/work.ts), shown while it runs: what it is doing, how far along it
 * is, and Cancel (or Escape) while nothing has been written yet. It appears a moment
 * after the work starts (styles.css), so a small file's import does not flash it.
 */
export function WorkDialog() {
  const works = useSyncExternalStore(workBoard.subscribe, workBoard.getSnapshot);
  const work = works.at(-1);
  return work ? <WorkProgress key={work.id} work={work} /> : null;
}
