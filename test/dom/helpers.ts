import { createAudit } from '../../renderer/src/db/commands/audits';
import { createVisit } from '../../renderer/src/db/commands/fieldwork';
import { createRecord } from '../../renderer/src/db/commands/records';
import { TouchstoneDb } from '../../renderer/src/db/schema';
import type { ScoreEngine } from '../../renderer/src/db/scores/score-engine';
import { pngPixel } from '../support/photo-bytes';

/** A fresh database of its own for one test. */
export function freshDb(): TouchstoneDb {
  return new TouchstoneDb(`test-${crypto.randomUUID()}`);
}

/** An audit with one record of every kind, made through the commands. */
export async function auditWithOneOfEach(db: TouchstoneDb) {
  const audit = await createAudit(db, {
    name: 'Audit 2026',
    brand: 'Lumen',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    language: 'en',
  });
  const stage = await createRecord(db, 'stages', { auditId: audit.id, name: 'Buy', description: '', order: 0 });
  const channel = await createRecord(db, 'channels', { auditId: audit.id, name: 'Store', description: '', order: 0 });
  const touchpoint = await createRecord(db, 'touchpoints', {
    auditId: audit.id,
    stageId: stage.id,
    channelId: channel.id,
    name: 'Checkout',
    department: 'Retail operations',
    description: 'Paying at the till',
  });
  const promise = await createRecord(db, 'promises', {
    auditId: audit.id,
    touchpointId: touchpoint.id,
    statement: 'You never queue more than 5 minutes',
    source: 'advertising',
    kind: 'functional',
    importance: 5,
    target: { metric: 'Queue time', unit: 'min', direction: 'at-most', threshold: 5 },
    belief: 4,
  });
  const photo = await createRecord(db, 'photos', {
    auditId: audit.id,
    name: 'queue.png',
    type: 'image/png',
    data: pngPixel(),
  });
  // A completed visit: its checked line is its one observation.
  const visit = await createVisit(db, {
    auditId: audit.id,
    kind: 'mystery-shop',
    location: 'Warsaw – Mokotów',
    date: '2026-02-01',
    observer: 'Ola',
    scenario: 'Buy a kettle at lunchtime',
    wave: 1,
    status: 'completed',
    checklist: [
      { promiseId: promise.id, state: 'scored', score: null, measured: 9, note: 'Two tills closed', verbatim: '', photoIds: [photo.id] },
    ],
  });
  const observation = (await db.observations.where('visitId').equals(visit.id).first())!;
  const action = await createRecord(db, 'actions', {
    auditId: audit.id,
    promiseId: promise.id,
    touchpointId: null,
    title: 'Open a third till at lunchtime',
    currentState: { description: 'Queues of 9 minutes', score: 20 },
    futureState: { description: 'Under 5 minutes', targetScore: 75, targetDate: '2026-09-30' },
    cause: 'Lunch breaks overlap the peak',
    remedy: 'Stagger lunch breaks',
    prevention: 'Peak staffing in the rota template',
    owner: 'Store manager',
    dueDate: '2026-04-30',
    priority: 'high',
    effort: 'small',
    status: 'committed',
    doneAt: null,
  });
  return { audit, stage, channel, touchpoint, promise, photo, visit, observation, action };
}

/** Resolves at the engine's next announcement of new scores. */
export const nextScores = (engine: ScoreEngine) =>
  new Promise<void>((resolve) => {
    const listener = () => {
      engine.listeners.delete(listener);
      resolve();
    };
    engine.listeners.add(listener);
  });
