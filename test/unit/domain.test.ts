import { describe, expect, it } from 'vitest';
import {
  ActionSchema,
  AuditSchema,
  BrandPromiseSchema,
  DEFAULT_SCORING_SETTINGS,
  ObservationSchema,
  parseOrThrow,
  PhotoSchema,
  MAX_PHOTO_BYTES,
  ValidationError,
  VisitSchema,
  type SubjectName,
} from '../../shared/domain';

const id = () => crypto.randomUUID();
const at = '2026-03-01T10:00:00.000Z';
const base = () => ({ id: id(), auditId: id(), createdAt: at, updatedAt: at, version: 1 });

const promise = () => ({
  ...base(),
  touchpointId: id(),
  statement: 'We answer every call within 2 minutes',
  source: { kind: 'website', text: '' },
  customerWording: '',
  kind: 'functional',
  importance: 4,
  target: { metric: 'Answer time', unit: 's', direction: 'at-most', threshold: 120 },
  belief: 3,
});

const observation = () => ({
  ...base(),
  promiseId: id(),
  visitId: null,
  method: 'mystery-shop',
  date: '2026-03-02',
  wave: 1,
  observer: 'Ola',
  location: 'Kraków',
  outcome: 'scored',
  score: 2,
  measured: null,
  verbatim: '',
  note: '',
  photoIds: [],
  externalKey: null,
});

function messageOf(
  schema: Parameters<typeof parseOrThrow>[0],
  input: unknown,
  subject: SubjectName = 'record',
): string {
  try {
    parseOrThrow(schema, input, subject);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('the domain schemas', () => {
  it('accept well-formed records', () => {
    expect(BrandPromiseSchema.safeParse(promise()).success).toBe(true);
    expect(ObservationSchema.safeParse(observation()).success).toBe(true);
  });

  it('name the field and the rule that a promise breaks', () => {
    expect(messageOf(BrandPromiseSchema, { ...promise(), importance: 0 }, 'promises')).toBe(
      'Brand promise: importance must be between 1 and 5',
    );
    expect(messageOf(BrandPromiseSchema, { ...promise(), belief: 5 })).toBe('Record: belief must be between 0 and 4');
    expect(messageOf(BrandPromiseSchema, { ...promise(), statement: '   ' })).toBe('Record: statement is required');
    expect(messageOf(BrandPromiseSchema, { ...promise(), kind: 'magical' })).toBe(
      'Record: kind must be functional or emotional',
    );
    expect(
      messageOf(BrandPromiseSchema, { ...promise(), target: { metric: 'x', unit: 's', direction: 'up', threshold: 1 } }),
    ).toBe('Record: target.direction must be at-most or at-least');
    const { touchpointId: _gone, ...withoutTouchpoint } = promise();
    expect(messageOf(BrandPromiseSchema, withoutTouchpoint)).toBe('Record: touchpointId is missing');
  });

  it('refuse ids that are not UUIDs and dates that are not days', () => {
    expect(messageOf(ObservationSchema, { ...observation(), id: '42' })).toBe('Record: id must be a UUID');
    expect(messageOf(ObservationSchema, { ...observation(), date: '02/03/2026' })).toBe(
      'Record: date must be a date written YYYY-MM-DD',
    );
    expect(messageOf(ObservationSchema, { ...observation(), createdAt: 'yesterday' })).toBe(
      'Record: createdAt must be an ISO date-time',
    );
  });

  it('require a score or a measured value for a scored observation, and neither for one not checked', () => {
    expect(messageOf(ObservationSchema, { ...observation(), score: null })).toBe(
      'Record: score is required: give a score or a measured value',
    );
    expect(ObservationSchema.safeParse({ ...observation(), score: null, measured: 95 }).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...observation(), score: null, outcome: 'not-applicable' }).success).toBe(true);
    expect(messageOf(ObservationSchema, { ...observation(), score: 2.5 })).toBe('Record: score must be a whole number');
    expect(messageOf(ObservationSchema, { ...observation(), measured: Infinity, score: null })).toMatch(/measured/);
  });

  it('refuse control characters in text but keep tabs, newlines, emoji and right-to-left text', () => {
    expect(messageOf(ObservationSchema, { ...observation(), verbatim: 'bad\u0000byte' })).toBe(
      'Record: verbatim must not contain control characters',
    );
    const text = 'Line one\n\tLine two 😀 שלום عربي';
    expect(ObservationSchema.parse({ ...observation(), verbatim: text }).verbatim).toBe(text);
  });

  it('hold an action to "no excuses": committed needs a remedy, an owner and a due date', () => {
    const action = {
      ...base(),
      promiseId: id(),
      touchpointId: null,
      title: 'Staff the phones at lunchtime',
      currentState: { description: '', score: 20 },
      futureState: { description: '', targetScore: 75, targetDate: null },
      cause: 'Rota',
      remedy: '',
      prevention: '',
      owner: '',
      dueDate: null,
      priority: 'high',
      effort: 'small',
      status: 'proposed',
      doneAt: null,
    };
    expect(ActionSchema.safeParse(action).success).toBe(true);
    expect(messageOf(ActionSchema, { ...action, status: 'committed' }, 'actions')).toBe(
      'Action: remedy is required once the action is committed; owner is required once the action is committed; dueDate is required once the action is committed',
    );
    expect(messageOf(ActionSchema, { ...action, touchpointId: id() }, 'actions')).toBe(
      'Action: promiseId set either a promise or a touchpoint, not both or neither',
    );
  });

  it('refuse an audit period that ends before it starts, and scoring thresholds that fall', () => {
    const audit = {
      id: id(),
      createdAt: at,
      version: 1,
      updatedAt: at,
      name: 'Audit',
      brand: 'Brand',
      scope: '',
      periodStart: '2026-05-01',
      periodEnd: '2026-06-01',
      team: [],
      language: 'pl',
      status: 'draft',
      confidentiality: '',
      scoring: DEFAULT_SCORING_SETTINGS,
    };
    expect(AuditSchema.safeParse(audit).success).toBe(true);
    expect(messageOf(AuditSchema, { ...audit, periodEnd: '2026-04-01' }, 'audits')).toBe(
      'Audit: periodEnd must not be before the period start',
    );
    expect(messageOf(AuditSchema, { ...audit, language: 'de' }, 'audits')).toBe('Audit: language must be one of en, ru, pl');
    expect(
      messageOf(AuditSchema, { ...audit, scoring: { ...DEFAULT_SCORING_SETTINGS, strengthThresholds: { thin: 5, adequate: 3, strong: 8 } } }, 'audits'),
    ).toBe('Audit: scoring.strengthThresholds thresholds must rise: thin ≤ adequate ≤ strong');
  });

  it('point into a visit checklist by index', () => {
    const visit = {
      ...base(),
      kind: 'field-check',
      location: 'Store 12',
      date: '2026-03-02',
      observer: '',
      scenario: '',
      wave: 1,
      status: 'planned',
      checklist: [{ promiseId: id(), state: 'pending', score: null, measured: null, note: '', verbatim: '', photoIds: [] }, { promiseId: id(), state: 'scored', score: 9, measured: null, note: '', verbatim: '', photoIds: [] }],
    };
    expect(messageOf(VisitSchema, visit, 'visits')).toBe('Visit: checklist[1].score must be between 0 and 4');
  });

  it('cap the size of a photo', () => {
    const photo = { ...base(), name: 'big.jpg', type: 'image/jpeg', data: new Uint8Array(MAX_PHOTO_BYTES + 1) };
    expect(messageOf(PhotoSchema, photo, 'photos')).toBe('Photo: data must be at most 8 MB');
    expect(messageOf(PhotoSchema, { ...photo, data: new Uint8Array(1), type: 'image/svg+xml' }, 'photos')).toMatch(
      /^Photo: type must be one of image\/jpeg/,
    );
  });
});
