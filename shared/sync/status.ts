/**
 * What a connected audit's replication is doing, in terms a person can trust: in sync,
 * syncing (n of m), offline and retrying, or stopped by an error said in plain words.
 */

/** Why replication stopped or keeps failing, as a person would put it. */
export type SyncProblem =
  | 'wrongPassword'
  | 'noPermission'
  | 'unreachable'
  | 'diskFull'
  | 'noDatabase'
  | 'serverError'
  | 'noCredentials';

export type SyncState =
  | { kind: 'idle' }
  | { kind: 'in-sync' }
  | { kind: 'syncing'; done: number; total: number | null }
  | { kind: 'offline' }
  | { kind: 'error'; problem: SyncProblem };

/** A connection's status as the Audits screen shows it. */
export interface SyncStatus {
  state: SyncState;
  /** When replication last finished with nothing left to send or receive. */
  lastSyncAt: string | null;
  /** Local changes not yet sent to the server. */
  pending: number;
  /** Documents from the server set aside (malformed, or for a record this store refuses). */
  setAside: number;
}

/** What is known of a failure: an HTTP status and CouchDB's error, or a thrown error's name. */
export interface FailureFacts {
  status?: number;
  error?: string;
  reason?: string;
  name?: string;
  message?: string;
}

/**
 * The plain-words problem behind a replication failure. CouchDB answers 401 with "Name or
 * password is incorrect" to a wrong password and 401/403 "not authorized/allowed" to a user the
 * database's security object does not admit; a fetch that never reached the server throws a
 * TypeError (browsers) or a network error (Node); a full disk is CouchDB's 507, or the local
 * store's QuotaExceededError.
 */
export function classifyFailure(facts: FailureFacts): SyncProblem {
  // PouchDB's info() hands CouchDB's error body back without its status: read it by name.
  const byName: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };
  const f = { ...facts, status: facts.status ?? byName[facts.error ?? ''] };
  if (f.error === 'no_credentials') return 'noCredentials';
  const text = `${f.error ?? ''} ${f.reason ?? ''} ${f.message ?? ''}`.toLowerCase();
  if (
    f.name === 'QuotaExceededError' ||
    f.status === 507 ||
    /quota|insufficient_storage|no space/.test(text)
  )
    return 'diskFull';
  if (f.status === 401 && /password|name or password|credentials|login/.test(text))
    return 'wrongPassword';
  if (f.status === 401 || f.status === 403) return 'noPermission';
  if (f.status === 404) return 'noDatabase';
  if (f.status !== undefined && f.status >= 500) return 'serverError';
  return 'unreachable';
}

/** Whether a problem goes away by itself (the network comes back), so replication retries. */
export function isTransient(problem: SyncProblem): boolean {
  return problem === 'unreachable' || problem === 'serverError';
}
