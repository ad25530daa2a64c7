import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandPromise, ChecklistItem, RubricScore } from '../../../../shared/domain';
import { parseMeasured, scoreMeasured } from '../../../../shared/fieldwork/measure';
import { reasonText } from '../../app/error-text';
import { shortcutKey } from '../../app/i18n';
import { Thumbnail } from '../../app/components/photos';

export type ItemPatch = Partial<Omit<ChecklistItem, 'promiseId'>>;

interface ChecklistRowProps {
  index: number;
  item: ChecklistItem;
  promise: BrandPromise | undefined;
  place: string;
  readOnly: boolean;
  onChange: (patch: ItemPatch) => void;
  onPhotos: (files: File[]) => void;
  onMove: (delta: number) => void;
}

const SCORES: RubricScore[] = [0, 1, 2, 3, 4];

/**
 * One line of a visit's checklist. Focused, it takes single keys: 0–4 score it, N not
 * applicable, X could not check, Delete clears, M goes to the measured value, Enter to the
 * note, P picks photos; ↑ ↓ move between lines. Every change saves at once.
 */
export function ChecklistRow({
  index,
  item,
  promise,
  place,
  readOnly,
  onChange,
  onPhotos,
  onMove,
}: ChecklistRowProps) {
  const { t } = useTranslation();
  const measuredRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const rowRef = useRef<HTMLLIElement>(null);
  const [measuredText, setMeasuredText] = useState<string | null>(null);
  const [measuredError, setMeasuredError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const target = promise?.target ?? null;
  const rubric = (score: number) => t(`rubric.${score as RubricScore & 0}`);

  const onKey = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = shortcutKey(e);
    const act = (f: () => void) => {
      e.preventDefault();
      f();
    };
    if (key === 'arrowdown') return act(() => onMove(1));
    if (key === 'arrowup') return act(() => onMove(-1));
    if (readOnly) return;
    if (/^[0-4]$/.test(key))
      return act(() =>
        onChange({ state: 'scored', score: Number(key) as RubricScore, measured: null }),
      );
    if (key === 'n')
      return act(() => onChange({ state: 'not-applicable', score: null, measured: null }));
    if (key === 'x')
      return act(() => onChange({ state: 'could-not-check', score: null, measured: null }));
    if (key === 'delete' || key === 'backspace')
      return act(() => onChange({ state: 'pending', score: null, measured: null }));
    if (key === 'm' && target) return act(() => measuredRef.current?.focus());
    if (key === 'enter' || key === 'f2') return act(() => noteRef.current?.focus());
    if (key === 'p') return act(() => fileRef.current?.click());
  };

  const saveMeasured = () => {
    if (measuredText === null || !target) return;
    if (measuredText.trim() === '') {
      setMeasuredText(null);
      setMeasuredError(null);
      if (item.measured !== null) onChange({ state: 'pending', score: null, measured: null });
      return;
    }
    const parsed = parseMeasured(measuredText, target.unit);
    if (!parsed.ok) return setMeasuredError(reasonText(parsed, t));
    setMeasuredError(null);
    setMeasuredText(null);
    onChange({ state: 'scored', measured: parsed.value, score: null });
  };
  const saveNote = () => {
    if (note !== null && note !== item.note) onChange({ note });
    setNote(null);
  };
  const backToRow = () => rowRef.current?.focus();

  const derived = item.measured !== null && target ? scoreMeasured(item.measured, target) : null;
  const stateLabel =
    item.state === 'scored'
      ? item.score !== null
        ? `${item.score} ${rubric(item.score)}`
        : derived !== null
          ? `${derived} ${rubric(derived)}`
          : t('fieldwork.state.scored')
      : t(`fieldwork.state.${item.state}`);

  return (
    <li
      ref={rowRef}
      className={`check-row state-${item.state}${dropping ? ' dropping' : ''}`}
      tabIndex={0}
      data-index={index}
      aria-label={`${index + 1}. ${promise?.statement ?? ''} — ${stateLabel}`}
      onKeyDown={onKey}
      onDragOver={(e) => {
        if (readOnly || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        if (readOnly) return;
        e.preventDefault();
        setDropping(false);
        onPhotos([...e.dataTransfer.files]);
      }}
    >
      <div className="check-what">
        <span className="check-number">{index + 1}</span>
        <div>
          <p className="check-statement">{promise?.statement}</p>
          <p className="muted check-place">
            {place}
            {target &&
              ` · ${t('fieldwork.target', {
                metric: target.metric,
                direction: t(`fieldwork.direction.${target.direction}`),
                threshold: target.threshold,
                unit: target.unit,
              })}`}
          </p>
        </div>
        <span className={`check-state pill state-${item.state}`}>{stateLabel}</span>
      </div>
      <div className="check-answer">
        <div className="score-buttons" role="group" aria-label={t('fieldwork.score')}>
          {SCORES.map((s) => (
            <button
              key={s}
              type="button"
              tabIndex={-1}
              disabled={readOnly}
              className={`score-button score-${s}${item.state === 'scored' && (item.score ?? derived) === s ? ' chosen' : ''}`}
              aria-pressed={item.state === 'scored' && item.score === s}
              title={rubric(s)}
              onClick={() => onChange({ state: 'scored', score: s, measured: null })}
            >
              {s}
            </button>
          ))}
          <button
            type="button"
            tabIndex={-1}
            disabled={readOnly}
            className={item.state === 'not-applicable' ? 'chosen' : ''}
            aria-pressed={item.state === 'not-applicable'}
            onClick={() => onChange({ state: 'not-applicable', score: null, measured: null })}
          >
            {t('fieldwork.na')}
          </button>
          <button
            type="button"
            tabIndex={-1}
            disabled={readOnly}
            className={item.state === 'could-not-check' ? 'chosen' : ''}
            aria-pressed={item.state === 'could-not-check'}
            onClick={() => onChange({ state: 'could-not-check', score: null, measured: null })}
          >
            {t('fieldwork.cnc')}
          </button>
        </div>
        {target && (
          <label className="measured">
            <span>
              {target.unit
                ? t('fieldwork.measured', { unit: target.unit })
                : t('fieldwork.measuredNoUnit')}
            </span>
            <input
              ref={measuredRef}
              tabIndex={-1}
              disabled={readOnly}
              inputMode="decimal"
              value={measuredText ?? (item.measured !== null ? String(item.measured) : '')}
              aria-invalid={measuredError ? true : undefined}
              onChange={(e) => setMeasuredText(e.target.value)}
              onBlur={saveMeasured}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  saveMeasured();
                  backToRow();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setMeasuredText(null);
                  setMeasuredError(null);
                  backToRow();
                }
              }}
            />
            {derived !== null && item.score === null && (
              <span className="muted">
                {t('fieldwork.measuredScore', { score: derived, label: rubric(derived) })}
              </span>
            )}
            {measuredError && (
              <span className="field-error" role="alert">
                {measuredError}
              </span>
            )}
          </label>
        )}
      </div>
      <div className="check-extra">
        <textarea
          ref={noteRef}
          tabIndex={-1}
          rows={1}
          disabled={readOnly}
          aria-label={t('fieldwork.note')}
          placeholder={t('fieldwork.notePlaceholder')}
          value={note ?? item.note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              saveNote();
              backToRow();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setNote(null);
              backToRow();
            }
          }}
        />
        <div className="thumbs" role="group" aria-label={t('fieldwork.photos')}>
          {item.photoIds.map((id) => (
            <Thumbnail
              key={id}
              photoId={id}
              onRemove={
                readOnly
                  ? undefined
                  : () => onChange({ photoIds: item.photoIds.filter((p) => p !== id) })
              }
            />
          ))}
          {!readOnly && (
            <button
              type="button"
              tabIndex={-1}
              className="add-photo"
              onClick={() => fileRef.current?.click()}
            >
              {t('fieldwork.addPhoto')}
            </button>
          )}
          <input
            ref={fileRef}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            multiple
            hidden
            aria-label={t('fieldwork.addPhoto')}
            onChange={(e) => {
              onPhotos([...(e.target.files ?? [])]);
              e.target.value = '';
              backToRow();
            }}
          />
        </div>
      </div>
    </li>
  );
}
