import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { breakingPromises, strengthPromises, type PromiseScore } from '../../../../shared/scoring';
import { ScoreValue, StrengthMark } from './Figure';
import type { PromiseSet, Scope } from './scope';
import { bandClass, signedText, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

const SHOWN = 8;

/** The promises that break most and the strengths, side by side. */
export const PromiseLists = memo(function PromiseLists({
  scored,
  onOpen,
  onOpenPromise,
}: {
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
  onOpenPromise: (id: string) => void;
}) {
  const { t } = useTranslation();
  const breaking = useMemo(() => breakingPromises(scored.scores, Infinity), [scored.scores]);
  const strengths = useMemo(() => strengthPromises(scored.scores, Infinity), [scored.scores]);
  return (
    <div className="two-columns">
      <PromiseList
        id="breaking"
        title={t('scores.breaking')}
        hint={t('scores.breakingHint')}
        empty={t('scores.noBreaking')}
        rows={breaking}
        set="breaking"
        measure="severity"
        scored={scored}
        onOpen={onOpen}
        onOpenPromise={onOpenPromise}
      />
      <PromiseList
        id="strengths"
        title={t('scores.strengths')}
        hint={t('scores.strengthsHint')}
        empty={t('scores.noStrengths')}
        rows={strengths}
        set="strengths"
        measure="gap"
        scored={scored}
        onOpen={onOpen}
        onOpenPromise={onOpenPromise}
      />
    </div>
  );
});

function PromiseList({
  id,
  title,
  hint,
  empty,
  rows,
  set,
  measure,
  scored,
  onOpen,
  onOpenPromise,
}: {
  id: string;
  title: string;
  hint: string;
  empty: string;
  rows: PromiseScore[];
  set: PromiseSet;
  measure: 'severity' | 'gap';
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
  onOpenPromise: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const byId = useMemo(
    () => new Map(scored.register.promises.map((p) => [p.id, p])),
    [scored.register.promises],
  );
  return (
    <section className="score-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="section-hint">{hint}</p>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table compact score-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{t('scores.columns.promise')}</th>
                <th scope="col" className="num">
                  {t('scores.columns.score')}
                </th>
                <th scope="col">{t('scores.columns.evidence')}</th>
                <th scope="col" className="num">
                  {t(measure === 'severity' ? 'scores.columns.severity' : 'scores.columns.gap')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((s) => {
                const p = byId.get(s.promiseId);
                if (!p) return null;
                const tp = scored.register.touchpointById.get(p.touchpointId);
                return (
                  <tr key={s.promiseId}>
                    <th scope="row" className="promise-cell">
                      <button
                        type="button"
                        className="link statement"
                        onClick={() => onOpenPromise(s.promiseId)}
                      >
                        {p.statement}
                      </button>
                      <span className="cell-sub">{tp?.name}</span>
                    </th>
                    <td className="num">
                      <span
                        className={`score-chip ${bandClass(s.alignment)}`}
                      >
                        <ScoreValue score={s.alignment} short />
                      </span>
                    </td>
                    <td className="nowrap">
                      <StrengthMark strength={s.strength} />{' '}
                      <span className="muted small-count">
                        ·{' '}
                        {t('scores.cellEvidence', {
                          count: s.count,
                          n: wholeText(s.count, locale),
                        })}
                      </span>
                    </td>
                    <td className="num">
                      {measure === 'severity'
                        ? wholeText(Math.round(s.severity ?? 0), locale)
                        : s.gap === null
                          ? t('common.empty')
                          : signedText(s.gap, locale)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > SHOWN && (
        <button type="button" className="link more" onClick={() => onOpen({ kind: 'set', set })}>
          {t('scores.showAll', { count: rows.length })}
        </button>
      )}
    </section>
  );
}
