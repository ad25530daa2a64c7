import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceStrength } from '../../../../shared/scoring';
import { scoreText } from './score-format';

/** A 0–100 score as text, or "not yet observed" — never 0 — when there is no evidence. */
export function ScoreValue({ score, short = false }: { score: number | null; short?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = scoreText(score, i18n.language);
  if (text === null)
    return (
      <span className="not-observed" title={t('scores.notObserved')}>
        {short ? t('scores.notObservedShort') : t('scores.notObserved')}
      </span>
    );
  return <span className="score-value">{text}</span>;
}

/** A mark that a score rests on thin evidence (or none), so one visit is not read as a fact. */
export function StrengthMark({ strength }: { strength: EvidenceStrength }) {
  const { t } = useTranslation();
  return (
    <span className={`strength strength-${strength}`} title={t(`scores.strength.${strength}`)}>
      <span className="strength-bars" aria-hidden="true">
        <i />
        <i />
        <i />
      </span>
      <span className="strength-label">{t(`scores.strengthShort.${strength}`)}</span>
    </span>
  );
}

/**
 * A number that opens the evidence behind it. Its name is the text it shows (WCAG 2.5.3, label in
 * name); what it is about and what it opens is its title, which is its description, read after.
 */
export function FigureButton({
  label,
  onOpen,
  className = '',
  children,
}: {
  /** What the number is, for the accessible name: "Buy · Store: 62". */
  label: string;
  onOpen: () => void;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`figure-button ${className}`}
      title={t('scores.openEvidence', { what: label })}
      onClick={onOpen}
    >
      {children}
    </button>
  );
}
