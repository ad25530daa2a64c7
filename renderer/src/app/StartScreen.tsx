import type { TFunction } from 'i18next';
import type { StartWait } from '../db/opening';

/** What the start screen says it waits for. */
export function startText(wait: StartWait, t: TFunction): string {
  switch (wait.kind) {
    case 'interrupted':
      return t(`progress.start.interrupted.${wait.write.kind}`, { name: wait.write.subject });
    default:
      return t(`progress.start.${wait.kind}`);
  }
}

/**
 * The window while the store opens, before the app can show anything of the audits: the
 * app's name, a moving bar and what it waits for (db/opening.ts), read out as it changes.
 */
export function StartScreen({ wait, t }: { wait: StartWait; t: TFunction }) {
  return (
    <div className="start" data-start={wait.kind}>
      <div className="start-panel">
        <p className="start-name">{t('app.name')}</p>
        <progress className="start-bar" aria-label={t('progress.bar')} />
        <p className="start-text" role="status" aria-live="polite">
          {startText(wait, t)}
        </p>
      </div>
    </div>
  );
}
