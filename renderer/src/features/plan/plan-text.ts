import type { TFunction } from 'i18next';
import type { ActionStatus } from '../../../../shared/domain';
import type {
  ActionPrefill,
  EvidenceSummary,
  TransitionProblem,
  Verification,
} from '../../../../shared/plan';
import { shownScore } from '../../../../shared/scoring';
import { formatDay, formatNumber } from '../../app/format';

/** A 0–100 score as the plan writes it, or the "not yet observed" words. */
export function scoreText(score: number | null, t: TFunction, locale: string): string {
  return score === null ? t('plan.notObserved') : formatNumber(score, locale);
}

/**
 * An action's current state in words, from the evidence: the score, how much evidence
 * stands behind it, customer voice beside operational, and the key verbatims.
 */
export function currentStateText(
  summary: EvidenceSummary,
  kind: 'promise' | 'touchpoint',
  t: TFunction,
  locale: string,
): string {
  if (summary.score === null) return t('plan.evidence.none');
  const n = (v: number) => formatNumber(v, locale);
  const lines: string[] = [
    t(kind === 'promise' ? 'plan.evidence.promise' : 'plan.evidence.touchpoint', {
      score: n(summary.score),
      strength: t(`plan.strength.${summary.strength}`),
      count: summary.count,
      coverage: n(summary.coverage * 100),
    }),
  ];
  const { customerVoice: voice, operational } = summary;
  if (voice !== null && operational !== null)
    lines.push(t('plan.evidence.sides', { voice: n(voice), operational: n(operational) }));
  else if (voice !== null) lines.push(t('plan.evidence.voiceOnly', { score: n(voice) }));
  else if (operational !== null)
    lines.push(t('plan.evidence.operationalOnly', { score: n(operational) }));
  for (const v of summary.verbatims)
    lines.push(
      t('plan.evidence.verbatim', {
        text: v.text,
        method: t(`method.${v.method}`),
        date: formatDay(v.date, locale),
      }),
    );
  return lines.join('\n');
}

/** Why a status change was refused, in one sentence; naming the action unless `title` is null (the form). */
export function refusalText(
  title: string | null,
  to: ActionStatus,
  problems: readonly TransitionProblem[],
  t: TFunction,
): string {
  const missing = problems.flatMap((p) =>
    p.kind === 'missing' ? [t(`plan.needs.${p.field}`)] : [],
  );
  const parts: string[] = [];
  if (missing.length > 0) parts.push(t('plan.refused.missing', { fields: listText(missing, t) }));
  if (problems.some((p) => p.kind === 'not-done')) parts.push(t('plan.refused.notDone'));
  const evidence = problems.find((p) => p.kind === 'evidence');
  if (evidence?.kind === 'evidence')
    parts.push(
      evidence.verdict === 'contradicted'
        ? t('plan.refused.contradicted')
        : evidence.verdict === 'thin'
          ? t('plan.refused.thin', { count: evidence.needed })
          : t('plan.refused.awaiting'),
    );
  const status = t(`plan.statusWord.${to}`);
  const reasons = parts.join(' ');
  if (title === null) return t('plan.refused.inForm', { status, reasons });
  return t('plan.refused.sentence', {
    title,
    status,
    reasons,
  });
}

/** "a, b and c" in the interface language. */
export function listText(items: readonly string[], t: TFunction): string {
  if (items.length <= 1) return items.join('');
  return t('plan.list', { head: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** What the evidence since a done action says, in a short phrase with its figures. */
export function verdictText(v: Verification, t: TFunction, locale: string): string {
  if (v.verdict === 'not-done') return '';
  if (v.verdict === 'awaiting')
    return t('plan.verdictDetail.awaiting', { since: formatDay(v.since ?? '', locale) });
  if (v.verdict === 'thin')
    return t('plan.verdictDetail.thin', {
      count: v.needed,
      n: formatNumber(v.count, locale),
      score: formatNumber(shownScore(v.score ?? 0), locale),
      target: formatNumber(v.target, locale),
      since: formatDay(v.since ?? '', locale),
    });
  return t(`plan.verdictDetail.${v.verdict}`, {
    score: formatNumber(shownScore(v.score ?? 0), locale),
    target: formatNumber(v.target, locale),
    count: v.count,
    since: formatDay(v.since ?? '', locale),
  });
}

/** The title a new action planned on a gap starts with: keep the promise (or the touchpoint's). */
export function prefillTitle(prefill: ActionPrefill, t: TFunction): string {
  return prefill.link.promiseId !== null
    ? t('plan.draft.actionTitle', { statement: prefill.subject })
    : t('find.planAction.touchpointTitle', { name: prefill.subject });
}

/** The future state a new action on a gap starts with: kept, and how far that is from today. */
export function futureStateText(prefill: ActionPrefill, t: TFunction, locale: string): string {
  const target = formatNumber(prefill.targetScore, locale);
  if (prefill.gap === null) return t('find.planAction.futureUnobserved', { target });
  if (prefill.gap === 0) return t('find.planAction.futureKept', { target });
  // Whole points in words; the score fields keep the decimal.
  const points = Math.max(1, Math.round(prefill.gap));
  return t('find.planAction.future', { target, count: points, n: formatNumber(points, locale) });
}
