import { useTranslation } from 'react-i18next';
import type { ActionLink } from '../../../../shared/plan';
import { useOpeners } from '../../stores/openers';

/**
 * "Plan an action" where a gap is seen: opens the plan's action form over the screen, with
 * the promise (or touchpoint), its current state from the evidence and its gap filled in.
 */
export function PlanActionButton({
  link,
  subject,
  className = 'link plan-action',
  disabled,
  label,
}: {
  link: ActionLink | null;
  /** The statement or name the button's accessible name quotes. */
  subject?: string;
  className?: string;
  disabled?: boolean;
  /** The visible words, when not "Plan an action". */
  label?: string;
}) {
  const { t } = useTranslation();
  const planAction = useOpeners((s) => s.planAction);
  return (
    <button
      type="button"
      className={className}
      disabled={disabled || !link}
      aria-label={subject ? t('find.planAction.buttonFor', { statement: subject }) : undefined}
      onClick={() => link && planAction(link)}
    >
      {label ?? t('find.planAction.button')}
    </button>
  );
}
