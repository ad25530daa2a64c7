import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../shared/domain';
import { neighbours } from '../../../../shared/plan';
import { formatDay } from '../../app/format';
import { Badges, type PlanHandlers } from './NextStep';
import type { PlanRow } from './plan-rows';

/** The plan by status: a column per step of the lifecycle, each card moved back or forward a step. */
export function BoardView({ rows, on }: { rows: PlanRow[]; on: PlanHandlers }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="plan-board">
      {ACTION_STATUSES.map((status) => {
        const cards = rows.filter((r) => r.status === status);
        const headingId = `plan-board-${status}`;
        return (
          <section key={status} className="plan-column" aria-labelledby={headingId}>
            <h2 id={headingId} className={`status-${status}`}>
              {t(`actionStatus.${status}`)} <span className="muted">{cards.length}</span>
            </h2>
            <ul className="plan-cards" aria-labelledby={headingId}>
              {cards.map((r) => {
                const a = r.action;
                const { back, forward } = neighbours(status);
                return (
                  <li key={r.id} className={`plan-card${r.overdue > 0 ? ' plan-row-overdue' : ''}`}>
                    <button
                      type="button"
                      className="link"
                      title={r.title}
                      onClick={() => on.open(a)}
                    >
                      {r.title}
                    </button>
                    <span className="plan-gap muted" title={r.gap}>
                      {r.gap}
                    </span>
                    <span className="plan-card-facts">
                      <span className={`plan-priority priority-${a.priority}`}>
                        {t(`priority.${a.priority}`)}
                      </span>
                      <span>{r.owner || t('plan.noOwner')}</span>
                      {r.dueDate && (
                        <span className={r.overdue > 0 ? 'plan-late' : ''}>
                          {formatDay(r.dueDate, i18n.language)}
                        </span>
                      )}
                    </span>
                    {(r.verification.verdict !== 'not-done' || r.overdue > 0) && (
                      <span className="plan-card-badges">
                        <Badges row={r} />
                      </span>
                    )}
                    <span className="plan-card-moves">
                      {back && (
                        <button
                          type="button"
                          className="ghost"
                          aria-label={t('plan.move.back', {
                            status: t(`plan.statusWord.${back}`),
                            title: r.title,
                          })}
                          title={t('plan.move.back', {
                            status: t(`plan.statusWord.${back}`),
                            title: r.title,
                          })}
                          onClick={() => on.move([a], back)}
                        >
                          ←
                        </button>
                      )}
                      {forward && (
                        <button
                          type="button"
                          className="ghost"
                          aria-label={t('plan.move.forward', {
                            status: t(`plan.statusWord.${forward}`),
                            title: r.title,
                          })}
                          title={t('plan.move.forward', {
                            status: t(`plan.statusWord.${forward}`),
                            title: r.title,
                          })}
                          onClick={() => on.move([a], forward)}
                        >
                          →
                        </button>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
