import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { touchpointRanking } from '../../../../shared/scoring';
import { FigureButton, ScoreValue } from './Figure';
import type { Scope } from './scope';
import { coverageText, bandClass, scoreText, signedText, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

const SHOWN = 10;

/** Touchpoints from the weakest to the strongest; those not yet observed come last. */
export const TouchpointRanking = memo(function TouchpointRanking({
  scored,
  onOpen,
}: {
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores } = scored;
  const [all, setAll] = useState(false);
  const rows = useMemo(
    () => touchpointRanking(register.touchpoints, scores),
    [register.touchpoints, scores],
  );
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <section className="score-section" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('scores.ranking')}</h2>
      <p className="section-hint">{t('scores.rankingHint')}</p>
      <div className="table-wrap">
        <table className="table compact score-table ranking" aria-labelledby="ranking-title">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('scores.columns.rank')}
              </th>
              <th scope="col">{t('scores.columns.touchpoint')}</th>
              <th scope="col" className="bar-col">
                <span className="sr-only">{t('scores.columns.alignment')}</span>
              </th>
              <th scope="col" className="num">
                {t('scores.columns.score')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.coverage')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.evidence')}
              </th>
              <th scope="col" className="num">
                {t('scores.columns.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ touchpoint: tp, score: group }, i) => {
              const scope: Scope = { kind: 'touchpoint', id: tp.id };
              return (
                <tr key={tp.id}>
                  <td className="num muted">{wholeText(i + 1, locale)}</td>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onOpen(scope)}>
                      {tp.name}
                    </button>
                    <span className="cell-sub">
                      {register.stageById.get(tp.stageId)?.name} ·{' '}
                      {register.channelById.get(tp.channelId)?.name}
                    </span>
                  </th>
                  <td className="bar-col" aria-hidden="true">
                    {group.score !== null && (
                      <span className="data-bar">
                        <span
                          className={`data-bar-fill ${bandClass(group.score)}`}
                          style={{ width: `${group.score}%` }}
                        />
                        <span className="data-bar-kept" />
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <FigureButton
                      label={`${tp.name}: ${scoreText(group.score, locale) ?? t('scores.notObserved')}`}
                      onOpen={() => onOpen(scope)}
                    >
                      <ScoreValue score={group.score} short />
                    </FigureButton>
                  </td>
                  <td className={`num${group.coverage < 1 ? ' gap-flag' : ''}`}>
                    {coverageText(group.coverage, locale)}
                  </td>
                  <td className="num">{wholeText(group.evidence, locale)}</td>
                  <td className="num">
                    {group.gap === null ? t('common.empty') : signedText(group.gap, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && (
        <button type="button" className="link more" onClick={() => setAll(!all)}>
          {all ? t('scores.showFewer') : t('scores.showAll', { count: rows.length })}
        </button>
      )}
    </section>
  );
});
