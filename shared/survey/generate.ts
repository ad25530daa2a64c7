import type { Audit, AuditBundle, BrandPromise, Language, Touchpoint } from '../domain';
import { parseOrThrow } from '../domain/errors';
import { createTranslator } from '../i18n';
import { orderRegister, type RegisterRecords } from '../register/register-order';
import { scoreAudit, type AuditScores } from '../scoring';
import {
  questionNameFor,
  SurveyDefinitionSchema,
  type RatingScale,
  type SurveyDefinition,
  type SurveyTarget,
} from './definition';

/**
 * What a survey is made from: the audit and its register. The evidence is needed only to choose
 * the promises with the least customer voice when no scores are given: a whole bundle then.
 */
export type SurveySource = RegisterRecords & { audit: Pick<Audit, 'brand' | 'language'> };

const isBundle = (source: SurveySource): source is AuditBundle => 'observations' in source;

/** How many promise questions a survey gets when the team leaves the choice to Touchstone. */
export const DEFAULT_QUESTION_LIMIT = 6;

/** What a new survey is made of; everything but the id and the target has a default. */
export interface SurveyOptions {
  /** The survey's id: shared/ makes no ids, the caller does. */
  id: string;
  target: SurveyTarget;
  /**
   * Which promises are asked about: `least-voice` (the default) takes the target's promises with
   * the least customer-voice evidence, at most `limit` of them; `all` takes every one; a list
   * takes those promises (they must be the target's).
   */
  promises?: 'least-voice' | 'all' | readonly string[];
  limit?: number;
  scale?: RatingScale;
  nps?: boolean;
  /** The survey's language; the audit's report language unless given. */
  language?: Language;
  address?: string;
  /** The audit's scores when the caller holds them already (the app does). */
  scores?: AuditScores;
}

/** How a customer is asked about a promise: its customer wording, else its statement. */
export function customerWordingOf(promise: Pick<BrandPromise, 'customerWording' | 'statement'>): string {
  const wording = promise.customerWording.trim();
  return wording !== '' ? wording : promise.statement;
}

/** The touchpoints a target covers, in the journey's order. */
export function touchpointsOfTarget(bundle: RegisterRecords, target: SurveyTarget): Touchpoint[] {
  const { touchpoints } = orderRegister(bundle);
  switch (target.kind) {
    case 'audit':
      return touchpoints;
    case 'touchpoints': {
      const wanted = new Set(target.ids);
      return touchpoints.filter((t) => wanted.has(t.id));
    }
    case 'stage':
      return touchpoints.filter((t) => t.stageId === target.id);
    case 'channel':
      return touchpoints.filter((t) => t.channelId === target.id);
  }
}

/** The promises a target covers, in the register's order (touchpoints along the journey). */
export function promisesOfTarget(bundle: RegisterRecords, target: SurveyTarget): BrandPromise[] {
  const order = new Map(touchpointsOfTarget(bundle, target).map((t, i) => [t.id, i]));
  const { promises } = orderRegister(bundle);
  return promises
    .filter((p) => order.has(p.touchpointId))
    .sort((a, b) => order.get(a.touchpointId)! - order.get(b.touchpointId)!);
}

/**
 * The promises with the least customer voice first (survey, interview, review and complaint
 * evidence that counted), then the more important, then in the register's order: where the
 * audit most lacks the customer's own word.
 */
export function leastVoiceFirst(
  promises: readonly BrandPromise[],
  scores: AuditScores,
): BrandPromise[] {
  const voice = (p: BrandPromise) => scores.promises.get(p.id)?.customerVoice.count ?? 0;
  const rank = new Map(promises.map((p, i) => [p.id, i]));
  return [...promises].sort(
    (a, b) =>
      voice(a) - voice(b) || b.importance - a.importance || rank.get(a.id)! - rank.get(b.id)!,
  );
}

function chosenPromises(bundle: SurveySource, options: SurveyOptions): BrandPromise[] {
  const ofTarget = promisesOfTarget(bundle, options.target);
  const choice = options.promises ?? 'least-voice';
  if (choice === 'all') return ofTarget;
  if (choice === 'least-voice') {
    const scores = options.scores ?? (isBundle(bundle) ? scoreAudit(bundle) : null);
    if (!scores) throw new Error('generateSurvey: the scores, or the whole audit to score');
    const picked = new Set(
      leastVoiceFirst(ofTarget, scores)
        .slice(0, options.limit ?? DEFAULT_QUESTION_LIMIT)
        .map((p) => p.id),
    );
    return ofTarget.filter((p) => picked.has(p.id));
  }
  const wanted = new Set(choice);
  return ofTarget.filter((p) => wanted.has(p.id));
}

/** The survey's default title: the brand and what it is about, in the survey's language. */
function titleOf(bundle: SurveySource, target: SurveyTarget, language: Language): string {
  const { t } = createTranslator(language);
  const brand = bundle.audit.brand;
  const named = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((r) => r.id === id)?.name ?? '';
  let title: string;
  switch (target.kind) {
    case 'audit':
      title = t('survey.defaults.titleAudit', { brand });
      break;
    case 'stage':
      title = t('survey.defaults.title', { brand, name: named(bundle.stages, target.id) });
      break;
    case 'channel':
      title = t('survey.defaults.title', { brand, name: named(bundle.channels, target.id) });
      break;
    case 'touchpoints':
      title =
        target.ids.length === 1
          ? t('survey.defaults.title', { brand, name: named(bundle.touchpoints, target.ids[0]!) })
          : t('survey.defaults.titleMany', { brand, count: target.ids.length });
  }
  // A long brand or touchpoint name must not make the survey invalid: the title is cut to fit.
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/**
 * Generates a survey from an audit's promises: one rating question per chosen promise, in the
 * customer's words and named by the promise (questionNameFor), the NPS question, the open
 * invitation to criticise, and the card's invitation, all in the survey's language. The result
 * is checked by the survey's schema; a target with no promise to ask about is refused.
 */
export function generateSurvey(bundle: SurveySource, options: SurveyOptions): SurveyDefinition {
  const language = options.language ?? bundle.audit.language;
  const { t } = createTranslator(language);
  const brand = bundle.audit.brand;
  const questions = chosenPromises(bundle, options).map((p) => ({
    name: questionNameFor(p.id),
    promiseId: p.id,
    wording: customerWordingOf(p).slice(0, 2000),
  }));
  return parseOrThrow(
    SurveyDefinitionSchema,
    {
      id: options.id,
      version: 1,
      title: titleOf(bundle, options.target, language),
      language,
      scale: options.scale ?? 'csat',
      nps: options.nps ?? true,
      npsQuestion: t('survey.defaults.npsQuestion', { brand }).slice(0, 500),
      openQuestion: t('survey.defaults.openQuestion'),
      invitation: t('survey.defaults.invitation'),
      target: options.target,
      questions,
      address: options.address ?? '',
    },
    'survey',
  );
}
