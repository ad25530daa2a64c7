import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface CellEditorProps {
  kind: 'text' | 'select' | 'number';
  label: string;
  initial: string;
  options?: readonly Option[];
  /** Saves the value; resolves false when it was refused (the editor then stays open). */
  onCommit: (value: string, move: 'down' | 'right' | 'left' | 'none') => Promise<boolean>;
  onCancel: () => void;
}

/**
 * The editor inside a table cell. Enter saves and moves down, Tab saves and moves across,
 * Escape leaves without saving; leaving the cell any other way saves, so nothing typed is lost.
 */
export function CellEditor({ kind, label, initial, options, onCommit, onCancel }: CellEditorProps) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const settled = useRef(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    if (element instanceof HTMLInputElement)
      element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const commit = async (next: string, move: 'down' | 'right' | 'left' | 'none') => {
    if (settled.current) return;
    settled.current = true;
    const ok = await onCommit(next, move);
    if (!ok) {
      settled.current = false;
      ref.current?.focus();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      settled.current = true;
      onCancel();
    } else if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey) {
      e.preventDefault();
      void commit(value, 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      void commit(value, e.shiftKey ? 'left' : 'right');
    }
  };

  const common = {
    ref,
    className: 'cell-editor',
    'aria-label': label,
    value,
    onKeyDown,
    onBlur: () => void commit(value, 'none'),
  };
  if (kind === 'select') {
    return (
      <select {...common} onChange={(e) => setValue(e.target.value)}>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type="text"
      inputMode={kind === 'number' ? 'decimal' : 'text'}
      onChange={(e) => setValue(e.target.value)}
    />
  );
}
