import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus, Audit } from '../../../../shared/domain';
import { isOpen } from '../../../../shared/plan';
import { useOpenRequest } from '../../stores/openers';
import { useUi } from '../../stores/ui';
import { ActionDialog, type ActionFormRequest } from './ActionDialog';
import { ActionsTable } from './ActionsTable';
import { BoardView } from './BoardView';
import { DraftDialog } from './DraftDialog';
import { EvidenceDialog } from './EvidenceDialog';
import { ImpactMatrix } from './ImpactMatrix';
import type { PlanHandlers } from './NextStep';
import { OwnersView } from './OwnersView';
import { exportPlanCsv, moveActions } from './plan-actions';
import { filterPlanRows, NO_FILTERS, type PlanFilters } from './plan-rows';
import { refusalText } from './plan-text';
import { PlanFiltersBar } from './PlanFiltersBar';
import { usePlan } from './usePlan';
import './plan.css';

const VIEWS = ['table', 'board', 'matrix', 'owners'] as const;
type View = (typeof VIEWS)[number];
type DialogState =
  | { kind: 'form'; request: ActionFormRequest }
  | { kind: 'draft' }
  | { kind: 'evidence'; action: Action }
  | null;

/** The plan: every gap turned into an action with an owner and a date, closed on new evidence. */
export function PlanScreen({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const plan = usePlan(audit);
  const [view, setView] = useState<View>('table');
  const [filters, setFilters] = useState<PlanFilters>(NO_FILTERS);
  const [dialog, setDialog] = useState<DialogState>(null);
  const rows = useMemo(() => (plan ? filterPlanRows(plan.rows, filters) : []), [plan, filters]);

  // An action, or a command, asked for elsewhere (the command palette) opens here.
  useOpenRequest('plan', !!plan, (request) => {
    if (request.kind === 'action') {
      const action = plan?.actions.find((a) => a.id === request.id);
      if (action) setDialog({ kind: 'form', request: { action } });
    } else if (request.kind === 'draft-actions') setDialog({ kind: 'draft' });
    else if (plan && plan.scored.register.touchpoints.length > 0)
      setDialog({ kind: 'form', request: { action: null } });
  });

  const handlers: PlanHandlers = {
    open: (action, status) => setDialog({ kind: 'form', request: { action, status } }),
    record: (action) => setDialog({ kind: 'evidence', action }),
    move: (actions: Action[], to: ActionStatus) => {
      if (!plan) return;
      void moveActions(audit, actions, to, plan.verifications, plan.today).then((refusals) => {
        const [only] = refusals;
        // One action refused for want of a remedy, an owner or a date: the form opens on it,
        // saying what is missing.
        if (actions.length === 1 && only && only.problems.every((p) => p.kind === 'missing')) {
          setDialog({
            kind: 'form',
            request: {
              action: only.action,
              status: to,
              refusal: refusalText(null, to, only.problems, t),
            },
          });
          return;
        }
        for (const r of refusals) notify('error', refusalText(r.action.title, to, r.problems, t));
      });
    },
  };

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next =
      VIEWS[
        (VIEWS.indexOf(view) + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length
      ]!;
    setView(next);
    document.getElementById(`plan-tab-${next}`)?.focus();
  };

  const counts = useMemo(() => {
    const all = plan?.rows ?? [];
    return {
      open: all.filter((r) => isOpen(r.status)).length,
      overdue: all.filter((r) => r.overdue > 0).length,
      awaiting: all.filter((r) => r.verification.verdict === 'awaiting').length,
      thin: all.filter((r) => r.verification.verdict === 'thin').length,
      verified: all.filter((r) => r.status === 'verified' && r.verification.verdict === 'verified')
        .length,
      contradicted: all.filter((r) => r.verification.verdict === 'contradicted').length,
    };
  }, [plan]);

  return (
    <section className="screen plan" aria-labelledby="plan-title">
      <header className="screen-header">
        <div>
          <h1 id="plan-title">{t('plan.title')}</h1>
          <p className="subtitle">{t('plan.subtitle')}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={!plan}
            onClick={() => setDialog({ kind: 'draft' })}
          >
            {t('plan.draftButton')}
          </button>
          <button
            type="button"
            disabled={!plan || plan.scored.register.touchpoints.length === 0}
            onClick={() => setDialog({ kind: 'form', request: { action: null } })}
          >
            {t('plan.newAction')}
          </button>
          <button
            type="button"
            disabled={!plan || plan.actions.length === 0}
            onClick={() => plan && void exportPlanCsv(audit, plan.verifications, plan.today)}
          >
            {t('plan.exportCsv')}
          </button>
        </div>
      </header>
      {!plan && <p role="status">{t('plan.loading')}</p>}
      {plan && plan.actions.length === 0 && <p className="empty">{t('plan.empty')}</p>}
      {plan && plan.actions.length > 0 && (
        <>
          <ul className="plan-summary" aria-label={t('plan.summary.label')}>
            {(['open', 'overdue', 'awaiting', 'thin', 'contradicted', 'verified'] as const).map((k) => (
              <li key={k} className={`plan-summary-${k}${counts[k] > 0 ? ' some' : ''}`}>
                <strong>{counts[k]}</strong> {t(`plan.summary.${k}`, { count: counts[k] })}
              </li>
            ))}
          </ul>
          <PlanFiltersBar
            filters={filters}
            owners={plan.owners}
            shown={rows.length}
            total={plan.rows.length}
            onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
          />
          <div
            className="tabs"
            role="tablist"
            aria-label={t('plan.viewsLabel')}
            onKeyDown={onTabKey}
          >
            {VIEWS.map((k) => (
              <button
                key={k}
                id={`plan-tab-${k}`}
                type="button"
                role="tab"
                aria-selected={view === k}
                aria-controls={`plan-panel-${k}`}
                tabIndex={view === k ? 0 : -1}
                onClick={() => setView(k)}
              >
                {t(`plan.tabs.${k}`)}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`plan-panel-${view}`}
            aria-labelledby={`plan-tab-${view}`}
            className="plan-panel"
          >
            {rows.length === 0 && <p className="empty">{t('plan.noMatch')}</p>}
            {rows.length > 0 && view === 'table' && (
              <ActionsTable audit={audit} plan={plan} rows={rows} on={handlers} />
            )}
            {rows.length > 0 && view === 'board' && <BoardView rows={rows} on={handlers} />}
            {rows.length > 0 && view === 'matrix' && <ImpactMatrix rows={rows} on={handlers} />}
            {rows.length > 0 && view === 'owners' && (
              <OwnersView
                rows={rows}
                today={plan.today}
                onShowOwner={(owner) => {
                  setFilters((f) => ({ ...f, owner }));
                  setView('table');
                }}
              />
            )}
          </div>
        </>
      )}
      {plan && dialog?.kind === 'form' && (
        <ActionDialog
          audit={audit}
          plan={plan}
          request={dialog.request}
          onDone={() => setDialog(null)}
          onRecordEvidence={(action) => setDialog({ kind: 'evidence', action })}
        />
      )}
      {plan && dialog?.kind === 'draft' && (
        <DraftDialog audit={audit} plan={plan} onDone={() => setDialog(null)} />
      )}
      {plan && dialog?.kind === 'evidence' && (
        <EvidenceDialog
          audit={audit}
          plan={plan}
          action={dialog.action}
          onDone={() => setDialog(null)}
        />
      )}
    </section>
  );
}
