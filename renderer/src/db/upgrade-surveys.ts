import type { Transaction } from 'dexie';
import { withExternalKey, withSourceAndWording } from '../../../shared/formats/record-upgrades';

type Raw = Record<string, unknown>;

/**
 * The store's upgrade to version 6, by the same steps as an audit file's from format 2
 * (shared/formats/record-upgrades.ts): a promise's source becomes a kind and the source's own
 * words, with an empty customer wording; an observation gets an external key (none), and so
 * do the versions of observations that field merges keep beside the current ones. The new
 * survey tables start empty.
 */
export async function upgradeToSurveys(tx: Transaction): Promise<void> {
  await tx
    .table('promises')
    .toCollection()
    .modify((p: Raw, ref: { value: unknown }) => {
      ref.value = withSourceAndWording(p);
    });
  await tx
    .table('observations')
    .toCollection()
    .modify((o: Raw) => {
      o.externalKey ??= null;
    });
  await tx
    .table('fieldSync')
    .toCollection()
    .modify((e: Raw) => {
      if (e.table !== 'observations') return;
      const others = (e.others ?? {}) as Record<string, unknown>;
      e.others = Object.fromEntries(
        Object.entries(others).map(([origin, r]) => [origin, withExternalKey(r)]),
      );
    });
}
