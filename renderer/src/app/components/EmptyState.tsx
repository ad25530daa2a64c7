import { useId } from 'react';

/** One thing the person can do next, as a button. */
export interface NextStep {
  label: string;
  run: () => void;
  primary?: boolean;
  disabled?: boolean;
}

/**
 * What a screen shows where its records are still missing: what is missing, why it matters,
 * and the next step as buttons that start it. `compact` sits above content that is still
 * shown (a table with no rows yet, scores with no evidence).
 */
export function EmptyState({
  title,
  body,
  steps,
  compact = false,
}: {
  title: string;
  body: string;
  steps: NextStep[];
  compact?: boolean;
}) {
  const id = useId();
  return (
    <section className={compact ? 'next-step next-step-compact' : 'next-step'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{body}</p>
      <div className="toolbar">
        {steps.map((step) => (
          <button
            key={step.label}
            type="button"
            className={step.primary ? 'primary' : undefined}
            disabled={step.disabled}
            onClick={step.run}
          >
            {step.label}
          </button>
        ))}
      </div>
    </section>
  );
}
