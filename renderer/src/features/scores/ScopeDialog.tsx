import { formatDay } from '../../app/format';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC, type Audit } from '../../../../shared/domain';
import type { EvidenceMean } from '../../../../shared/scoring';
import { evidenceScore } from '../../../../shared/fieldwork/measure';
import { Dialog } from '../../app/components/Dialog';
import { ScoreValue, StrengthMark } from './Figure';
import { scopeGroup, scopeObservations, scopePromises, scopeTitle, type Scope } from './scope';
import { coverageText, rubricLabel, bandClass, signedText, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

const PAGE = 100;
const KEEP_ORDER = new Set(['breaking', 'strengths', 'gaps']);

/** The evidence behind a number: its promises with their scores, then the observations. */
export function ScopeDialog({
  audit,
  scored,
  scope,
  onOpenPromise,
  onClose,
}: {
  audit: Audit;
  scored: ScoredAudit;
  scope: Scope;
  onOpenPromise: (id: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { register, scores, observations } = scored;
  const [promiseLimit, setPromiseLimit] = useState(PAGE);
  const [evidenceLimit, setEvidenceLimit] = useState(PAGE / 2);

  const group = scopeGroup(scope, scored);
  const labels = RUBRIC.map((n) => rubricLabel(audit, n, t));
  const rows = useMemo(() => {
    const wave = scope.wave === undefined ? null : scores.waves.find((w) => w.wave === scope.wave);
    const list = scopePromises(scope, scored).map((p) => {
      const s = scores.promises.get(p.id);
      const mean: EvidenceMean | undefined = wave
        ? wave.promises.get(p.id)
        : scope.side && s
          ? s[scope.side]
          : s;
      return { p, s, value: mean?.alignment ?? null, count: mean?.count ?? 0 };
    });
    if (scope.kind === 'set' && KEEP_ORDER.has(scope.set)) return list;
    // Weakest first; promises without evidence last.
    return list.sort((a, b) =>
      a.value === null || b.value === null
        ? a.value === b.value
          ? 0
          : a.value === null
            ? 1
            : -1
        : a.value - b.value,
    );
  }, [scope, scored, scores]);
  const evidence = useMemo(
    () =>
      scopeObservations(
        scope,
        rows.map((r) => r.p),
        observations ?? [],
      ).sort((a, b) => b.date.localeCompare(a.date)),
    [scope, rows, observations],
  );
  const promiseById = useMemo(() => new Map(rows.map((r) => [r.p.id, r.p])), [rows]);

  return (
    <Dialog
      title={scopeTitle(scope, scored, t)}
      wide
      onCancel={onClose}
      footer={
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <div className="dialog-flow">
        {group && (
          <dl className="scope-summary">
            <div>
              <dt>{t('scores.columns.score')}</dt>
              <dd className="big">
                <ScoreValue score={group.score} />
              </dd>
            </div>
            <div>
              <dt>{t('scores.columns.coverage')}</dt>
              <dd>
                {coverageText(group.coverage, locale)}{' '}
                <span className="cell-sub inline">
                  {group.observed}/{group.promises}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('scores.columns.evidence')}</dt>
              <dd>{wholeText(group.evidence, locale)}</dd>
            </div>
            <div>
              <dt>{t('scores.columns.belief')}</dt>
              <dd>
                <ScoreValue score={group.belief} short />
              </dd>
            </div>
            <div>
              <dt>{t('scores.columns.gap')}</dt>
              <dd>{group.gap === null ? t('common.empty') : signedText(group.gap, locale)}</dd>
            </div>
            <div>
              <dt>{t('scores.customerVoice')}</dt>
              <dd>
                <ScoreValue score={group.customerVoice} short />
              </dd>
            </div>
            <div>
              <dt>{t('scores.operational')}</dt>
              <dd>
                <ScoreValue score={group.operational} short />
              </dd>
            </div>
          </dl>
        )}
        <h3>{t('scores.scopePromises', { count: rows.length })}</h3>
        <div className="table-wrap">
          <table className="table compact score-table">
            <thead>
              <tr>
                <th scope="col">{t('scores.columns.promise')}</th>
                <th scope="col">{t('scores.columns.touchpoint')}</th>
                <th scope="col" className="num">
                  {t('scores.columns.score')}
                </th>
                <th scope="col">{t('scores.columns.evidence')}</th>
                <th scope="col" className="num">
                  {t('scores.columns.belief')}
                </th>
                <th scope="col" className="num">
                  {t('scores.columns.gap')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, promiseLimit).map(({ p, s, value, count }) => (
                <tr key={p.id}>
                  <th scope="row" className="promise-cell">
                    <button
                      type="button"
                      className="link statement"
                      onClick={() => onOpenPromise(p.id)}
                    >
                      {p.statement}
                    </button>
                  </th>
                  <td>{register.touchpointById.get(p.touchpointId)?.name}</td>
                  <td className="num">
                    <span
                      className={`score-chip ${bandClass(value)}`}
                    >
                      <ScoreValue score={value} short />
                    </span>
                  </td>
                  <td className="nowrap">
                    {s && <StrengthMark strength={s.strength} />}{' '}
                    <span className="muted small-count">
                      · {t('scores.cellEvidence', { count, n: wholeText(count, locale) })}
                    </span>
                  </td>
                  <td className="num">
                    {s?.belief == null ? t('common.empty') : wholeText(s.belief, locale)}
                  </td>
                  <td className="num">
                    {s?.gap == null ? t('common.empty') : signedText(s.gap, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows.length > promiseLimit && (
          <button
            type="button"
            className="link more"
            onClick={() => setPromiseLimit((n) => n + PAGE)}
          >
            {t('scores.showMore', { count: Math.min(PAGE, rows.length - promiseLimit) })}
          </button>
        )}
        <h3>
          {t('scores.scopeEvidence')}{' '}
          <span className="muted">
            {observations && t('scores.scopeEvidenceCount', { count: evidence.length })}
          </span>
        </h3>
        {!observations ? (
          <p className="muted" role="status">
            {t('scores.evidenceLoading')}
          </p>
        ) : evidence.length === 0 ? (
          <p className="empty">{t('scores.noEvidenceHere')}</p>
        ) : (
          <ul className="evidence-rows">
            {evidence.slice(0, evidenceLimit).map((o) => {
              const p = promiseById.get(o.promiseId);
              const rubric = evidenceScore(o, p?.target ?? null);
              return (
                <li key={o.id}>
                  <button
                    type="button"
                    className="evidence-row"
                    onClick={() => onOpenPromise(o.promiseId)}
                  >
                    <span className="evidence-when">
                      {formatDay(o.date, locale)} · {t(`method.${o.method}`)} ·{' '}
                      {t('scores.waveN', { n: o.wave })}
                    </span>
                    <span className="evidence-score">
                      {o.outcome !== 'scored'
                        ? t(`scores.detail.outcome.${o.outcome}`)
                        : rubric === null
                          ? t('scores.detail.noScore')
                          : `${rubric} ${labels[rubric]}`}
                    </span>
                    <span className="evidence-promise">{p?.statement}</span>
                    {o.verbatim && <q className="evidence-verbatim">{o.verbatim}</q>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {evidence.length > evidenceLimit && (
          <button
            type="button"
            className="link more"
            onClick={() => setEvidenceLimit((n) => n + PAGE)}
          >
            {t('scores.showMore', { count: Math.min(PAGE, evidence.length - evidenceLimit) })}
          </button>
        )}
      </div>
    </Dialog>
  );
}
