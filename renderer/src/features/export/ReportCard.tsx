import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Language } from '../../../../shared/domain';
// From the report's light modules only: the builder itself loads in the worker.
import { reportLanguages } from '../../../../shared/report/i18n';
import {
  REPORT_SECTIONS,
  REPORT_STEPS,
  type ReportSection,
} from '../../../../shared/report/options';
import { useReportExport } from './useReportExport';
import './export.css';

/** The Word audit document: what to include, then export with progress. */
export function ReportCard({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const id = useId();
  const { exportReport, progress } = useReportExport(audit);
  const languages = reportLanguages();
  const [sections, setSections] = useState<ReadonlySet<ReportSection>>(new Set(REPORT_SECTIONS));
  const [photos, setPhotos] = useState(true);
  const [appendix, setAppendix] = useState(true);
  const [confidentiality, setConfidentiality] = useState(audit.confidentiality);
  const [language, setLanguage] = useState<Language>(
    languages.includes(audit.language) ? audit.language : 'en',
  );
  const busy = progress !== null;

  const toggle = (section: ReportSection, on: boolean) =>
    setSections((current) => {
      const next = new Set(current);
      if (on) next.add(section);
      else next.delete(section);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void exportReport({
      sections: REPORT_SECTIONS.filter((s) => sections.has(s)),
      photos: photos && sections.has('findings'),
      appendix,
      confidentiality,
      language,
      // Worked out now for ordinary documents, so every reader shows the contents' page numbers.
      pageNumbers: 'auto',
    });
  };

  const percent = progress
    ? Math.round((REPORT_STEPS.indexOf(progress.step) / REPORT_STEPS.length) * 100)
    : 0;
  return (
    <article className="card report-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('report.screen.title')}</h2>
      <p>{t('report.screen.hint')}</p>
      <form onSubmit={submit} className="report-options">
        <fieldset disabled={busy}>
          <legend>{t('report.screen.sections')}</legend>
          {REPORT_SECTIONS.map((section) => (
            <label key={section} className="check">
              <input
                type="checkbox"
                checked={sections.has(section)}
                onChange={(e) => toggle(section, e.target.checked)}
              />
              {t(`report.section.${section}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('report.screen.options')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={photos && sections.has('findings')}
              disabled={!sections.has('findings')}
              onChange={(e) => setPhotos(e.target.checked)}
            />
            {t('report.screen.photos')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={appendix}
              onChange={(e) => setAppendix(e.target.checked)}
            />
            {t('report.screen.appendix')}
          </label>
          <div className="field">
            <label htmlFor={`${id}-confidentiality`}>{t('report.screen.confidentiality')}</label>
            <input
              id={`${id}-confidentiality`}
              value={confidentiality}
              maxLength={200}
              placeholder={t('report.cover.confidential')}
              onChange={(e) => setConfidentiality(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-language`}>{t('report.screen.language')}</label>
            <select
              id={`${id}-language`}
              value={language}
              onChange={(e) => setLanguage(e.target.value as Language)}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <div className="report-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('report.screen.exporting') : t('report.screen.export')}
          </button>
          {progress && (
            <div role="status" className="report-progress">
              <progress max={100} value={percent} aria-label={t('report.screen.exporting')} />
              <span>
                {t('report.screen.progress', { step: t(`report.steps.${progress.step}`), percent })}
              </span>
            </div>
          )}
        </div>
      </form>
    </article>
  );
}
