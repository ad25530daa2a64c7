import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import {
  perceptionHeadline,
  widestGaps,
  type GroupScore,
  type PerceptionHeadline,
  type PromiseScore,
} from '../../../../shared/scoring';
import { PlanActionButton } from '../../app/components/PlanActionButton';
import { percentText, scoreText, signedText } from './score-format';
import type { ScoredAudit } from '../../db/scores/useAuditScores';

interface Slide {
  key: string;
  kind: 'title' | 'stage' | 'overall';
  name: string;
  group: GroupScore | null;
  headline: PerceptionHeadline | null;
  widest: {
    promiseId: string;
    statement: string;
    belief: number;
    alignment: number;
    gap: number;
  }[];
  notObserved: number;
}

/**
 * The workshop reveal, for a projector: stage by stage, the team's belief first, then the
 * evidence beside it on a key press, ending on the whole journey's perception gap. Large
 * type, high contrast; → or Space reveals then moves on, ← goes back, Escape leaves.
 */
export function WorkshopReveal({
  audit,
  scored,
  onClose,
}: {
  audit: Audit;
  scored: ScoredAudit;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const ref = useRef<HTMLDivElement>(null);
  const slides = useMemo(() => buildSlides(scored, t('scores.revealMode.overall')), [scored, t]);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const slide = slides[Math.min(index, slides.length - 1)]!;
  const hidden = slide.kind !== 'title' && !revealed.has(slide.key);

  useEffect(() => ref.current?.focus(), []);

  const go = (to: number) => setIndex(Math.max(0, Math.min(slides.length - 1, to)));
  const forward = () => {
    if (hidden) setRevealed(new Set(revealed).add(slide.key));
    else go(index + 1);
  };

  const stageSlides = slides.filter((s) => s.kind === 'stage');
  const stageIndex = stageSlides.indexOf(slide);
  return (
    <div
      ref={ref}
      className="reveal"
      role="dialog"
      aria-modal="true"
      aria-label={t('scores.revealMode.title')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        // A focused button takes its own Space and Enter.
        if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
        if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(e.key)) forward();
        else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(e.key)) go(index - 1);
        else if (e.key === 'Home') go(0);
        else if (e.key === 'End') go(slides.length - 1);
        else if (e.key === 'Escape') onClose();
        else return;
        e.preventDefault();
      }}
    >
      <header className="reveal-header">
        <span>{audit.brand}</span>
        <span aria-live="polite">
          {t('scores.revealMode.position', { index: index + 1, total: slides.length })}
        </span>
        <button type="button" className="ghost" onClick={onClose}>
          {t('scores.revealMode.leave')}
        </button>
      </header>

      {slide.kind === 'title' ? (
        <div className="reveal-body reveal-title">
          <h1>{t('scores.revealMode.title')}</h1>
          <p className="reveal-lead">{t('scores.revealMode.intro', { brand: audit.brand })}</p>
        </div>
      ) : (
        <div className="reveal-body">
          <p className="reveal-where">
            {slide.kind === 'stage'
              ? t('scores.revealMode.stageOf', {
                  index: stageIndex + 1,
                  total: stageSlides.length,
                })
              : t('scores.headline')}
          </p>
          <h1 className="reveal-stage">{slide.name}</h1>
          {!slide.headline || slide.headline.base === 0 ? (
            <p className="reveal-lead">{t('scores.revealMode.noPairs')}</p>
          ) : (
            <div className="reveal-columns">
              <section
                className="reveal-side belief"
                aria-label={t('scores.revealMode.teamBelieves')}
              >
                <h2>{t('scores.revealMode.teamBelieves')}</h2>
                <p className="reveal-number">
                  {percentText(slide.headline.believedKept ?? 0, locale)}
                </p>
                <p className="reveal-caption">{t('scores.revealMode.keptShare')}</p>
                {slide.group?.belief != null && (
                  <p className="reveal-sub">
                    {t('scores.revealMode.index', {
                      value: scoreText(slide.group.belief, locale) ?? '',
                    })}
                  </p>
                )}
              </section>
              <section
                className={`reveal-side evidence${hidden ? ' hidden' : ''}`}
                aria-label={t('scores.revealMode.evidenceShows')}
                data-testid="reveal-evidence"
              >
                <h2>{t('scores.revealMode.evidenceShows')}</h2>
                {hidden ? (
                  <p className="reveal-cover">{t('scores.revealMode.revealHint')}</p>
                ) : (
                  <>
                    <p className="reveal-number">
                      {percentText(slide.headline.evidenceKept ?? 0, locale)}
                    </p>
                    <p className="reveal-caption">{t('scores.revealMode.keptShare')}</p>
                    {slide.group?.belief != null && slide.group.gap !== null && (
                      <p className="reveal-sub">
                        {t('scores.revealMode.index', {
                          value: scoreText(slide.group.belief - slide.group.gap, locale) ?? '',
                        })}{' '}
                        ·{' '}
                        {t('scores.revealMode.gap', { value: signedText(slide.group.gap, locale) })}
                      </p>
                    )}
                  </>
                )}
              </section>
            </div>
          )}
          {!hidden && slide.widest.length > 0 && (
            <section className="reveal-widest" aria-label={t('scores.revealMode.widest')}>
              <h2>{t('scores.revealMode.widest')}</h2>
              <ol>
                {slide.widest.map((w) => (
                  <li key={w.promiseId}>
                    <span className="reveal-statement">{w.statement}</span>
                    <span className="reveal-pair">
                      {scoreText(w.belief, locale)} → {scoreText(w.alignment, locale)}
                    </span>
                    <PlanActionButton
                      className="ghost reveal-plan"
                      link={{ promiseId: w.promiseId, touchpointId: null }}
                      subject={w.statement}
                    />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {!hidden && slide.notObserved > 0 && (
            <p className="reveal-note">
              {t('scores.revealMode.notObserved', { count: slide.notObserved })}
            </p>
          )}
        </div>
      )}

      <footer className="reveal-footer">
        <nav className="reveal-nav">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            ← {t('scores.revealMode.previous')}
          </button>
          <button type="button" onClick={forward} disabled={!hidden && index === slides.length - 1}>
            {hidden ? t('scores.revealMode.revealButton') : t('scores.revealMode.next')} →
          </button>
        </nav>
        <span className="reveal-keys">{t('scores.revealMode.keys')}</span>
      </footer>
    </div>
  );
}

/** The slides: a title, each stage that has promises, then the whole journey. */
function buildSlides(scored: ScoredAudit, overallName: string): Slide[] {
  const { register, scores } = scored;
  const statement = new Map(register.promises.map((p) => [p.id, p.statement]));
  const summarise = (members: PromiseScore[]) => {
    const only = new Map(members.map((s) => [s.promiseId, s]));
    return {
      headline: perceptionHeadline(members),
      widest: widestGaps({ ...scores, promises: only }, 3).map((s) => ({
        promiseId: s.promiseId,
        statement: statement.get(s.promiseId) ?? '',
        belief: s.belief!,
        alignment: s.alignment!,
        gap: s.gap!,
      })),
      notObserved: members.filter((s) => s.alignment === null).length,
    };
  };
  const slides: Slide[] = [
    {
      key: 'title',
      kind: 'title',
      name: '',
      group: null,
      headline: null,
      widest: [],
      notObserved: 0,
    },
  ];
  for (const stage of register.stages) {
    const members = register.promises
      .filter((p) => register.touchpointById.get(p.touchpointId)?.stageId === stage.id)
      .map((p) => scores.promises.get(p.id))
      .filter((s): s is PromiseScore => Boolean(s));
    if (members.length === 0) continue;
    slides.push({
      key: stage.id,
      kind: 'stage',
      name: stage.name,
      group: scores.stages.get(stage.id) ?? null,
      ...summarise(members),
    });
  }
  slides.push({
    key: 'overall',
    kind: 'overall',
    name: overallName,
    group: scores.audit,
    ...summarise([...scores.promises.values()]),
  });
  return slides;
}
