import { useTranslation } from 'react-i18next';
import { ACTION_EFFORTS } from '../../../../shared/domain';
import { IMPACT_BANDS, IMPACT_LEVELS } from '../../../../shared/plan';
import { formatNumber } from '../../app/format';
import type { PlanHandlers } from './NextStep';
import type { PlanRow } from './plan-rows';

/**
 * The plan on impact × effort: impact is the gap severity an action would close
 * (importance × the distance from its current score to its target), effort as stated.
 * High impact for small effort — the quick wins — is the top-left cell.
 */
export function ImpactMatrix({ rows, on }: { rows: PlanRow[]; on: PlanHandlers }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="plan-matrix-wrap">
      <p className="hint">
        {t('plan.matrix.explain', {
          high: formatNumber(IMPACT_BANDS.high, locale),
          medium: formatNumber(IMPACT_BANDS.medium, locale),
        })}
      </p>
      <table className="plan-matrix">
        <caption className="sr-only">{t('plan.tabs.matrix')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="plan-axis">{t('plan.matrix.axes')}</span>
            </th>
            {ACTION_EFFORTS.map((e) => (
              <th key={e} scope="col">
                {t('plan.matrix.effort', { effort: t(`plan.effort.${e}`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {IMPACT_LEVELS.map((level) => {
            const inLevel = rows.filter((r) => r.impact.level === level);
            if (level === 'unknown' && inLevel.length === 0) return null;
            return (
              <tr key={level}>
                <th scope="row">{t(`plan.impact.${level}`)}</th>
                {ACTION_EFFORTS.map((effort) => {
                  const cell = inLevel.filter((r) => r.action.effort === effort);
                  const quickWin = level === 'high' && effort === 'small';
                  return (
                    <td key={effort} className={quickWin ? 'plan-quick-win' : undefined}>
                      {quickWin && (
                        <span className="plan-cell-label">{t('plan.matrix.quickWins')}</span>
                      )}
                      <ul className="plan-matrix-list">
                        {cell.map((r) => (
                          <li key={r.id} className={r.overdue > 0 ? 'plan-row-overdue' : undefined}>
                            <button
                              type="button"
                              className="link"
                              title={r.title}
                              onClick={() => on.open(r.action)}
                            >
                              {r.title}
                            </button>
                            <span className="plan-matrix-facts muted">
                              {t(`actionStatus.${r.status}`)}
                              {r.impact.points !== null &&
                                ` · ${t('plan.matrix.points', { points: formatNumber(r.impact.points, locale) })}`}
                              {r.overdue > 0 && (
                                <span className="plan-overdue">
                                  {t('plan.overdue', { count: r.overdue })}
                                </span>
                              )}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
