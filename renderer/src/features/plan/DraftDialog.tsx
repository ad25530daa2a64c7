import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import {
  DRAFT_LIMIT,
  prefillAction,
  proposeDrafts,
  summarizeEvidence,
} from '../../../../shared/plan';
import { Dialog } from '../../app/components/Dialog';
import { formatNumber } from '../../app/format';
import { addDrafts, type ActionFields } from './plan-actions';
import { currentStateText } from './plan-text';
import type { PlanData } from './usePlan';

const LIMITS = [DRAFT_LIMIT, 10, 20] as const;

/**
 * "Draft from the gaps": proposes a draft action for each of the most severe gaps that have
 * no action yet (shared/plan/draft.ts); the consultant unticks what is not wanted and adds
 * the rest as proposed actions, to edit, merge or discard in the plan.
 */
export function DraftDialog({
  audit,
  plan,
  onDone,
}: {
  audit: Audit;
  plan: PlanData;
  onDone: (added: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const id = useId();
  const { register, scores, observations } = plan.scored;
  const [limit, setLimit] = useState<number>(DRAFT_LIMIT);
  const proposals = useMemo(
    () => proposeDrafts(scores, register.promises, plan.actions, limit),
    [scores, register.promises, plan.actions, limit],
  );
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const chosen = proposals.filter((p) => !dropped.has(p.promiseId));
  const promiseById = new Map(register.promises.map((p) => [p.id, p]));

  const add = async () => {
    const drafts: ActionFields[] = chosen.map((p) => {
      const link = { promiseId: p.promiseId, touchpointId: null };
      const summary = summarizeEvidence(
        link,
        scores,
        register.promises,
        observations,
        audit.scoring,
      );
      const prefill = prefillAction(link, scores, register.promises, register.touchpoints);
      return {
        promiseId: p.promiseId,
        touchpointId: null,
        title: t('plan.draft.actionTitle', { statement: prefill?.subject ?? '' }),
        currentState: {
          description: currentStateText(summary, 'promise', t, locale),
          score: prefill?.currentScore ?? Math.round(p.alignment * 10) / 10,
        },
        futureState: { description: '', targetScore: p.targetScore, targetDate: null },
        cause: '',
        remedy: '',
        prevention: '',
        owner: '',
        dueDate: null,
        priority: p.priority,
        effort: 'medium',
        status: 'proposed',
        doneAt: null,
      };
    });
    if (await addDrafts(audit, drafts)) onDone(drafts.length);
  };

  return (
    <Dialog
      title={t('plan.draft.title')}
      wide
      onCancel={() => onDone(0)}
      onSubmit={() => void add()}
      footer={
        <>
          <button type="button" onClick={() => onDone(0)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={chosen.length === 0}>
            {t('plan.draft.add', { count: chosen.length })}
          </button>
        </>
      }
    >
      <p>{t('plan.draft.intro')}</p>
      <div className="field plan-draft-limit">
        <label htmlFor={`${id}-limit`}>{t('plan.draft.limit')}</label>
        <select id={`${id}-limit`} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {LIMITS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {proposals.length === 0 ? (
        <p className="empty">{t('plan.draft.none')}</p>
      ) : (
        <ul className="plan-draft-list" aria-label={t('plan.draft.listLabel')}>
          {proposals.map((p) => {
            const promise = promiseById.get(p.promiseId);
            const tp = register.touchpointById.get(p.touchpointId);
            return (
              <li key={p.promiseId}>
                <label className="plan-draft-item">
                  <input
                    type="checkbox"
                    checked={!dropped.has(p.promiseId)}
                    onChange={(e) =>
                      setDropped((old) => {
                        const next = new Set(old);
                        if (e.target.checked) next.delete(p.promiseId);
                        else next.add(p.promiseId);
                        return next;
                      })
                    }
                  />
                  <span className="plan-draft-what">
                    <span className="statement">{promise?.statement}</span>
                    <span className="muted">
                      {t('plan.draft.facts', {
                        touchpoint: tp?.name ?? '',
                        alignment: formatNumber(p.alignment, locale),
                        severity: formatNumber(p.severity, locale),
                        importance: p.importance,
                        strength: t(`plan.strength.${p.strength}`),
                      })}
                    </span>
                  </span>
                  <span className={`plan-priority priority-${p.priority}`}>
                    {t(`priority.${p.priority}`)}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
