import type { BrandPromise, Observation, PromiseTarget } from '../domain';
import { evidenceScore } from '../fieldwork/measure';
import type { ReportContext } from './context';
import { rubricLabel } from './method';
import { withinTarget } from './sentences';
import { clean } from './text';

// A measured promise explains itself wherever it is scored: its target ("≤ 300 s"), what its
// measurements say against it, and in the appendix the rubric step each measured value was
// given by the one scoring of measured values (shared/fieldwork/measure.ts).

/** Joins a value, its unit and a comparison so that no line breaks between them. */
const KEEP = '\u00a0';

/** A value in a unit as the document writes it: "48 s", or "48" for a unit-less target. */
export function measuredValue(ctx: ReportContext, value: number, unit: string): string {
  const u = clean(unit).trim();
  return u ? `${ctx.f.number(value)}${KEEP}${u}` : ctx.f.number(value);
}

/** The target as a comparison: "≤ 300 s", "≥ 4.5". */
export function targetText(ctx: ReportContext, target: PromiseTarget): string {
  const sign = ctx.t(
    target.direction === 'at-most' ? 'report.target.atMost' : 'report.target.atLeast',
  );
  return `${sign}${KEEP}${measuredValue(ctx, target.threshold, target.unit)}`;
}

/**
 * A promise's target with what its measurements say: "Target: Time to greeting ≤ 60 s · 7 of 9
 * measurements within target · median 48 s", or null for a promise without a target.
 */
export function targetLine(ctx: ReportContext, promise: BrandPromise): string | null {
  const { target } = promise;
  if (!target) return null;
  const { t, model } = ctx;
  const line = t('report.target.line', {
    metric: clean(target.metric).trim(),
    target: targetText(ctx, target),
  });
  const reading = model.targets.get(promise.id);
  const parts = [line, withinTarget(ctx, reading?.within ?? 0, reading?.measured ?? 0)];
  if (reading?.median != null)
    parts.push(
      t('report.target.median', { value: measuredValue(ctx, reading.median, target.unit) }),
    );
  return parts.join(' · ');
}

/** The rubric step a measured value was given against its target ("2 · Partly kept"), or null when it has none. */
export function measuredStep(
  ctx: ReportContext,
  o: Pick<Observation, 'score' | 'measured'>,
  target: PromiseTarget | null,
): string | null {
  if (o.score !== null || o.measured === null) return null;
  const step = evidenceScore(o, target);
  return step === null
    ? null
    : ctx.t('report.appendix.rubric', { score: step, label: rubricLabel(ctx, step) });
}
