import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, JourneyStage } from '../../../../shared/domain';
import { addJourneyRecord, confirmAndDelete, editJourneyRecord, reorder } from './journey-actions';
import { nextOrder } from '../../db/register';

interface OrderedListProps {
  entity: 'stages' | 'channels';
  auditId: string;
  items: (JourneyStage | Channel)[];
  title: string;
  placeholder: string;
  empty: string;
  deleteTitle: (name: string) => string;
}

/**
 * An ordered list of stages or channels: add with Enter, rename in place, reorder by
 * dragging or with Alt+↑/↓, delete after being told what goes with it.
 */
export function OrderedList({
  entity,
  auditId,
  items,
  title,
  placeholder,
  empty,
  deleteTitle,
}: OrderedListProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; value: string } | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const add = async () => {
    if (!name.trim()) return;
    const created = await addJourneyRecord(
      entity,
      { auditId, name: name.trim(), description: '', order: nextOrder(items) },
      t('register.history.addItem', { list: title, name: name.trim() }),
    );
    if (created) setName('');
  };

  const move = async (id: string, to: number) => {
    const ids = items.map((i) => i.id).filter((x) => x !== id);
    ids.splice(Math.max(0, Math.min(ids.length, to)), 0, id);
    await reorder(
      entity,
      auditId,
      ids,
      `${title}: ${t('register.journey.reorderHint').split(',')[0]}`,
    );
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-id="${id}"]`)?.focus(),
    );
  };

  const rename = async () => {
    if (!renaming) return;
    const item = items.find((i) => i.id === renaming.id);
    if (!item || !renaming.value.trim()) return setRenaming(null);
    if (renaming.value.trim() !== item.name) {
      const ok = await editJourneyRecord(
        entity,
        item,
        { name: renaming.value.trim() },
        t('register.history.renameItem', { name: item.name }),
      );
      if (!ok) return;
    }
    setRenaming(null);
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-id="${item.id}"]`)?.focus(),
    );
  };

  const onItemKey = (
    e: KeyboardEvent<HTMLLIElement>,
    index: number,
    item: JourneyStage | Channel,
  ) => {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      void move(item.id, index + (e.key === 'ArrowUp' ? -1 : 1));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const sibling =
        e.key === 'ArrowUp'
          ? e.currentTarget.previousElementSibling
          : e.currentTarget.nextElementSibling;
      (sibling as HTMLElement | null)?.focus();
    } else if (e.key === 'F2' || e.key === 'Enter') {
      e.preventDefault();
      setRenaming({ id: item.id, value: item.name });
    } else if (e.key === 'Delete') {
      e.preventDefault();
      void confirmAndDelete(entity, item, deleteTitle(item.name));
    }
  };

  const onDrop = (e: DragEvent, index: number) => {
    e.preventDefault();
    if (dragged) void move(dragged, index);
    setDragged(null);
  };

  return (
    <section className="ordered-list" aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 && <p className="empty">{empty}</p>}
      <ol ref={listRef}>
        {items.map((item, index) => (
          <li
            key={item.id}
            data-id={item.id}
            tabIndex={0}
            draggable={!renaming}
            className={dragged === item.id ? 'dragging' : ''}
            aria-label={`${index + 1}. ${item.name}`}
            onKeyDown={(e) => onItemKey(e, index, item)}
            onDragStart={(e) => {
              setDragged(item.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, index)}
            onDragEnd={() => setDragged(null)}
          >
            <span className="drag-handle" aria-hidden="true">
              ⋮⋮
            </span>
            <span className="order">{index + 1}</span>
            {renaming?.id === item.id ? (
              <input
                autoFocus
                aria-label={t('register.journey.rename')}
                value={renaming.value}
                onChange={(e) => setRenaming({ id: item.id, value: e.target.value })}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  if (e.key === 'Enter') void rename();
                  if (e.key === 'Escape') setRenaming(null);
                }}
                onBlur={() => void rename()}
              />
            ) : (
              <span className="name">{item.name}</span>
            )}
            <span className="item-actions">
              <button
                type="button"
                className="ghost"
                tabIndex={-1}
                aria-label={`${t('register.journey.moveUp')}: ${item.name}`}
                disabled={index === 0}
                onClick={() => void move(item.id, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="ghost"
                tabIndex={-1}
                aria-label={`${t('register.journey.moveDown')}: ${item.name}`}
                disabled={index === items.length - 1}
                onClick={() => void move(item.id, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="ghost"
                tabIndex={-1}
                onClick={() => setRenaming({ id: item.id, value: item.name })}
              >
                {t('register.journey.rename')}
              </button>
              <button
                type="button"
                className="ghost danger-text"
                tabIndex={-1}
                onClick={() => void confirmAndDelete(entity, item, deleteTitle(item.name))}
              >
                {t('common.delete')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="hint">{t('register.journey.reorderHint')}</p>
      <input
        className="add-input"
        aria-label={placeholder}
        placeholder={placeholder}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void add();
          }
        }}
      />
    </section>
  );
}
