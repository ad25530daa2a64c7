import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import { leftOutList } from '../../../../shared/i18n/left-out-text';
import { leftOutTotal } from '../../../../shared/scoring';
import { SurveyDialog, type SurveyStart } from '../../app/components/SurveyDialog';
import { CoverageMap } from './CoverageMap';
import { HeadlineBand } from './HeadlineBand';
import { Heatmap } from './Heatmap';
import { PromiseDetail } from './PromiseDetail';
import { PromiseLists } from './PromiseLists';
import { ScopeDialog } from './ScopeDialog';
import { ScoringSettingsDialog } from './ScoringSettingsDialog';
import { StageSection } from './StageSection';
import { TouchpointRanking } from './TouchpointRanking';
import { EmptyState } from '../../app/components/EmptyState';
import { formatDay } from '../../app/format';
import { useUi } from '../../stores/ui';
import { wholeText } from './score-format';
import { useAuditScores } from '../../db/scores/useAuditScores';
import { useOpenRequest } from '../../stores/openers';
import { countConflicts } from '../../db/commands/conflicts';
import { db } from '../../db/db';
import { WaveChange } from './WaveChange';
import { WorkshopReveal } from './WorkshopReveal';
import type { Scope } from './scope';
import './scores.css';

/**
 * The Scores screen: the alignment index and the perception gap first, then where along the
 * journey and in which channel promises are kept or broken, the touchpoints from weakest up,
 * the information gaps, and the change between waves. Every figure opens its evidence.
 */
export function ScoresScreen({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const scored = useAuditScores(audit);
  const showScreen = useUi((s) => s.showScreen);
  const [scope, setScope] = useState<Scope | null>(null);
  const [promiseId, setPromiseId] = useState<string | null>(null);
  const [reveal, setReveal] = useState(false);
  const [settings, setSettings] = useState(false);
  const [asking, setAsking] = useState<SurveyStart | null>(null);
  // Versions from field results or the team database waiting for review: the scores count the
  // current ones, and say so.
  const conflicts = useLiveQuery(() => countConflicts(db, audit.id), [audit.id]) ?? 0;

  const scores = scored?.scores;
  const empty = scored && scored.register.promises.length === 0;
  useOpenRequest('scores', !!scored, () => {
    if (!empty) setReveal(true);
  });
  return (
    <section
      className="screen scores"
      aria-labelledby="scores-title"
      aria-busy={!scored}
      // Scores may show (from the stored snapshot) before the evidence behind them is read.
      data-evidence={scored?.observations ? 'read' : 'reading'}
    >
      <header className="screen-header">
        <div>
          <h1 id="scores-title">{t('scores.title')}</h1>
          <p className="subtitle">
            {scored?.scores.asOf
              ? [
                  t('scores.asOf', {
                    date: formatDay(scored.scores.asOf, locale),
                    count: scored.scores.audit.evidence,
                    n: wholeText(scored.scores.audit.evidence, locale),
                  }),
                  leftOutTotal(scored.scores.leftOut) > 0 &&
                    t('scores.asOfLeftOut', {
                      n: wholeText(leftOutTotal(scored.scores.leftOut), locale),
                      reasons: leftOutList(scored.scores.leftOut, t, (n) => wholeText(n, locale)),
                    }),
                ]
                  .filter(Boolean)
                  .join(' · ')
              : t('scores.subtitle')}
          </p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => setReveal(true)}
            disabled={!scored || empty}
          >
            {t('scores.reveal')}
          </button>
          <button type="button" onClick={() => setSettings(true)}>
            {t('scores.settings')}
          </button>
        </div>
      </header>

      {!scored && <p className="muted">{t('scores.loading')}</p>}
      {empty && (
        <EmptyState
          title={t('guide.empty.needPromisesTitle')}
          body={t('guide.empty.needPromisesBody')}
          steps={[
            {
              label: t('guide.empty.goToRegister'),
              run: () => showScreen('register'),
              primary: true,
            },
          ]}
        />
      )}
      {scored && !empty && (
        <>
          {!scores?.asOf && (
            <EmptyState
              compact
              title={t('guide.empty.evidenceTitle')}
              body={t('guide.empty.evidenceBody')}
              steps={[
                {
                  label: t('guide.empty.goToFieldwork'),
                  run: () => showScreen('fieldwork'),
                  primary: true,
                },
              ]}
            />
          )}
          {conflicts > 0 && (
            <p className="notice-line" role="status">
              {t('sync.conflictsPending', { count: conflicts })}
            </p>
          )}
          <HeadlineBand audit={audit} scored={scored} onOpen={setScope} />
          <Heatmap scored={scored} onOpen={setScope} />
          <PromiseLists scored={scored} onOpen={setScope} onOpenPromise={setPromiseId} />
          <StageSection scored={scored} onOpen={setScope} />
          <TouchpointRanking scored={scored} onOpen={setScope} />
          <CoverageMap
            scored={scored}
            onOpen={setScope}
            onOpenPromise={setPromiseId}
            onAsk={
              audit.fieldPack
                ? undefined
                : (touchpointId, promiseIds) => setAsking({ touchpointId, promiseIds })
            }
          />
          <WaveChange audit={audit} scored={scored} onOpen={setScope} />
        </>
      )}

      {scope && scored && (
        <ScopeDialog
          audit={audit}
          scored={scored}
          scope={scope}
          onOpenPromise={setPromiseId}
          onClose={() => setScope(null)}
        />
      )}
      {promiseId && (
        <PromiseDetail audit={audit} promiseId={promiseId} onClose={() => setPromiseId(null)} />
      )}
      {asking && <SurveyDialog audit={audit} start={asking} onClose={() => setAsking(null)} />}
      {settings && <ScoringSettingsDialog audit={audit} onClose={() => setSettings(false)} />}
      {reveal && scored && (
        <WorkshopReveal audit={audit} scored={scored} onClose={() => setReveal(false)} />
      )}
    </section>
  );
}
