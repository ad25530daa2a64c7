import { DEFAULT_SCORING_SETTINGS, type AuditBundle } from '../../shared/domain';
import { lineObservationId } from '../../shared/fieldwork/lines';
import { pngPixel } from './photo-bytes';

/** A small, valid audit bundle built in memory: one record of every kind, photo included. */
export function smallBundle(): AuditBundle {
  const id = () => crypto.randomUUID();
  const at = '2026-03-01T10:00:00.000Z';
  const auditId = id();
  const base = () => ({ id: id(), auditId, createdAt: at, updatedAt: at, version: 1 });
  const stage = { ...base(), name: 'Buy', description: '', order: 0 };
  const channel = { ...base(), name: 'Store', description: '', order: 0 };
  const touchpoint = { ...base(), stageId: stage.id, channelId: channel.id, name: 'Checkout', department: 'Retail', description: '' };
  const promise = {
    ...base(),
    touchpointId: touchpoint.id,
    statement: 'No queue over 5 minutes & "always" <smiling>',
    source: { kind: 'advertising' as const, text: '' },
    customerWording: '',
    kind: 'functional' as const,
    importance: 5,
    target: { metric: 'Queue', unit: 'min', direction: 'at-most' as const, threshold: 5 },
    belief: 4,
  };
  const photo = { ...base(), name: 'till.png', type: 'image/png' as const, data: pngPixel() };
  const visit = {
    ...base(),
    kind: 'field-check' as const,
    location: 'Kraków',
    date: '2026-03-02',
    observer: 'Ola',
    scenario: '',
    wave: 1,
    status: 'completed' as const,
    checklist: [
      { promiseId: promise.id, state: 'scored' as const, score: 2, measured: null, note: '', verbatim: 'Kolejka była długa 😀', photoIds: [photo.id] },
    ],
  };
  // The visit's checked line, and its one observation.
  const observation = {
    ...base(),
    id: lineObservationId(visit.id, promise.id),
    promiseId: promise.id,
    visitId: visit.id,
    method: 'field-check' as const,
    date: '2026-03-02',
    wave: 1,
    observer: 'Ola',
    location: 'Kraków',
    outcome: 'scored' as const,
    score: 2,
    measured: null,
    verbatim: 'Kolejka była długa 😀',
    note: '',
    photoIds: [photo.id],
    externalKey: null,
  };
  const action = {
    ...base(),
    promiseId: null,
    touchpointId: touchpoint.id,
    title: 'Open a third till',
    currentState: { description: '', score: 50 },
    futureState: { description: '', targetScore: 75, targetDate: null },
    cause: '',
    remedy: '',
    prevention: '',
    owner: '',
    dueDate: null,
    priority: 'medium' as const,
    effort: 'small' as const,
    status: 'proposed' as const,
    doneAt: null,
  };
  return {
    audit: {
      id: auditId,
      createdAt: at,
      updatedAt: at,
      version: 1,
      name: 'Audit',
      brand: 'Lumen',
      scope: '',
      periodStart: '2026-03-01',
      periodEnd: '2026-06-30',
      team: ['Ola'],
      language: 'pl',
      status: 'in-field',
      confidentiality: 'Confidential',
      scoring: structuredClone(DEFAULT_SCORING_SETTINGS),
    },
    stages: [stage],
    channels: [channel],
    touchpoints: [touchpoint],
    promises: [promise],
    observations: [observation],
    visits: [visit],
    actions: [action],
    photos: [photo],
    surveys: [],
    surveyImports: [],
  };
}
