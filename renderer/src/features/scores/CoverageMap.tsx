import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandPromise, Touchpoint } from '../../../../shared/domain';
import { EVIDENCE_STRENGTHS } from '../../../../shared/scoring';
import { FigureButton } from './Figure';
import type { Scope } from './scope';
import { wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

/**
 * The information gaps along the journey: every touchpoint under its stage, each promise a
 * dot filled by the strength of its evidence (hollow when there is none), so that where the
 * audit is blind shows at a glance.
 */
export const CoverageMap = memo(function CoverageMap({
  scored,
  onOpen,
  onOpenPromise,
}: {
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
  onOpenPromise: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores } = scored;

  const { byTouchpoint, none, thin, covered } = useMemo(() => {
    const byTouchpoint = new Map<string, BrandPromise[]>();
    let none = 0;
    let thin = 0;
    for (const p of register.promises) {
      const list = byTouchpoint.get(p.touchpointId);
      if (list) list.push(p);
      else byTouchpoint.set(p.touchpointId, [p]);
      const s = scores.promises.get(p.id)?.strength ?? 'none';
      if (s === 'none') none++;
      else if (s === 'thin') thin++;
    }
    const covered = register.touchpoints.filter((tp) => {
      const g = scores.touchpoints.get(tp.id);
      return g && g.promises > 0 && g.coverage === 1;
    }).length;
    return { byTouchpoint, none, thin, covered };
  }, [register, scores]);

  const card = (tp: Touchpoint) => {
    const promises = byTouchpoint.get(tp.id) ?? [];
    const g = scores.touchpoints.get(tp.id);
    const blind = !g || g.coverage < 1;
    const weak = promises.some((p) => scores.promises.get(p.id)?.strength === 'thin');
    return (
      <li key={tp.id} className={`coverage-card${blind ? ' blind' : ''}${weak ? ' weak' : ''}`}>
        <button
          type="button"
          className="link coverage-name"
          onClick={() => onOpen({ kind: 'touchpoint', id: tp.id })}
        >
          {tp.name}
        </button>
        <span className="cell-sub">
          {register.channelById.get(tp.channelId)?.name} ·{' '}
          {t('scores.touchpointCoverage', {
            observed: g?.observed ?? 0,
            promises: g?.promises ?? promises.length,
          })}
        </span>
        <span className="dots">
          {promises.map((p) => {
            const strength = scores.promises.get(p.id)?.strength ?? 'none';
            // Named by its statement, described by the legend entry of its strength: no
            // per-dot translation, which at 2,000 promises would cost a frame.
            return (
              <button
                key={p.id}
                type="button"
                className={`dot dot-${strength}`}
                aria-label={p.statement}
                aria-describedby={`dot-legend-${strength}`}
                title={p.statement}
                onClick={() => onOpenPromise(p.id)}
              />
            );
          })}
        </span>
      </li>
    );
  };

  return (
    <section className="score-section" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('scores.coverage')}</h2>
      <p className="section-hint">{t('scores.coverageHint')}</p>
      <p className="coverage-summary">
        <FigureButton
          label={t('scores.scope.notObserved')}
          onOpen={() => onOpen({ kind: 'set', set: 'notObserved' })}
          className="inline-figure"
        >
          {t('scores.notObservedCount', { count: none })}
        </FigureButton>
        <span aria-hidden="true"> · </span>
        <FigureButton
          label={t('scores.scope.thin')}
          onOpen={() => onOpen({ kind: 'set', set: 'thin' })}
          className="inline-figure"
        >
          {t('scores.thinCount', { count: thin })}
        </FigureButton>
        <span aria-hidden="true"> · </span>
        <span>
          {t('scores.fullyObserved', {
            covered: wholeText(covered, locale),
            touchpoints: wholeText(register.touchpoints.length, locale),
          })}
        </span>
      </p>
      <div className="coverage-map">
        {register.stages.map((s) => {
          const tps = register.touchpoints.filter((tp) => tp.stageId === s.id);
          return (
            <section key={s.id} className="coverage-stage" aria-label={s.name}>
              <h3>{s.name}</h3>
              {tps.length === 0 ? (
                <p className="empty">{t('scores.noTouchpoint')}</p>
              ) : (
                <ul className="coverage-list">{tps.map(card)}</ul>
              )}
            </section>
          );
        })}
      </div>
      <ul className="dot-legend" aria-label={t('scores.legend')}>
        {EVIDENCE_STRENGTHS.map((s) => (
          <li key={s}>
            <span className={`dot dot-${s}`} aria-hidden="true" />
            <span id={`dot-legend-${s}`}>{t(`scores.strength.${s}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
