import { describe, expect, it } from 'vitest';
import { db } from '../../renderer/src/db/db';
import { updateRecord } from '../../renderer/src/db/commands/records';
import { undoable, useHistory } from '../../renderer/src/stores/history';
import { auditWithOneOfEach } from './helpers';

describe('the history of an audit', () => {
  it('applies every undo pressed in quick succession, in order, none lost', async () => {
    const { audit, promise } = await auditWithOneOfEach(db);
    for (const importance of [4, 3, 2] as const)
      await undoable(audit.id, `importance ${importance}`, (journal) =>
        updateRecord(db, 'promises', promise.id, { importance }, journal),
      );
    const { undo } = useHistory.getState();
    // Not awaited one by one: the way keys arrive when someone presses Ctrl+Z three times.
    const labels = await Promise.all([undo(audit.id), undo(audit.id), undo(audit.id)]);
    expect(labels).toEqual(['importance 2', 'importance 3', 'importance 4']);
    expect((await db.promises.get(promise.id))?.importance).toBe(5);
    expect(await undo(audit.id)).toBeNull();

    const { redo } = useHistory.getState();
    await Promise.all([redo(audit.id), redo(audit.id)]);
    expect((await db.promises.get(promise.id))?.importance).toBe(3);
  });
});
