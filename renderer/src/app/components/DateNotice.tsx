import { useTranslation } from 'react-i18next';
import type { EvidenceDateNotice } from '../../../../shared/fieldwork/evidence-date';
import { formatDay } from '../format';

/**
 * What the date of new evidence will change, said beside the date (shared/fieldwork/
 * evidence-date.ts decides when). While the person has been asked and not yet confirmed, it is
 * an alert, which a screen reader reads at once.
 */
export function DateNotice({
  notice,
  asking,
  id,
}: {
  notice: EvidenceDateNotice | null;
  asking: boolean;
  id?: string;
}) {
  const { t, i18n } = useTranslation();
  if (!notice) return null;
  const day = (d: string) => formatDay(d, i18n.language);
  const text =
    notice.kind === 'future'
      ? t('fieldwork.dateNotice.future', { today: day(notice.today) })
      : notice.kind === 'beforePeriod'
        ? t('fieldwork.dateNotice.beforePeriod', { start: day(notice.periodStart) })
        : notice.expected
          ? t('fieldwork.dateNotice.afterPeriodExpected', { end: day(notice.periodEnd) })
          : t('fieldwork.dateNotice.afterPeriod', { end: day(notice.periodEnd) });
  return (
    <p
      id={id}
      className={asking ? 'field-warning asking' : 'field-hint'}
      role={asking ? 'alert' : 'status'}
    >
      {text}
    </p>
  );
}
