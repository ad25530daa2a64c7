import { Fragment, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupScore, PromiseScore } from '../../../../shared/scoring';
import { ScoreValue, StrengthMark } from './Figure';
import type { Scope } from './scope';
import { bandClass, scoreText, weakestStrength, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

const BANDS = [0, 1, 2, 3, 4] as const;

/** The class of a cell's colour: its band, or hatching when nothing in it is observed. */
function cellClass(group: GroupScore | undefined): string {
  if (!group || group.promises === 0) return 'heat-empty';
  if (group.score === null) return 'heat-unobserved';
  return bandClass(group.score);
}

/**
 * The stage × channel heatmap: each cell the importance-weighted alignment of the promises
 * made there, with coverage and evidence; stage scores down the right, channel scores along
 * the bottom, the audit's index in the corner. Every figure opens the evidence behind it.
 */
export const Heatmap = memo(function Heatmap({
  scored,
  onOpen,
}: {
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores } = scored;

  // The weakest evidence among each cell's observed promises.
  const strengthOf = useMemo(() => {
    const members = new Map<string, PromiseScore[]>();
    for (const p of register.promises) {
      const tp = register.touchpointById.get(p.touchpointId);
      const s = scores.promises.get(p.id);
      if (!tp || !s) continue;
      const key = `${tp.stageId}|${tp.channelId}`;
      const list = members.get(key);
      if (list) list.push(s);
      else members.set(key, [s]);
    }
    return (key: string) => weakestStrength(members.get(key) ?? []);
  }, [register, scores]);

  const cell = (
    group: GroupScore | undefined,
    scope: Scope,
    name: string,
    strengthKey?: string,
  ) => {
    if (!group || group.promises === 0)
      return (
        <td className="heat-cell heat-empty">
          <span className="sr-only">{t('scores.noTouchpoint')}</span>
        </td>
      );
    const strength = strengthKey ? strengthOf(strengthKey) : null;
    const thin = strength === 'thin';
    const label = t('scores.cellLabel', {
      name,
      score: scoreText(group.score, locale) ?? t('scores.notObserved'),
      observed: group.observed,
      promises: group.promises,
      evidence: group.evidence,
    });
    return (
      <td className={`heat-cell ${cellClass(group)}${thin ? ' heat-thin' : ''}`}>
        <button
          type="button"
          className="heat-button"
          // Its name is what it shows (label in name); the title, what it is about, describes it.
          title={t('scores.openEvidence', { what: label })}
          onClick={() => onOpen(scope)}
        >
          <span className="heat-score">
            <ScoreValue score={group.score} short />
          </span>
          <span className="heat-meta">
            {t('scores.cellObserved', { observed: group.observed, promises: group.promises })}
          </span>
          <span className="heat-meta">
            {t('scores.cellEvidence', {
              count: group.evidence,
              n: wholeText(group.evidence, locale),
            })}
            {strength && strength !== 'none' && (
              <>
                {' '}
                <StrengthMark strength={strength} />
              </>
            )}
          </span>
        </button>
      </td>
    );
  };

  return (
    <section className="score-section" aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">{t('scores.heatmap')}</h2>
      <p className="section-hint">{t('scores.heatmapHint')}</p>
      <div className="heatmap-wrap">
        <table className="heatmap" aria-labelledby="heatmap-title">
          <thead>
            <tr>
              <td />
              {register.channels.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
              <th scope="col" className="heat-total-head">
                {t('scores.stageTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {register.stages.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                {register.channels.map((c) => (
                  <Fragment key={c.id}>
                    {cell(
                      scores.cells.get(`${s.id}|${c.id}`),
                      { kind: 'cell', stageId: s.id, channelId: c.id },
                      t('scores.stageChannel', { stage: s.name, channel: c.name }),
                      `${s.id}|${c.id}`,
                    )}
                  </Fragment>
                ))}
                {cell(scores.stages.get(s.id), { kind: 'stage', id: s.id }, s.name)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('scores.channelTotal')}</th>
              {register.channels.map((c) => (
                <Fragment key={c.id}>
                  {cell(scores.channels.get(c.id), { kind: 'channel', id: c.id }, c.name)}
                </Fragment>
              ))}
              {cell(scores.audit, { kind: 'audit' }, t('scores.auditTotal'))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="heat-legend" aria-label={t('scores.legend')}>
        {BANDS.map((b) => (
          <li key={b}>
            <span className={`swatch heat-band-${b}`} aria-hidden="true" />
            {t(`scores.band.${b}`)}
          </li>
        ))}
        <li>
          <span className="swatch heat-unobserved" aria-hidden="true" />
          {t('scores.legendNotObserved')}
        </li>
        <li>
          <span className="swatch heat-thin" aria-hidden="true" />
          {t('scores.legendThin')}
        </li>
      </ul>
    </section>
  );
});
