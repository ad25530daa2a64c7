import { startTransition, useEffect, useState } from 'react';
import type { Audit } from '../../../../shared/domain';
import { useAuditObservations } from '../observation-cache';
import { useRegister } from '../register';
import { scoreEngineFor, type ScoredAudit } from './score-engine';

export type { ScoredAudit } from './score-engine';

/**
 * The audit's scores, recomputed by shared/scoring whenever its register, its evidence or
 * its scoring settings change; undefined while the records are first read and scored (or,
 * while the evidence is read, the stored snapshot's, with `observations` null). Every
 * screen that shows a score reads it here, so no number is computed twice: one engine per
 * audit scores it in a worker (see score-engine.ts) and every caller shares the result.
 */
export function useAuditScores(audit: Audit): ScoredAudit | undefined {
  // The engine first: it asks for the stored snapshot before anything else is read.
  const engine = scoreEngineFor(audit.id);
  const register = useRegister(audit.id);
  // The evidence is read once the register is: at 200,000 observations its read takes
  // seconds, and the store answers nothing else meanwhile.
  const { observations } = useAuditObservations(audit.id, register !== undefined);
  const scoring = audit.scoring;
  useEffect(() => {
    if (!register) return;
    // Right after a switch of audits, a live query may still hold the previous audit's records.
    const stray = [register.stages[0], register.touchpoints[0], register.promises[0]].some(
      (r) => r && r.auditId !== audit.id,
    );
    if (!stray) engine.update(register, observations, scoring);
  }, [engine, audit.id, register, observations, scoring]);
  // New scores are rendered as a transition: React renders the screens that show them in
  // slices between keystrokes and clicks, so a recompute never holds up typing.
  const [shown, setShown] = useState(() => ({ engine, value: engine.get() }));
  useEffect(() => {
    const listener = () => startTransition(() => setShown({ engine, value: engine.get() }));
    engine.listeners.add(listener);
    listener();
    return () => {
      engine.listeners.delete(listener);
    };
  }, [engine]);
  return shown.engine === engine ? shown.value : engine.get();
}
