import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rankSearch, searchIndex } from '../../../../shared/search';
import { formatNumber } from '../format';
import './combobox.css';

/** One choice of a combobox: what it stands for, what it says, and what search reads. */
export interface ComboOption {
  value: string;
  label: string;
  /** A second line: where a promise is made (touchpoint · stage · channel). */
  detail?: string;
  /** The texts search reads, most telling first; the label and detail by default. */
  search?: readonly string[];
}

interface ComboboxProps {
  /** The input's id, for its <label htmlFor>. */
  id?: string;
  /** The field's name where no <label> names it. */
  ariaLabel?: string;
  options: readonly ComboOption[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** How many matches the list shows at once; typing narrows the rest. */
  limit?: number;
}

const LIMIT = 50;
const PAGE = 10;

/**
 * The one picker of promises and touchpoints: a text field that filters the choices as one
 * types (every word, in the statement, touchpoint, stage or channel — shared/search), in the
 * ARIA combobox pattern: ↓ and ↑ move, Enter chooses, Escape closes and keeps the choice.
 * At most `limit` matches are drawn, so a register of thousands stays quick.
 */
export function Combobox({
  id,
  ariaLabel,
  options,
  value,
  onChange,
  placeholder,
  disabled,
  autoFocus,
  invalid,
  describedBy,
  limit = LIMIT,
}: ComboboxProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const statusId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const index = useMemo(
    () => searchIndex(options, (o) => o.search ?? [o.label, o.detail]),
    [options],
  );
  const found = useMemo(() => rankSearch(index, query, limit), [index, query, limit]);
  const selected = useMemo(() => options.find((o) => o.value === value), [options, value]);
  const shown = found.items;
  const activeOption = open ? shown[Math.min(active, shown.length - 1)] : undefined;
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    if (!open) return;
    const el = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active]);

  const openList = (from: string) => {
    setOpen(true);
    // With nothing typed, the list opens on the current choice.
    const at = from ? 0 : options.findIndex((o) => o.value === value);
    setActive(Math.max(0, Math.min(at, limit - 1)));
  };
  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (option: ComboOption | undefined) => {
    if (!option) return;
    onChange(option.value);
    close();
  };
  const move = (by: number) =>
    setActive((i) => Math.max(0, Math.min(shown.length - 1, Math.min(i, shown.length - 1) + by)));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) openList(query);
      else if (!e.altKey) move(e.key === 'ArrowDown' ? 1 : -1);
      else if (e.key === 'ArrowUp') close();
    } else if (open && (e.key === 'PageDown' || e.key === 'PageUp')) {
      e.preventDefault();
      move(e.key === 'PageDown' ? PAGE : -PAGE);
    } else if (e.key === 'Enter' && open) {
      // Enter chooses here; it does not submit the form (or the row) around the field.
      e.preventDefault();
      e.stopPropagation();
      choose(activeOption);
    } else if (e.key === 'Escape' && open) {
      // Escape closes the list, not the dialog around it.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab' && open) close();
  };

  const text = open ? query : (selected?.label ?? '');
  const statusText =
    found.total === 0
      ? t('find.combobox.noMatch')
      : found.total > shown.length
        ? t('find.combobox.more', {
            count: found.total,
            n: formatNumber(found.total, i18n.language),
            shown: formatNumber(shown.length, i18n.language),
          })
        : t('find.combobox.count', {
            count: found.total,
            n: formatNumber(found.total, i18n.language),
          });

  return (
    <div className={`combobox${open ? ' open' : ''}`}>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={ariaLabel}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(shown.indexOf(activeOption)) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [describedBy, open ? statusId : undefined].filter(Boolean).join(' ') || undefined
        }
        value={text}
        placeholder={selected ? selected.label : placeholder}
        title={open ? undefined : selected?.label}
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          openList(e.target.value);
        }}
        onClick={() => !open && openList('')}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <div
        className="combobox-popup"
        hidden={!open}
        // A press on the list's scroll bar or its count keeps the focus (and the list) open.
        onMouseDown={(e) => e.preventDefault()}
      >
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          className="combobox-list"
          aria-label={placeholder}
        >
          {open &&
            shown.map((o, i) => (
              <li
                key={o.value}
                id={optionId(i)}
                role="option"
                aria-selected={o === activeOption}
                data-current={o.value === value || undefined}
                className="combobox-option"
                // Keep the focus in the field: the choice is made on the press.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
                onMouseMove={() => i !== active && setActive(i)}
              >
                <span className="combobox-label">{o.label}</span>
                {o.detail && <span className="combobox-detail">{o.detail}</span>}
              </li>
            ))}
        </ul>
        {open && (
          <p id={statusId} className="combobox-status" aria-live="polite">
            {statusText}
          </p>
        )}
      </div>
    </div>
  );
}
