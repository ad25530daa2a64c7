import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Observation } from '../../../../shared/domain';
import { queryWords, rankSearch, searchIndex } from '../../../../shared/search';
import { useAuditObservations } from '../../db/observation-cache';
import { useAuditRecords } from '../../db/queries';
import { useRegister } from '../../db/register';
import { useOpeners } from '../../stores/openers';
import { formatNumber } from '../format';
import {
  commandItems,
  observationItem,
  recordItems,
  type FileCommands,
  type PaletteItem,
} from './palette-items';
import './palette.css';

/** How many lines the palette draws; typing narrows the rest. */
const SHOWN = 40;
const SHOWN_EVIDENCE = 8;
/** Evidence is searched by its verbatim once the query has this many letters. */
const EVIDENCE_QUERY = 3;

/**
 * Ctrl+K: one field that finds screens, commands and the open audit's records — promises,
 * touchpoints, visits, actions, and evidence by its verbatim — ranked as one types by the
 * shared search rule. Keyboard only: ↑ ↓ move, Enter opens the record where it lives.
 */
export function CommandPalette({ audit, files }: { audit: Audit | null; files: FileCommands }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const close = () => useOpeners.getState().setPalette(false);
  const ref = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const titleId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const auditId = audit?.id ?? '';
  const register = useRegister(auditId);
  const visits = useAuditRecords(auditId, 'visits');
  const actions = useAuditRecords(auditId, 'actions');
  const wantsEvidence = !!audit && queryWords(query).join('').length >= EVIDENCE_QUERY;
  const { observations } = useAuditObservations(auditId, wantsEvidence);

  const index = useMemo(
    () =>
      searchIndex(
        [
          ...commandItems(t, audit?.id ?? null, files),
          ...(audit ? recordItems(t, locale, register, visits, actions) : []),
        ],
        (item) => item.search,
      ),
    [t, locale, audit, files, register, visits, actions],
  );
  const evidenceIndex = useMemo(
    () =>
      wantsEvidence && observations
        ? searchIndex(
            observations.filter((o) => o.verbatim.trim()),
            (o: Observation) => [o.verbatim],
          )
        : null,
    [wantsEvidence, observations],
  );
  const statementOf = useMemo(
    () => new Map((register?.promises ?? []).map((p) => [p.id, p.statement])),
    [register],
  );

  const found = useMemo(() => {
    const words = queryWords(query);
    // With nothing typed: the screens and commands, not every record.
    const main = words.length
      ? rankSearch(index, query, SHOWN)
      : rankSearch(
          index.filter((e) => e.item.kind === 'screen' || e.item.kind === 'command'),
          '',
          SHOWN,
        );
    const evidence = evidenceIndex
      ? rankSearch(evidenceIndex, query, SHOWN_EVIDENCE)
      : { items: [], total: 0 };
    const items: PaletteItem[] = [
      ...main.items,
      ...evidence.items.map((o) => observationItem(t, locale, o, statementOf)),
    ];
    return { items, more: main.total - main.items.length + evidence.total - evidence.items.length };
  }, [query, index, evidenceIndex, t, locale, statementOf]);

  const items = found.items;
  const current = Math.min(active, items.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    listRef.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    close();
    item.run();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: 8,
      PageUp: -8,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(items.length - 1, current + moves[e.key]!)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(items[current]);
    }
  };

  return (
    <dialog
      ref={ref}
      className="palette"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => e.target === ref.current && close()}
    >
      <h2 id={titleId} className="sr-only">
        {t('find.palette.title')}
      </h2>
      <input
        className="palette-input"
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-label={t('find.palette.label')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items[current] ? optionId(current) : undefined}
        placeholder={t('find.palette.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        className="palette-list"
        aria-label={t('find.palette.title')}
      >
        {items.map((item, i) => {
          const first = i === 0 || items[i - 1]!.kind !== item.kind;
          return (
            <li
              key={item.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`palette-item kind-${item.kind}${first ? ' first' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(item)}
              onMouseMove={() => i !== current && setActive(i)}
            >
              <span className="palette-kind">{t(`find.palette.group.${item.kind}`)}</span>
              <span className="palette-text">
                <span className="palette-label">{item.label}</span>
                {item.detail && <span className="palette-detail">{item.detail}</span>}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="palette-status" aria-live="polite">
        {items.length === 0
          ? t('find.palette.empty')
          : found.more > 0
            ? t('find.palette.more', { count: found.more, n: formatNumber(found.more, locale) })
            : !wantsEvidence && audit
              ? t('find.palette.moreObservations')
              : ''}
        <span className="palette-keys">{t('find.palette.keys')}</span>
      </p>
    </dialog>
  );
}
