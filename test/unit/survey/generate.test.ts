import { describe, expect, it } from 'vitest';
import { ValidationError, type AuditBundle, type Observation } from '../../../shared/domain';
import { scoreAudit } from '../../../shared/scoring';
import { questionNameFor, SurveyDefinitionSchema } from '../../../shared/survey/definition';
import {
  customerWordingOf,
  DEFAULT_QUESTION_LIMIT,
  generateSurvey,
  promisesOfTarget,
} from '../../../shared/survey/generate';
import { sampleBundle } from '../report-docx';
import { checkoutSurvey, SURVEY_ID } from './sample-survey';

const surveyObservation = (bundle: AuditBundle, promiseId: string, n: number): Observation[] =>
  Array.from({ length: n }, (_, i) => ({
    ...bundle.observations[0]!,
    id: crypto.randomUUID(),
    promiseId,
    visitId: null,
    method: 'survey' as const,
    date: '2026-09-01',
    outcome: 'scored' as const,
    score: 3,
    measured: null,
    photoIds: [],
    note: `answer ${i}`,
  }));

describe('a survey generated from an audit', () => {
  it('asks, by default, about the touchpoint’s promises with the least customer voice', () => {
    const bundle = sampleBundle();
    // A stage with more promises than a survey takes by default.
    const stageId = [...new Set(bundle.touchpoints.map((t) => t.stageId))].find(
      (s) => promisesOfTarget(bundle, { kind: 'stage', id: s }).length > DEFAULT_QUESTION_LIMIT,
    )!;
    const promises = promisesOfTarget(bundle, { kind: 'stage', id: stageId });
    // Give every promise but the last two plenty of customer voice: those two must be asked.
    const quiet = promises.slice(-2).map((p) => p.id);
    for (const p of promises.slice(0, -2))
      bundle.observations.push(...surveyObservation(bundle, p.id, 20));
    const scores = scoreAudit(bundle);
    const survey = generateSurvey(bundle, {
      id: SURVEY_ID,
      target: { kind: 'stage', id: stageId },
    });
    expect(survey.questions).toHaveLength(DEFAULT_QUESTION_LIMIT);
    const asked = survey.questions.map((q) => q.promiseId);
    expect(asked).toEqual(expect.arrayContaining(quiet));
    const voice = (id: string) => scores.promises.get(id)?.customerVoice.count ?? 0;
    const most = Math.max(...asked.map(voice));
    // No promise left out has less customer voice than one asked about.
    for (const p of promises.filter((p) => !asked.includes(p.id)))
      expect(voice(p.id)).toBeGreaterThanOrEqual(most);
  });

  it('asks in the customer wording when a promise has one, else in its statement', () => {
    const bundle = sampleBundle();
    const survey0 = checkoutSurvey({}, bundle);
    const first = bundle.promises.find((p) => p.id === survey0.questions[0]!.promiseId)!;
    expect(survey0.questions[0]!.wording).toBe(first.statement);
    Object.assign(first, { customerWording: 'Did you wait less than five minutes to pay?' });
    expect(customerWordingOf(first)).toBe('Did you wait less than five minutes to pay?');
    expect(checkoutSurvey({}, bundle).questions[0]!.wording).toBe(
      'Did you wait less than five minutes to pay?',
    );
  });

  it('names each question after its promise, the same in every survey', () => {
    const survey = checkoutSurvey();
    for (const q of survey.questions) expect(q.name).toBe(questionNameFor(q.promiseId));
    const again = checkoutSurvey({ scale: 'rubric', nps: false });
    expect(again.questions.map((q) => q.name)).toEqual(survey.questions.map((q) => q.name));
    expect(survey.questions[0]!.name).toMatch(/^p[0-9a-f]{12}$/);
  });

  it('speaks the audit’s language, or the one asked for', () => {
    const bundle = sampleBundle();
    expect(checkoutSurvey({}, bundle).invitation).toBe('Unhappy? Tell us — it is how we improve.');
    const ru = checkoutSurvey({ language: 'ru' }, bundle);
    expect(ru.invitation).toBe('Недовольны? Скажите нам — так мы становимся лучше.');
    expect(ru.openQuestion).toMatch(/^Что мы обещали, но не сделали\?/);
    expect(ru.npsQuestion).toContain(bundle.audit.brand);
    const pl = checkoutSurvey({ language: 'pl' }, bundle);
    expect(pl.openQuestion).toMatch(/^Czego nie zrobiliśmy, choć obiecaliśmy\?/);
    expect(pl.title).toContain('Store checkout and payment');
  });

  it('refuses a target with no promise to ask about, and a broken survey, naming the field', () => {
    const bundle = sampleBundle();
    bundle.promises = [];
    expect(() => checkoutSurvey({}, bundle)).toThrow(ValidationError);
    const survey = checkoutSurvey();
    const twice = { ...survey, questions: [survey.questions[0]!, survey.questions[0]!] };
    const result = SurveyDefinitionSchema.safeParse(twice);
    expect(result.success).toBe(false);
    const bad = SurveyDefinitionSchema.safeParse({
      ...survey,
      address: 'javascript:alert(1)',
      questions: [{ ...survey.questions[0]!, name: 'nps' }],
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['address', 'questions.0.name']),
    );
  });
});
