import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { storeWatch } from '../db/durability';

/**
 * Whether what the person did is on disk: "Saving…" while a write is in flight, "All
 * changes saved" once none is, "Not saved" after storage refused one. Every edit is written
 * when its field is left, so once this says saved, a reload or a crash loses nothing.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const health = useSyncExternalStore(storeWatch.subscribe, storeWatch.getSnapshot);
  const state = health.storageFull ? 'failed' : health.pendingWrites > 0 ? 'saving' : 'saved';
  return (
    <p className={`save-status save-${state}`} data-save-state={state}>
      {state === 'failed'
        ? t('safety.notSaved')
        : state === 'saving'
          ? t('safety.saving')
          : t('safety.saved')}
    </p>
  );
}
