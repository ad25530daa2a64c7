import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC, type Audit, type Observation, type RubricScore } from '../../../../shared/domain';
import { evidenceScore } from '../../../../shared/fieldwork/measure';
import { Dialog } from '../../app/components/Dialog';
import { formatDay, formatNumber } from '../../app/format';
import { db } from '../../db/db';
import { updateObservation } from '../../db/commands/fieldwork';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import { Thumbnail } from '../../app/components/photos';
import { ScoreValue, StrengthMark } from './Figure';
import { leftOutList } from '../../../../shared/i18n/left-out-text';
import { leftOutTotal } from '../../../../shared/scoring';
import { rubricLabel, bandClass, signedText, wholeText } from './score-format';
import { useAuditScores } from '../../db/scores/useAuditScores';
import './scores.css';
import { errorText } from '../../app/error-text';

/**
 * Everything about one promise: where it is made, its target, the team's belief beside the
 * evidence and the gap between them, customer voice against operational evidence, the score
 * of each wave, and every observation with its verbatim and photos, whose score can be
 * corrected here. Opened from the Scores screen, and from any screen that shows a promise.
 */
export function PromiseDetail({
  audit,
  promiseId,
  onClose,
}: {
  audit: Audit;
  promiseId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const notify = useUi((s) => s.notify);
  const scored = useAuditScores(audit);
  const promise = scored?.register.promises.find((p) => p.id === promiseId);
  const score = scored?.scores.promises.get(promiseId);
  const evidence = useMemo(
    () =>
      (scored?.observations ?? [])
        .filter((o) => o.promiseId === promiseId)
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    [scored?.observations, promiseId],
  );

  const setScore = async (o: Observation, value: string) => {
    const next = Number(value) as RubricScore;
    if (value === '' || (next === o.score && o.outcome === 'scored')) return;
    try {
      await undoable(audit.id, t('scores.detail.historyScore'), (journal) =>
        updateObservation(db, o.id, { score: next, outcome: 'scored' }, journal),
      );
      notify('info', t('scores.detail.scoreSaved'));
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  const close = (
    <button type="button" onClick={onClose}>
      {t('common.close')}
    </button>
  );
  if (!scored || !promise || !score)
    return (
      <Dialog title={t('scores.detail.title')} onCancel={onClose} footer={close}>
        <p className="muted">{t('scores.loading')}</p>
      </Dialog>
    );

  const { register } = scored;
  const labels = RUBRIC.map((n) => rubricLabel(audit, n, t));
  const tp = register.touchpointById.get(promise.touchpointId);
  const target = promise.target;
  const gapText =
    score.gap === null
      ? t('scores.detail.gapUnknown')
      : Math.round(score.gap) > 0
        ? t('scores.detail.gapBetter')
        : Math.round(score.gap) < 0
          ? t('scores.detail.gapWorse')
          : t('scores.detail.gapNone');

  return (
    <Dialog title={promise.statement} wide onCancel={onClose} footer={close}>
      <div className="dialog-flow">
        <p className="detail-where">
          {t('scores.detail.where', {
            touchpoint: tp?.name ?? '',
            stage: (tp && register.stageById.get(tp.stageId)?.name) ?? '',
            channel: (tp && register.channelById.get(tp.channelId)?.name) ?? '',
          })}
          <span className="chip">{t(`register.source.${promise.source}`)}</span>
          <span className="chip">{t(`register.kind.${promise.kind}`)}</span>
          <span className="chip">
            {t('scores.detail.importance', { value: promise.importance })}
          </span>
        </p>
        <p className="detail-target">
          <strong>{t('scores.detail.target')}:</strong>{' '}
          {target
            ? t('scores.detail.targetText', {
                metric: target.metric,
                direction: t(`register.direction.${target.direction}`).toLowerCase(),
                threshold: formatNumber(
                  target.threshold,
                  locale,
                  Number.isInteger(target.threshold) ? 0 : 2,
                ),
                unit: target.unit,
              })
            : t('scores.detail.noTarget')}
        </p>

        <dl className="detail-figures" data-testid="promise-figures">
          <div
            className={`detail-figure${score.alignment === null ? '' : ` ${bandClass(score.alignment)}`}`}
          >
            <dt>{t('scores.detail.alignment')}</dt>
            <dd className="big" data-testid="promise-alignment">
              <ScoreValue score={score.alignment} />
            </dd>
            <dd>
              <StrengthMark strength={score.strength} />{' '}
              {t('scores.detail.basedOn', { count: score.count })}
            </dd>
            {leftOutTotal(score.leftOut) > 0 && (
              <dd className="cell-sub">
                {t('scores.detail.leftOut', {
                  reasons: leftOutList(score.leftOut, t, (n) => wholeText(n, locale)),
                })}
              </dd>
            )}
          </div>
          <div className="detail-figure">
            <dt>{t('scores.detail.belief')}</dt>
            <dd className="big">
              {score.belief === null ? (
                <span className="not-observed">{t('scores.detail.noBelief')}</span>
              ) : (
                wholeText(score.belief, locale)
              )}
            </dd>
            {promise.belief !== null && <dd>{rubricLabel(audit, promise.belief, t)}</dd>}
          </div>
          <div className="detail-figure">
            <dt>{t('scores.detail.gap')}</dt>
            <dd className="big">
              {score.gap === null ? t('common.empty') : signedText(score.gap, locale)}
            </dd>
            <dd>{gapText}</dd>
          </div>
          <div className="detail-figure">
            <dt>{t('scores.customerVoice')}</dt>
            <dd className="big">
              <ScoreValue score={score.customerVoice.alignment} short />
            </dd>
            <dd>{t('scores.detail.basedOn', { count: score.customerVoice.count })}</dd>
          </div>
          <div className="detail-figure">
            <dt>{t('scores.operational')}</dt>
            <dd className="big">
              <ScoreValue score={score.operational.alignment} short />
            </dd>
            <dd>{t('scores.detail.basedOn', { count: score.operational.count })}</dd>
          </div>
        </dl>

        {scored.scores.waves.length > 0 && (
          <>
            <h3>{t('scores.detail.byWave')}</h3>
            <table className="table compact score-table waves-table">
              <thead>
                <tr>
                  {scored.scores.waves.map((w) => (
                    <th key={w.wave} scope="col" className="num">
                      {t('scores.waveN', { n: w.wave })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {scored.scores.waves.map((w) => {
                    const m = w.promises.get(promiseId);
                    return (
                      <td key={w.wave} className="num">
                        <ScoreValue score={m?.alignment ?? null} short />
                        <span className="cell-sub">
                          {t('scores.detail.basedOn', { count: m?.count ?? 0 })}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              </tbody>
            </table>
          </>
        )}

        <h3>{t('scores.detail.evidenceList')}</h3>
        {scored && !scored.observations ? (
          <p className="muted" role="status">
            {t('scores.evidenceLoading')}
          </p>
        ) : evidence.length === 0 ? (
          <p className="empty">{t('scores.detail.noEvidence')}</p>
        ) : (
          <ul className="detail-evidence" aria-label={t('scores.detail.evidenceList')}>
            {evidence.map((o) => {
              const rubric = evidenceScore(o, target);
              return (
                <li key={o.id} className={o.outcome === 'scored' ? '' : 'excluded'}>
                  <div className="evidence-head">
                    <span className="evidence-when">
                      {formatDay(o.date, locale)} · {t(`method.${o.method}`)} ·{' '}
                      {t('scores.waveN', { n: o.wave })}
                      {(o.observer || o.location) &&
                        ` · ${[o.observer, o.location].filter(Boolean).join(', ')}`}
                    </span>
                    {o.measured !== null && o.outcome === 'scored' ? (
                      <span className="evidence-score">
                        {t('scores.detail.measured', {
                          value: formatNumber(
                            o.measured,
                            locale,
                            Number.isInteger(o.measured) ? 0 : 2,
                          ),
                          unit: target?.unit ?? '',
                        })}
                        {rubric !== null &&
                          ` · ${t('scores.detail.measuredScore', { score: `${rubric} ${labels[rubric]}` })}`}
                      </span>
                    ) : (
                      <label className="evidence-score">
                        <span className="sr-only">
                          {t('scores.detail.scoreOf', { date: formatDay(o.date, locale) })}
                        </span>
                        <select
                          value={o.outcome === 'scored' && o.score !== null ? String(o.score) : ''}
                          onChange={(e) => void setScore(o, e.target.value)}
                        >
                          {(o.outcome !== 'scored' || o.score === null) && (
                            <option value="" disabled>
                              {o.outcome === 'scored'
                                ? t('scores.detail.noScore')
                                : t(`scores.detail.outcome.${o.outcome}`)}
                            </option>
                          )}
                          {RUBRIC.map((n) => (
                            <option key={n} value={n}>
                              {n} {labels[n]}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                  </div>
                  {o.verbatim && (
                    <blockquote
                      className="evidence-verbatim"
                      aria-label={t('scores.detail.verbatim')}
                    >
                      {o.verbatim}
                    </blockquote>
                  )}
                  {o.note && <p className="evidence-note">{o.note}</p>}
                  {o.photoIds.length > 0 && (
                    <div className="evidence-photos" aria-label={t('scores.detail.photos')}>
                      {o.photoIds.map((id) => (
                        <Thumbnail key={id} photoId={id} />
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
