import { memo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { FigureButton, ScoreValue } from './Figure';
import type { Scope } from './scope';
import type { Audit } from '../../../../shared/domain';
import { percentText, scoreText, shownChangeText, signedText, wholeText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';
import { useWaveComparison } from './useWaveComparison';

/**
 * The four figures an executive reads first: the alignment index, the perception-gap
 * headline, customer voice against operational evidence, and the change between waves.
 */
export const HeadlineBand = memo(function HeadlineBand({
  audit: record,
  scored,
  onOpen,
}: {
  audit: Audit;
  scored: ScoredAudit;
  onOpen: (s: Scope) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { scores } = scored;
  const audit = scores.audit;
  const { headline } = scores;
  const waves = scores.waves;
  const first = waves[0];
  const { comparison } = useWaveComparison(record, scores);

  return (
    <div className="headline-band">
      <section className="kpi kpi-index" role="group" aria-labelledby="kpi-index">
        <h2 id="kpi-index" className="kpi-title">
          {t('scores.index')}
        </h2>
        <FigureButton
          label={`${t('scores.index')}: ${scoreText(audit.score, locale) ?? t('scores.notObserved')}`}
          onOpen={() => onOpen({ kind: 'audit' })}
          className="kpi-figure"
        >
          <ScoreValue score={audit.score} />
          {audit.score !== null && <span className="kpi-unit"> {t('scores.outOf')}</span>}
        </FigureButton>
        <p className="kpi-hint">
          {t('scores.indexHint', {
            observed: wholeText(audit.observed, locale),
            promises: wholeText(audit.promises, locale),
            evidence: wholeText(audit.evidence, locale),
          })}
        </p>
        {audit.promises > 0 && audit.coverage < 0.5 && (
          <p className="kpi-warning">{t('scores.indexThin')}</p>
        )}
      </section>

      <section className="kpi kpi-headline" role="group" aria-labelledby="kpi-headline">
        <h2 id="kpi-headline" className="kpi-title">
          {t('scores.headline')}
        </h2>
        {headline.base === 0 || headline.believedKept === null || headline.evidenceKept === null ? (
          <p className="kpi-hint">{t('scores.headlineNone')}</p>
        ) : (
          <>
            <p className="headline-sentence" data-testid="perception-headline">
              <Trans
                i18nKey="scores.headlineSentence"
                values={{
                  believed: percentText(headline.believedKept, locale),
                  shown: percentText(headline.evidenceKept, locale),
                }}
                components={{
                  believed: (
                    <FigureButton
                      label={t('scores.scope.believedKept')}
                      onOpen={() => onOpen({ kind: 'set', set: 'believedKept' })}
                      className="headline-figure belief"
                    >
                      {null}
                    </FigureButton>
                  ),
                  shown: (
                    <FigureButton
                      label={t('scores.scope.evidenceKept')}
                      onOpen={() => onOpen({ kind: 'set', set: 'evidenceKept' })}
                      className="headline-figure evidence"
                    >
                      {null}
                    </FigureButton>
                  ),
                }}
              />
            </p>
            <p className="kpi-hint">
              <FigureButton
                label={t('scores.scope.headlineBase')}
                onOpen={() => onOpen({ kind: 'set', set: 'headlineBase' })}
                className="inline-figure"
              >
                {t('scores.headlineBase', {
                  count: headline.base,
                })}
              </FigureButton>
              {audit.gap !== null && (
                <>
                  {' '}
                  {t('scores.gapLabel')}:{' '}
                  <strong>{t('scores.gapValue', { value: signedText(audit.gap, locale) })}</strong>
                </>
              )}
            </p>
          </>
        )}
      </section>

      <section className="kpi" role="group" aria-labelledby="kpi-voice">
        <h2 id="kpi-voice" className="kpi-title">
          {t('scores.voiceVsOps')}
        </h2>
        <dl className="kpi-pair">
          <div>
            <dt title={t('scores.voiceHint')}>{t('scores.customerVoice')}</dt>
            <dd>
              <FigureButton
                label={`${t('scores.customerVoice')}: ${scoreText(audit.customerVoice, locale) ?? t('scores.notObserved')}`}
                onOpen={() => onOpen({ kind: 'audit', side: 'customerVoice' })}
                className="pair-figure voice"
              >
                <ScoreValue score={audit.customerVoice} short />
              </FigureButton>
            </dd>
          </div>
          <div>
            <dt title={t('scores.opsHint')}>{t('scores.operational')}</dt>
            <dd>
              <FigureButton
                label={`${t('scores.operational')}: ${scoreText(audit.operational, locale) ?? t('scores.notObserved')}`}
                onOpen={() => onOpen({ kind: 'audit', side: 'operational' })}
                className="pair-figure ops"
              >
                <ScoreValue score={audit.operational} short />
              </FigureButton>
            </dd>
          </div>
        </dl>
      </section>

      <section className="kpi" role="group" aria-labelledby="kpi-waves">
        <h2 id="kpi-waves" className="kpi-title">
          {t('scores.waves')}
        </h2>
        {!first ? (
          <p className="kpi-hint">{t('scores.noWaves')}</p>
        ) : !comparison ? (
          <>
            <dl className="kpi-pair">
              <div>
                <dt>{t('scores.waveN', { n: first.wave })}</dt>
                <dd>
                  <FigureButton
                    label={`${t('scores.waveN', { n: first.wave })}: ${scoreText(first.audit.score, locale) ?? ''}`}
                    onOpen={() => onOpen({ kind: 'audit', wave: first.wave })}
                    className="pair-figure"
                  >
                    <ScoreValue score={first.audit.score} short />
                  </FigureButton>
                </dd>
              </div>
            </dl>
            <p className="kpi-hint">{t('scores.oneWave')}</p>
          </>
        ) : (
          <>
            <dl className="kpi-pair">
              {[comparison.from, comparison.to].map((side) => (
                <div key={side.wave}>
                  <dt>{t('scores.waveN', { n: side.wave })}</dt>
                  <dd>
                    <FigureButton
                      label={`${t('scores.waveN', { n: side.wave })}: ${scoreText(side.score, locale) ?? t('scores.notObserved')}`}
                      onOpen={() => onOpen({ kind: 'audit', wave: side.wave })}
                      className="pair-figure"
                    >
                      <ScoreValue score={side.score} short />
                    </FigureButton>
                  </dd>
                </div>
              ))}
              <div>
                <dt>{t('scores.change')}</dt>
                <dd className="pair-figure change" data-testid="wave-change">
                  {comparison.change !== null
                    ? shownChangeText(comparison, locale)
                    : t('scores.notObservedShort')}
                </dd>
              </div>
            </dl>
            <p className="kpi-hint">
              {comparison.base > 0
                ? t('scores.waveBase', { count: comparison.base })
                : t('scores.waveNoBase')}
            </p>
            {comparison.base > 0 && comparison.thin.length > 0 && (
              <p className="kpi-warning">{t(`scores.waveThin.${comparison.thin[0]!}`)}</p>
            )}
          </>
        )}
      </section>
    </div>
  );
});
