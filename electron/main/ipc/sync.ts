import type { SyncHttpResponse } from '../../../shared/desktop-api';
import { LocalizedError } from '../../../shared/domain';
import { authorizedRequest } from '../../../shared/sync/request';
import type { CredentialStore } from '../sync-credentials';
import type { IpcHandlers } from './register';

/** How long one replication request may take (a long-poll of the changes feed included). */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * `sync:set-credentials`, `sync:forget-credentials` and `sync:fetch`: replication runs in the
 * page (PouchDB beside the store), its requests to the server go out from here, so the page
 * never holds a password and its CSP reaches nothing but the app itself. Each request goes
 * only to its connection's server and database (shared/sync/request.ts); failures are said
 * without the credentials.
 */
export function createSyncHandlers(
  store: CredentialStore,
  send: typeof fetch = fetch,
): Pick<IpcHandlers, 'setSyncCredentials' | 'forgetSyncCredentials' | 'syncFetch'> {
  return {
    setSyncCredentials: (request) => store.set(request),
    forgetSyncCredentials: (connectionId) => store.forget(connectionId),
    syncFetch: async (request): Promise<SyncHttpResponse> => {
      const held = await store.get(request.connectionId);
      if (!held) throw new LocalizedError('errors.sync.noCredentials');
      const { url, init } = authorizedRequest(held, request);
      const response = await send(url, {
        ...init,
        redirect: 'error',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      return { status: response.status, headers, body: await response.text() };
    },
  };
}
