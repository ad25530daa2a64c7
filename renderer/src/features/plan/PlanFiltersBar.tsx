import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../../../shared/domain';
import { ownerKey, VERDICTS } from '../../../../shared/plan';
import { SearchBox } from '../../app/components/SearchBox';
import { NO_FILTERS, NO_OWNER, type PlanFilters } from './plan-rows';

/** The search and filters every view of the plan shares. */
export function PlanFiltersBar({
  filters,
  owners,
  shown,
  total,
  onChange,
}: {
  filters: PlanFilters;
  owners: string[];
  shown: number;
  total: number;
  onChange: (patch: Partial<PlanFilters>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const select = (
    name: keyof PlanFilters,
    label: string,
    value: string,
    set: (v: string) => void,
    options: [string, string][],
  ) => (
    <span className="plan-filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('plan.filters.any')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </span>
  );
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="plan-filters">
      <SearchBox
        value={filters.query}
        onChange={(query) => onChange({ query })}
        placeholder={t('plan.searchPlaceholder')}
      />
      <fieldset className="plan-filter-set">
        <legend className="sr-only">{t('plan.filters.label')}</legend>
        {select(
          'status',
          t('plan.filters.status'),
          filters.status,
          (status) => onChange({ status: status as PlanFilters['status'] }),
          ACTION_STATUSES.map((s) => [s, t(`actionStatus.${s}`)]),
        )}
        {select('owner', t('plan.filters.owner'), filters.owner, (owner) => onChange({ owner }), [
          ...owners.map((o): [string, string] => [ownerKey(o), o]),
          [NO_OWNER, t('plan.noOwner')],
        ])}
        {select(
          'priority',
          t('plan.filters.priority'),
          filters.priority,
          (priority) => onChange({ priority: priority as PlanFilters['priority'] }),
          [...ACTION_PRIORITIES].reverse().map((p) => [p, t(`priority.${p}`)]),
        )}
        {select(
          'verdict',
          t('plan.filters.verdict'),
          filters.verdict,
          (verdict) => onChange({ verdict: verdict as PlanFilters['verdict'] }),
          VERDICTS.filter((v) => v !== 'not-done').map((v) => [v, t(`plan.verdict.${v}`)]),
        )}
        <label className="plan-filter plan-filter-check">
          <input
            type="checkbox"
            checked={filters.overdueOnly}
            onChange={(e) => onChange({ overdueOnly: e.target.checked })}
          />
          {t('plan.filters.overdue')}
        </label>
        <span className="muted plan-count" aria-live="polite">
          {t('plan.count', { shown, total })}
        </span>
        {active && (
          <button type="button" className="ghost" onClick={() => onChange(NO_FILTERS)}>
            {t('plan.filters.clear')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
