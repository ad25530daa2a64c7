import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';

/**
 * Evidence revisions: a number per audit that every write to its observations raises, in the
 * same transaction as the write, with the keys each of the latest writes touched. A copy of
 * an audit's evidence held elsewhere (the observation cache in memory, the stored score
 * snapshot) knows the revision it was read at, so it can tell in one small read whether it is
 * still exact, and which records to read again to make it so, without reading 200,000 records.
 *
 * Kept by a Dexie middleware, so no command, import, merge or undo can write evidence without
 * raising the revision: every read-write transaction that includes the observations table
 * includes the revisions table too.
 */

export const REVISIONS_TABLE = 'evidenceRevisions';
/** The row raised by writes whose audit cannot be told (a table cleared, a key range deleted). */
export const ANY_AUDIT = '*';

/** The row of one audit (or of ANY_AUDIT). */
export interface EvidenceRevision {
  auditId: string;
  revision: number;
  /** The latest writes, oldest first, with the observation keys each touched; null: not listed. */
  recent: { revision: number; keys: string[] | null }[];
}

/** The revisions a copy of an audit's evidence was read at. */
export interface EvidenceAt {
  audit: number;
  any: number;
}

/** How many keys the recent writes of a row list in all, and how many writes at most. */
const RECENT_KEYS = 2000;
const RECENT_WRITES = 100;

/** The revisions of an audit as read from its rows (a missing row is revision 0). */
export function evidenceAt(
  audit: EvidenceRevision | undefined,
  any: EvidenceRevision | undefined,
): EvidenceAt {
  return { audit: audit?.revision ?? 0, any: any?.revision ?? 0 };
}

export function sameEvidenceAt(a: EvidenceAt, b: EvidenceAt): boolean {
  return a.audit === b.audit && a.any === b.any;
}

/**
 * The observation keys written since `since` according to the rows, or 'all' when the rows
 * no longer list every write since then (or a write did not list its keys).
 */
export function keysWrittenSince(
  rows: readonly (EvidenceRevision | undefined)[],
  since: readonly number[],
): string[] | 'all' {
  const keys = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const from = since[i]!;
    if (!row || row.revision === from) continue;
    if (row.revision < from) return 'all';
    const missed = row.recent.length === 0 || row.recent[0]!.revision > from + 1;
    if (missed) return 'all';
    for (const write of row.recent) {
      if (write.revision <= from) continue;
      if (write.keys === null) return 'all';
      for (const key of write.keys) keys.add(key);
    }
  }
  return [...keys];
}

/** The next state of a row after a write that touched `keys` (null: not listed). */
export function raised(
  row: EvidenceRevision | undefined,
  auditId: string,
  keys: readonly string[] | null,
): EvidenceRevision {
  const revision = (row?.revision ?? 0) + 1;
  const recent = [
    ...(row?.recent ?? []),
    { revision, keys: keys && keys.length <= RECENT_KEYS ? [...keys] : null },
  ];
  let listed = recent.reduce((n, w) => n + (w.keys?.length ?? 0), 0);
  while (recent.length > RECENT_WRITES || listed > RECENT_KEYS) {
    listed -= recent.shift()!.keys?.length ?? 0;
  }
  return { auditId, revision, recent };
}

type Touched = Map<string, string[] | null>;

function add(touched: Touched, auditId: unknown, key: unknown) {
  const audit = typeof auditId === 'string' ? auditId : ANY_AUDIT;
  const keys = touched.get(audit);
  if (keys === null) return;
  if (typeof key !== 'string') touched.set(audit, null);
  else if (keys) keys.push(key);
  else touched.set(audit, [key]);
}

/** Which audits' evidence a write touches, and which keys: read before the write. */
async function touchedBy(req: DBCoreMutateRequest, table: DBCoreTable): Promise<Touched> {
  const touched: Touched = new Map();
  switch (req.type) {
    case 'add':
    case 'put':
      req.values.forEach((value: { auditId?: unknown; id?: unknown }, i) =>
        add(touched, value?.auditId, req.keys?.[i] ?? value?.id),
      );
      return touched;
    case 'delete': {
      // Deleting by audit (an audit deleted or replaced) names the audit; otherwise the
      // records are read first to learn theirs.
      const c = req.criteria;
      if (c?.index === 'auditId' && c.range.type === 1 && typeof c.range.lower === 'string') {
        touched.set(c.range.lower, null);
        return touched;
      }
      const before = await table.getMany({ trans: req.trans, keys: req.keys });
      before.forEach((value: { auditId?: unknown } | undefined, i) => {
        if (value) add(touched, value.auditId, req.keys[i]);
      });
      return touched;
    }
    case 'deleteRange':
      touched.set(ANY_AUDIT, null);
      return touched;
  }
}

/** Whether the transaction can write revisions (not while an older layout is upgraded). */
function hasRevisions(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return names?.contains(REVISIONS_TABLE) ?? false;
}

/**
 * The Dexie middleware that keeps the revisions; TouchstoneDb installs it. It sits below
 * Dexie's own middlewares, next to IndexedDB, so it sees every write as it is made.
 */
export const evidenceRevisionsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EvidenceRevisions',
  level: -5,
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('observations') && !stores.includes(REVISIONS_TABLE)
          ? [...stores, REVISIONS_TABLE]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'observations') return table;
      return {
        ...table,
        mutate: async (req) => {
          if (!hasRevisions(req.trans)) return table.mutate(req);
          const touched = await touchedBy(req, table);
          const result = await table.mutate(req);
          const revisions = down.table(REVISIONS_TABLE);
          for (const [auditId, keys] of touched) {
            const row = (await revisions.get({ trans: req.trans, key: auditId })) as
              EvidenceRevision | undefined;
            await revisions.mutate({
              trans: req.trans,
              type: 'put',
              values: [raised(row, auditId, keys)],
            });
          }
          return result;
        },
      };
    },
  }),
};
