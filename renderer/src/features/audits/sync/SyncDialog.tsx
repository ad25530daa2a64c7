import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../../shared/domain';
import { Dialog } from '../../../app/components/Dialog';
import { errorText } from '../../../app/error-text';
import { FormField } from '../../../app/components/FormField';
import { connectTeamDatabase, reenterPassword } from '../../../sync/manager';
import { useUi } from '../../../stores/ui';

/** What the dialog is for: connecting an audit, joining a database, or a password again. */
export type SyncDialogMode =
  | { kind: 'connect'; audit: Audit }
  | { kind: 'join' }
  | { kind: 'password'; connectionId: string; database: string };

/** Server, database and credentials for a team database; the password never reaches the store. */
export function SyncDialog({ mode, onDone }: { mode: SyncDialogMode; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const [server, setServer] = useState('https://');
  const [database, setDatabase] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asksAll = mode.kind !== 'password';

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (mode.kind === 'password') await reenterPassword(mode.connectionId, password);
      else {
        await connectTeamDatabase({
          auditId: mode.kind === 'connect' ? mode.audit.id : null,
          server,
          database,
          username,
          password,
        });
        notify(
          'info',
          mode.kind === 'connect'
            ? t('sync.connected', { name: mode.audit.name, database })
            : t('sync.joining', { database }),
        );
      }
      onDone();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const title =
    mode.kind === 'connect'
      ? t('sync.connectTitle', { name: mode.audit.name })
      : mode.kind === 'join'
        ? t('sync.joinTitle')
        : t('sync.passwordTitle', { database: mode.database });
  return (
    <Dialog
      title={title}
      onCancel={onDone}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('sync.submit')}
          </button>
        </>
      }
    >
      {asksAll && (
        <>
          <FormField label={t('sync.server')} id="sync-server">
            {(control) => (
              <>
                <input
                  {...control}
                  type="url"
                  value={server}
                  autoComplete="url"
                  aria-describedby="sync-server-hint"
                  onChange={(e) => setServer(e.target.value)}
                />
                <p className="field-hint muted" id="sync-server-hint">
                  {t('sync.serverHint')}
                </p>
              </>
            )}
          </FormField>
          <FormField label={t('sync.database')} id="sync-database">
            {(control) => (
              <input
                {...control}
                value={database}
                autoCapitalize="off"
                spellCheck={false}
                onChange={(e) => setDatabase(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('sync.username')} id="sync-username">
            {(control) => (
              <input
                {...control}
                value={username}
                autoComplete="username"
                autoCapitalize="off"
                spellCheck={false}
                onChange={(e) => setUsername(e.target.value)}
              />
            )}
          </FormField>
        </>
      )}
      <FormField label={t('sync.password')} id="sync-password">
        {(control) => (
          <>
            <input
              {...control}
              type="password"
              value={password}
              autoComplete="current-password"
              aria-describedby="sync-password-hint"
              onChange={(e) => setPassword(e.target.value)}
            />
            <p className="field-hint muted" id="sync-password-hint">
              {t('sync.passwordHint')}
            </p>
          </>
        )}
      </FormField>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
