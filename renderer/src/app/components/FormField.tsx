// The one way a dialog's field says what it is and what is wrong with it: a label tied to the
// control, `aria-invalid` while the value is refused, and the error text linked to the control by
// `aria-describedby`. The error is one sentence the translator builds from the field's label and
// the problem ("Brand must not be empty", «Бренд»: …), never the two glued in English order.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a control takes from its field: its id and, while refused, the invalid state and error. */
export interface FieldControl {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** The id of a field's error text, from the id of its control. */
export const errorIdOf = (controlId: string) => `${controlId}-error`;

/** The ARIA attributes of a control whose field is refused (`invalid`): none while it is not. */
export function fieldAria(controlId: string, invalid: boolean): Omit<FieldControl, 'id'> {
  return invalid ? { 'aria-invalid': true, 'aria-describedby': errorIdOf(controlId) } : {};
}

/** The attributes of a field's control: its id and, while refused, its ARIA state. */
export function fieldControl(controlId: string, invalid: boolean): FieldControl {
  return { id: controlId, ...fieldAria(controlId, invalid) };
}

interface FieldErrorProps {
  /** The id of the control the error is about: the error takes the id its control points to. */
  controlId: string;
  /** The field's label, which the sentence names; leave it out when `problem` is a sentence. */
  label?: string;
  /** What is wrong: a rule the value breaks ("must not be empty"), or a whole sentence. */
  problem: string | null | undefined | false;
}

/** A field's error, said as one sentence in the interface's language, or nothing. */
export function FieldError({ controlId, label, problem }: FieldErrorProps) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <p className="field-error" id={errorIdOf(controlId)} role="alert">
      {label ? t('form.fieldProblem', { field: label, problem }) : problem}
    </p>
  );
}

interface FormFieldProps {
  label: string;
  /** What is wrong with the value, if anything: a rule it breaks, said with the label. */
  problem?: string | null | false;
  /** Or what is wrong as a whole sentence already ("A touchpoint needs a name."). */
  error?: string | null | false;
  /** The control's id, where another part of the dialog refers to it; made up otherwise. */
  id?: string;
  className?: string;
  /** The control, given its id and ARIA attributes. */
  children: (control: FieldControl) => ReactNode;
}

/** A labelled field of a dialog: label, control, and the error linked to it. */
export function FormField({ label, problem, error, id, className, children }: FormFieldProps) {
  const made = useId();
  const controlId = id ?? made;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId}>{label}</label>
      {children(fieldControl(controlId, !!(problem || error)))}
      {problem ? (
        <FieldError controlId={controlId} label={label} problem={problem} />
      ) : (
        <FieldError controlId={controlId} problem={error} />
      )}
    </div>
  );
}
