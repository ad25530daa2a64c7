import type { TFunction } from 'i18next';
import type { BrandPromise, Observation } from '../../../../shared/domain';
import { CUSTOMER_VOICE_METHODS } from '../../../../shared/domain';
import {
  breakingPromises,
  informationGaps,
  KEPT_BELIEF,
  isKept,
  rubricToPoints,
  strengthPromises,
  type GroupScore,
} from '../../../../shared/scoring';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

/** A named set of promises behind a headline number. */
export type PromiseSet =
  | 'believedKept'
  | 'evidenceKept'
  | 'headlineBase'
  | 'notObserved'
  | 'thin'
  | 'gaps'
  | 'breaking'
  | 'strengths';

/** Where a number on the Scores screen comes from: the promises and evidence behind it. */
export type Scope = (
  | { kind: 'audit' }
  | { kind: 'stage'; id: string }
  | { kind: 'channel'; id: string }
  | { kind: 'touchpoint'; id: string }
  | { kind: 'cell'; stageId: string; channelId: string }
  | { kind: 'set'; set: PromiseSet }
) & {
  /** Only this side of the evidence. */
  side?: 'customerVoice' | 'operational';
  /** Only this wave's evidence. */
  wave?: number;
};

/** The promises a scope covers, in register order. */
export function scopePromises(scope: Scope, scored: ScoredAudit): BrandPromise[] {
  const { register, scores } = scored;
  const all = register.promises;
  const tp = register.touchpointById;
  switch (scope.kind) {
    case 'audit':
      return all;
    case 'stage':
      return all.filter((p) => tp.get(p.touchpointId)?.stageId === scope.id);
    case 'channel':
      return all.filter((p) => tp.get(p.touchpointId)?.channelId === scope.id);
    case 'touchpoint':
      return all.filter((p) => p.touchpointId === scope.id);
    case 'cell':
      return all.filter((p) => {
        const t = tp.get(p.touchpointId);
        return t?.stageId === scope.stageId && t.channelId === scope.channelId;
      });
    case 'set': {
      const score = (p: BrandPromise) => scores.promises.get(p.id);
      const byId = new Map(all.map((p) => [p.id, p]));
      const ranked = (ids: { promiseId: string }[]) =>
        ids.map((s) => byId.get(s.promiseId)).filter((p): p is BrandPromise => Boolean(p));
      switch (scope.set) {
        case 'believedKept':
          return all.filter((p) => {
            const s = score(p);
            return (
              s?.alignment != null && s.belief !== null && s.belief >= rubricToPoints(KEPT_BELIEF)
            );
          });
        case 'evidenceKept':
          return all.filter((p) => {
            const s = score(p);
            return s?.alignment != null && s.belief !== null && isKept(s.alignment);
          });
        case 'headlineBase':
          return all.filter((p) => {
            const s = score(p);
            return s?.alignment != null && s.belief !== null;
          });
        case 'notObserved':
          return all.filter((p) => score(p)?.alignment == null);
        case 'thin':
          return all.filter((p) => score(p)?.strength === 'thin');
        case 'gaps':
          return ranked(informationGaps(scores));
        case 'breaking':
          return ranked(breakingPromises(scores, Infinity));
        case 'strengths':
          return ranked(strengthPromises(scores, Infinity));
      }
    }
  }
}

/** The group score that a scope's headline number is, when it has one. */
export function scopeGroup(scope: Scope, scored: ScoredAudit): GroupScore | null {
  const scores =
    scope.wave === undefined
      ? scored.scores
      : scored.scores.waves.find((w) => w.wave === scope.wave);
  if (!scores) return null;
  switch (scope.kind) {
    case 'audit':
      return scores.audit;
    case 'stage':
      return scores.stages.get(scope.id) ?? null;
    case 'channel':
      return scores.channels.get(scope.id) ?? null;
    case 'touchpoint':
      return scores.touchpoints.get(scope.id) ?? null;
    case 'cell':
      return scope.wave === undefined
        ? (scored.scores.cells.get(`${scope.stageId}|${scope.channelId}`) ?? null)
        : null;
    case 'set':
      return null;
  }
}

/** The evidence behind a scope: its promises' observations, of one side or wave if asked. */
export function scopeObservations(
  scope: Scope,
  promises: readonly BrandPromise[],
  observations: readonly Observation[],
): Observation[] {
  const ids = new Set(promises.map((p) => p.id));
  const voice = new Set<string>(CUSTOMER_VOICE_METHODS);
  return observations.filter(
    (o) =>
      ids.has(o.promiseId) &&
      (scope.wave === undefined || o.wave === scope.wave) &&
      (scope.side === undefined || voice.has(o.method) === (scope.side === 'customerVoice')),
  );
}

/** What a scope is called, in words. */
export function scopeTitle(scope: Scope, scored: ScoredAudit, t: TFunction): string {
  const { register } = scored;
  let base: string;
  switch (scope.kind) {
    case 'audit':
      base = t('scores.scope.audit');
      break;
    case 'stage':
      base = register.stageById.get(scope.id)?.name ?? '';
      break;
    case 'channel':
      base = register.channelById.get(scope.id)?.name ?? '';
      break;
    case 'touchpoint':
      base = register.touchpointById.get(scope.id)?.name ?? '';
      break;
    case 'cell':
      base = t('scores.stageChannel', {
        stage: register.stageById.get(scope.stageId)?.name ?? '',
        channel: register.channelById.get(scope.channelId)?.name ?? '',
      });
      break;
    case 'set':
      base = t(`scores.scope.${scope.set}`);
      break;
  }
  if (scope.side) base = t(`scores.scope.${scope.side}`, { scope: base });
  if (scope.wave !== undefined) base = t('scores.scope.wave', { scope: base, n: scope.wave });
  return base;
}
