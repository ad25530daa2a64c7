import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupScore } from '../../../../shared/scoring';
import { FigureButton, ScoreValue } from './Figure';
import { GroupBarChart } from './GroupBarChart';
import type { Scope } from './scope';
import { coverageText, scoreText, signedText, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

/** Chart colours: told apart with any colour vision, and in grey print by their labels. */
export const SERIES_COLORS = {
  belief: '#8d99ae',
  evidence: '#2166ac',
  customerVoice: '#762a83',
  operational: '#01665e',
} as const;

/** The evidence on the same promises the team's belief covers: belief − gap. */
function likeForLike(g: GroupScore | undefined): number | null {
  return g && g.belief !== null && g.gap !== null ? g.belief - g.gap : null;
}

/**
 * Each journey stage: the team's belief against the evidence, customer voice against
 * operational evidence, and the figures behind both charts in a table.
 */
export const StageSection = memo(function StageSection({
  scored,
  onOpen,
}: {
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores } = scored;
  const stages = register.stages.filter((s) => (scores.stages.get(s.id)?.promises ?? 0) > 0);
  const group = (id: string) => scores.stages.get(id);
  const open = (id: string) => onOpen({ kind: 'stage', id });
  const figure = (value: number | null, name: string, what: string, scope: Scope) => (
    <FigureButton
      label={`${name} — ${what}: ${scoreText(value, locale) ?? t('scores.notObserved')}`}
      onOpen={() => onOpen(scope)}
    >
      <ScoreValue score={value} short />
    </FigureButton>
  );

  return (
    <section className="score-section" aria-labelledby="stages-title">
      <div className="two-columns">
        <div>
          <h2 id="stages-title">{t('scores.beliefVsEvidence')}</h2>
          <p className="section-hint">{t('scores.beliefVsEvidenceHint')}</p>
          <GroupBarChart
            title={t('scores.beliefVsEvidence')}
            groups={stages.map((s) => ({
              id: s.id,
              name: s.name,
              values: { belief: group(s.id)?.belief ?? null, evidence: likeForLike(group(s.id)) },
            }))}
            series={[
              { key: 'belief', label: t('scores.belief'), color: SERIES_COLORS.belief },
              { key: 'evidence', label: t('scores.evidence'), color: SERIES_COLORS.evidence },
            ]}
            onSelect={open}
          />
        </div>
        <div>
          <h2 id="voice-title">{t('scores.voiceByStage')}</h2>
          <p className="section-hint">
            {t('scores.voiceHint')} · {t('scores.opsHint')}
          </p>
          <GroupBarChart
            title={t('scores.voiceByStage')}
            groups={stages.map((s) => ({
              id: s.id,
              name: s.name,
              values: {
                customerVoice: group(s.id)?.customerVoice ?? null,
                operational: group(s.id)?.operational ?? null,
              },
            }))}
            series={[
              {
                key: 'customerVoice',
                label: t('scores.customerVoice'),
                color: SERIES_COLORS.customerVoice,
              },
              {
                key: 'operational',
                label: t('scores.operational'),
                color: SERIES_COLORS.operational,
              },
            ]}
            onSelect={open}
          />
        </div>
      </div>
      <div className="table-wrap">
        <table className="table compact score-table">
          <caption className="sr-only">{t('scores.chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scores.columns.stage')}</th>
              <th scope="col" className="num">
                {t('scores.columns.score')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.coverage')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.observations')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.belief')}
              </th>
              <th scope="col" className="num">
                {t('scores.evidence')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.gap')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.customerVoice')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.operational')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => {
              const g = group(s.id)!;
              const scope: Scope = { kind: 'stage', id: s.id };
              return (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td className="num">
                    {figure(g.score, s.name, t('scores.columns.score'), scope)}
                  </td>
                  <td className="num">
                    <FigureButton
                      label={`${s.name} — ${t('scores.columns.coverage')}: ${coverageText(g.coverage, locale)}`}
                      onOpen={() => onOpen(scope)}
                    >
                      {coverageText(g.coverage, locale)}{' '}
                      <span className="cell-sub inline">
                        {g.observed}/{g.promises}
                      </span>
                    </FigureButton>
                  </td>
                  <td className="num">{wholeText(g.evidence, locale)}</td>
                  <td className="num">
                    {figure(g.belief, s.name, t('scores.columns.belief'), scope)}
                  </td>
                  <td className="num">
                    {figure(likeForLike(g), s.name, t('scores.evidence'), scope)}
                  </td>
                  <td className="num">
                    {g.gap === null ? t('common.empty') : signedText(g.gap, locale)}
                  </td>
                  <td className="num">
                    {figure(g.customerVoice, s.name, t('scores.customerVoice'), {
                      ...scope,
                      side: 'customerVoice',
                    })}
                  </td>
                  <td className="num">
                    {figure(g.operational, s.name, t('scores.operational'), {
                      ...scope,
                      side: 'operational',
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
