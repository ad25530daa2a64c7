import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Buttons at the bottom; a submit button submits `onSubmit`. */
  footer: ReactNode;
  onCancel: () => void;
  onSubmit?: () => void;
  role?: 'dialog' | 'alertdialog';
  /** A wider dialog, for previews and tables. */
  wide?: boolean;
  /** Another class beside `dialog`, for a dialog of its own look. */
  className?: string;
}

/** A modal dialog on the native <dialog>: focus stays inside, Escape cancels. */
export function Dialog({
  title,
  children,
  footer,
  onCancel,
  onSubmit,
  role = 'dialog',
  wide = false,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={['dialog', wide && 'dialog-wide', className].filter(Boolean).join(' ')}
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-footer">{footer}</div>
      </form>
    </dialog>
  );
}
