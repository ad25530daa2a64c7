import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupScore, WaveScore } from '../../../../shared/scoring';
import { FigureButton, ScoreValue } from './Figure';
import { GroupBarChart } from './GroupBarChart';
import type { Scope } from './scope';
import { scoreText, signedText } from './score-format';
import type { ScoredAudit } from './useAuditScores';

/** Sequential blues, light to dark: later waves read darker, in colour and in grey. */
const WAVE_COLORS = ['#9ecae1', '#4292c6', '#08519c', '#08306b'];

function waveColor(i: number, n: number): string {
  if (n <= 1) return WAVE_COLORS[2]!;
  const at = Math.round((i / (n - 1)) * (WAVE_COLORS.length - 1));
  return WAVE_COLORS[at]!;
}

/** How each stage and the whole audit moved from one wave (audit round) to the next. */
export const WaveChange = memo(function WaveChange({
  scored,
  onOpen,
}: {
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores } = scored;
  const waves = scores.waves;
  if (waves.length === 0) return null;
  const stages = register.stages.filter((s) => (scores.stages.get(s.id)?.promises ?? 0) > 0);
  const first = waves[0]!;
  const last = waves[waves.length - 1]!;

  const row = (
    key: string,
    name: string,
    pick: (w: WaveScore) => GroupScore | undefined,
    scope: Scope,
  ) => {
    const a = pick(first)?.score ?? null;
    const b = pick(last)?.score ?? null;
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
        {waves.length > 1 && (
          <td className="num change-cell">
            {a !== null && b !== null ? signedText(b - a, locale) : t('common.empty')}
          </td>
        )}
      </tr>
    );
  };

  return (
    <section className="score-section" aria-labelledby="waves-title">
      <h2 id="waves-title">{t('scores.waves')}</h2>
      {waves.length === 1 && <p className="section-hint">{t('scores.oneWave')}</p>}
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
                {waves.length > 1 && (
                  <th scope="col" className="num">
                    {t('scores.change')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {stages.map((s) =>
                row(s.id, s.name, (w) => w.stages.get(s.id), { kind: 'stage', id: s.id }),
              )}
            </tbody>
            <tfoot>{row('audit', t('scores.auditTotal'), (w) => w.audit, { kind: 'audit' })}</tfoot>
          </table>
        </div>
      </div>
    </section>
  );
});
