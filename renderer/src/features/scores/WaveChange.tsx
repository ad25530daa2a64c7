import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { compareWaves, type GroupScore, type WaveScore } from '../../../../shared/scoring';
import { FigureButton, ScoreValue } from './Figure';
import { GroupBarChart } from './GroupBarChart';
import type { Scope } from './scope';
import { scoreText, shownChangeText, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';
import { useWaveComparison } from './useWaveComparison';

/** Sequential blues, light to dark: later waves read darker, in colour and in grey. */
const WAVE_COLORS = ['#9ecae1', '#4292c6', '#08519c', '#08306b'];

function waveColor(i: number, n: number): string {
  if (n <= 1) return WAVE_COLORS[2]!;
  const at = Math.round((i / (n - 1)) * (WAVE_COLORS.length - 1));
  return WAVE_COLORS[at]!;
}

/**
 * Each stage and the whole audit wave by wave (audit rounds), and the change between the two
 * waves compared — chosen by the person, the last two with adequate evidence by default — like
 * with like: over the promises observed in both (shared/scoring/waves.ts).
 */
export const WaveChange = memo(function WaveChange({
  audit,
  scored,
  onOpen,
}: {
  audit: Audit;
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores } = scored;
  const waves = scores.waves;
  const { pair, comparison, choose } = useWaveComparison(audit, scores);
  const promisesOfStage = useMemo(() => {
    const stageOf = new Map(register.touchpoints.map((tp) => [tp.id, tp.stageId]));
    const out = new Map<string, string[]>();
    for (const p of register.promises) {
      const stage = stageOf.get(p.touchpointId);
      if (stage === undefined) continue;
      const list = out.get(stage);
      if (list) list.push(p.id);
      else out.set(stage, [p.id]);
    }
    return out;
  }, [register.touchpoints, register.promises]);
  if (waves.length === 0) return null;
  const stages = register.stages.filter((s) => (scores.stages.get(s.id)?.promises ?? 0) > 0);
  const thresholds = audit.scoring.strengthThresholds;

  const row = (
    key: string,
    name: string,
    pick: (w: WaveScore) => GroupScore | undefined,
    scope: Scope,
    promiseIds?: string[],
  ) => {
    const change = pair ? compareWaves(scores, pair[0], pair[1], thresholds, promiseIds) : null;
    return (
      <tr key={key}>
        <th scope="row">{name}</th>
        {waves.map((w) => {
          const score = pick(w)?.score ?? null;
          return (
            <td key={w.wave} className="num">
              <FigureButton
                label={`${name}, ${t('scores.waveN', { n: w.wave })}: ${scoreText(score, locale) ?? t('scores.notObserved')}`}
                onOpen={() => onOpen({ ...scope, wave: w.wave })}
              >
                <ScoreValue score={score} short />
              </FigureButton>
            </td>
          );
        })}
        {pair && (
          <td className="num change-cell">
            {change && change.change !== null ? shownChangeText(change, locale) : t('common.empty')}
          </td>
        )}
      </tr>
    );
  };

  return (
    <section className="score-section" aria-labelledby="waves-title">
      <h2 id="waves-title">{t('scores.waves')}</h2>
      {waves.length === 1 && <p className="section-hint">{t('scores.oneWave')}</p>}
      {pair && comparison && (
        <div className="wave-compare">
          <label>
            {t('scores.compareFrom')}{' '}
            <select value={pair[0]} onChange={(e) => choose([Number(e.target.value), pair[1]])}>
              {waves
                .filter((w) => w.wave !== pair[1])
                .map((w) => (
                  <option key={w.wave} value={w.wave}>
                    {wholeText(w.wave, locale)}
                  </option>
                ))}
            </select>
          </label>{' '}
          <label>
            {t('scores.compareTo')}{' '}
            <select value={pair[1]} onChange={(e) => choose([pair[0], Number(e.target.value)])}>
              {waves
                .filter((w) => w.wave !== pair[0])
                .map((w) => (
                  <option key={w.wave} value={w.wave}>
                    {wholeText(w.wave, locale)}
                  </option>
                ))}
            </select>
          </label>
          <p className="section-hint" data-testid="wave-compare-base">
            {comparison.base > 0 && comparison.change !== null
              ? `${shownChangeText(comparison, locale)} ${t('scores.waveBase', { count: comparison.base })}. ${t(
                  'scores.waveEvidence',
                  {
                    from: wholeText(comparison.from.evidence, locale),
                    to: wholeText(comparison.to.evidence, locale),
                    fromStrength: t(`scores.strengthShort.${comparison.from.strength}`),
                    toStrength: t(`scores.strengthShort.${comparison.to.strength}`),
                  },
                )}`
              : t('scores.waveNoBase')}
          </p>
          {comparison.base > 0 &&
            comparison.thin.map((reason) => (
              <p key={reason} className="kpi-warning">
                {t(`scores.waveThin.${reason}`)}
              </p>
            ))}
        </div>
      )}
      <div className="two-columns wide-left">
        <GroupBarChart
          title={t('scores.waves')}
          groups={stages.map((s) => ({
            id: s.id,
            name: s.name,
            values: Object.fromEntries(
              waves.map((w) => [`w${w.wave}`, w.stages.get(s.id)?.score ?? null]),
            ),
          }))}
          series={waves.map((w, i) => ({
            key: `w${w.wave}`,
            label: t('scores.waveN', { n: w.wave }),
            color: waveColor(i, waves.length),
          }))}
          onSelect={(id) => onOpen({ kind: 'stage', id })}
        />
        <div className="table-wrap">
          <table className="table compact score-table">
            <thead>
              <tr>
                <th scope="col">{t('scores.columns.stage')}</th>
                {waves.map((w) => (
                  <th key={w.wave} scope="col" className="num">
                    {t('scores.waveN', { n: w.wave })}
                  </th>
                ))}
                {pair && (
                  <th scope="col" className="num">
                    {t('scores.change')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {stages.map((s) =>
                row(
                  s.id,
                  s.name,
                  (w) => w.stages.get(s.id),
                  { kind: 'stage', id: s.id },
                  promisesOfStage.get(s.id) ?? [],
                ),
              )}
            </tbody>
            <tfoot>
              {row('audit', t('scores.auditTotal'), (w) => w.audit, { kind: 'audit' }, undefined)}
            </tfoot>
          </table>
        </div>
      </div>
    </section>
  );
});
