import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLabelKey, COLUMNS } from './promise-rows';
import type { PromiseTable } from './usePromiseTable';

/**
 * Shows and hides the table's columns (the promise itself always stays), and wraps the
 * statements so that each reads whole.
 */
export function ColumnsMenu({
  table,
  wrap,
  onWrap,
}: {
  table: PromiseTable;
  wrap: boolean;
  onWrap: (wrap: boolean) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="menu-anchor" ref={ref}>
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen(!open)}
      >
        {t('register.columnsButton')}
      </button>
      {open && (
        <fieldset
          className="popover"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <legend className="sr-only">{t('register.columnsButton')}</legend>
          <label className="check columns-wrap">
            <input type="checkbox" checked={wrap} onChange={(e) => onWrap(e.target.checked)} />
            {t('guide.register.wrap')}
          </label>
          {COLUMNS.filter((c) => c.id !== 'statement').map((spec) => {
            const column = table.getColumn(spec.id);
            return (
              <label key={spec.id} className="check">
                <input
                  type="checkbox"
                  checked={column?.getIsVisible() ?? false}
                  onChange={() => column?.toggleVisibility()}
                />
                {t(columnLabelKey(spec.id))}
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
