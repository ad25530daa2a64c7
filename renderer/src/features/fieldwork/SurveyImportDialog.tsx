import { today } from '../../platform/clock';
import { datesAskingFirst } from '../../../../shared/fieldwork/evidence-date';
import { formatDay } from '../../app/format';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/domain';
import {
  decodeCsv,
  detectDelimiter,
  parseCsv,
  type CsvTable,
} from '../../../../shared/formats/csv';
import { planSurveyImport } from '../../../../shared/fieldwork/survey-import';
import { SURVEY_SCALES, type SurveyScale } from '../../../../shared/fieldwork/survey-scale';
import { Dialog } from '../../app/components/Dialog';
import { db } from '../../db/db';
import { createObservations } from '../../db/commands/fieldwork';
import { desktop } from '../../platform';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../../db/register';
import { errorText, lineProblemText } from '../../app/error-text';

const guess = (header: string[], words: RegExp) => header.findIndex((h) => words.test(h));

/** Survey results from a CSV: each question column mapped to a promise and a scale; all rows or none. */
export function SurveyImportDialog({
  audit,
  register,
  onClose,
}: {
  audit: Audit;
  register: RegisterData;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [questions, setQuestions] = useState<
    Record<number, { promiseId: string; scale: SurveyScale }>
  >({});
  const [dateColumn, setDateColumn] = useState(-1);
  const [commentColumn, setCommentColumn] = useState(-1);
  const [respondentColumn, setRespondentColumn] = useState(-1);
  const [defaultDate, setDefaultDate] = useState(today());
  const [wave, setWave] = useState('1');
  const [busy, setBusy] = useState(false);
  // Answers dated outside the audit period or in the future are asked about once.
  const [asked, setAsked] = useState(false);

  const choose = async () => {
    const opened = await desktop.openFile({
      filters: [{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }],
    });
    if (!opened) return;
    try {
      const { text } = decodeCsv(opened.data);
      const table = parseCsv(text, detectDelimiter(text));
      setFile({ name: opened.name, table });
      setQuestions({});
      setDateColumn(guess(table.header, /date|дата|data/i));
      setCommentColumn(guess(table.header, /comment|коммент|komentarz|uwagi/i));
      setRespondentColumn(guess(table.header, /respondent|id|респондент/i));
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  const mapping = useMemo(
    () => ({
      questions: Object.entries(questions)
        .filter(([, q]) => q.promiseId)
        .map(([column, q]) => ({ column: Number(column), ...q })),
      dateColumn,
      commentColumn,
      respondentColumn,
      defaultDate,
      wave: Math.max(1, Math.floor(Number(wave) || 1)),
    }),
    [questions, dateColumn, commentColumn, respondentColumn, defaultDate, wave],
  );
  const plan = useMemo(
    () => (file && mapping.questions.length > 0 ? planSurveyImport(file.table, mapping) : null),
    [file, mapping],
  );

  const outside = plan?.ok
    ? datesAskingFirst(
        plan.observations.map((o) => o.date),
        audit,
        today(),
      )
    : 0;
  const run = async () => {
    if (!plan?.ok || !file) return;
    if (outside > 0 && !asked) {
      setAsked(true);
      return;
    }
    setBusy(true);
    try {
      await undoable(
        audit.id,
        t('fieldwork.historySurvey', { name: file.name }),
        (journal) =>
          createObservations(
            db,
            plan.observations.map((o) => ({
              ...o,
              auditId: audit.id,
              visitId: null,
              photoIds: [],
            })),
            journal,
          ),
      );
      notify('info', t('fieldwork.surveyImported', { count: plan.observations.length }));
      onClose();
    } catch (error) {
      notify('error', errorText(error, t));
      setBusy(false);
    }
  };

  const columnSelect = (id: string, label: string, value: number, onChange: (v: number) => void) =>
    file && (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
          <option value={-1}>{t('fieldwork.surveyNone')}</option>
          {file.table.header.map((h, i) => (
            <option key={i} value={i}>
              {h}
            </option>
          ))}
        </select>
      </div>
    );

  return (
    <Dialog
      title={t('fieldwork.surveyTitle')}
      wide
      onCancel={onClose}
      onSubmit={() => void run()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !plan?.ok}>
            {outside > 0 && asked ? t('fieldwork.dateNotice.confirmImport') : t('csv.import')}
          </button>
        </>
      }
    >
      <p className="muted">{t('fieldwork.surveyIntro')}</p>
      {outside > 0 && (
        <p className={asked ? 'field-warning' : 'field-hint'} role={asked ? 'alert' : 'status'}>
          {t('fieldwork.dateNotice.answers', {
            count: outside,
            start: formatDay(audit.periodStart, i18n.language),
            end: formatDay(audit.periodEnd, i18n.language),
          })}
        </p>
      )}
      <div className="csv-file">
        <button type="button" onClick={() => void choose()} autoFocus>
          {t('csv.chooseFile')}
        </button>
        {file && <span>{t('csv.file', { name: file.name })}</span>}
      </div>
      {file && (
        <>
          <div className="field-row">
            {columnSelect(
              'survey-date',
              t('fieldwork.surveyDateColumn'),
              dateColumn,
              setDateColumn,
            )}
            {columnSelect(
              'survey-respondent',
              t('fieldwork.surveyRespondentColumn'),
              respondentColumn,
              setRespondentColumn,
            )}
            {columnSelect(
              'survey-comment',
              t('fieldwork.surveyCommentColumn'),
              commentColumn,
              setCommentColumn,
            )}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="survey-default-date">{t('fieldwork.surveyDefaultDate')}</label>
              <input
                id="survey-default-date"
                type="date"
                value={defaultDate}
                onChange={(e) => setDefaultDate(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="survey-wave">{t('fieldwork.surveyWave')}</label>
              <input
                id="survey-wave"
                type="number"
                min={1}
                value={wave}
                onChange={(e) => setWave(e.target.value)}
              />
            </div>
          </div>
          <table className="table compact survey-mapping">
            <thead>
              <tr>
                <th scope="col">{t('fieldwork.surveyColumn')}</th>
                <th scope="col">{t('fieldwork.surveyUse')}</th>
                <th scope="col">{t('fieldwork.surveyScale')}</th>
              </tr>
            </thead>
            <tbody>
              {file.table.header.map((h, i) =>
                [dateColumn, commentColumn, respondentColumn].includes(i) ? null : (
                  <tr key={i}>
                    <th scope="row">{h}</th>
                    <td>
                      <select
                        aria-label={t('fieldwork.surveyUse') + ': ' + h}
                        value={questions[i]?.promiseId ?? ''}
                        onChange={(e) =>
                          setQuestions((q) => ({
                            ...q,
                            [i]: { scale: q[i]?.scale ?? 'nps', promiseId: e.target.value },
                          }))
                        }
                      >
                        <option value="">{t('fieldwork.surveyIgnore')}</option>
                        {register.touchpoints.map((tp) => (
                          <optgroup key={tp.id} label={tp.name}>
                            {register.promises
                              .filter((p) => p.touchpointId === tp.id)
                              .map((p) => (
                                <option key={p.id} value={p.id}>
                                  {p.statement}
                                </option>
                              ))}
                          </optgroup>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={t('fieldwork.surveyScale') + ': ' + h}
                        value={questions[i]?.scale ?? 'nps'}
                        disabled={!questions[i]?.promiseId}
                        onChange={(e) =>
                          setQuestions((q) => ({
                            ...q,
                            [i]: {
                              promiseId: q[i]?.promiseId ?? '',
                              scale: e.target.value as SurveyScale,
                            },
                          }))
                        }
                      >
                        {SURVEY_SCALES.map((s) => (
                          <option key={s} value={s}>
                            {t(`fieldwork.scales.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {!plan && <p className="muted">{t('fieldwork.surveyNothing')}</p>}
          {plan && !plan.ok && (
            <div className="csv-problems" role="alert">
              {t('csv.problems', { count: plan.problems.length })}
              <ul>
                {plan.problems.slice(0, 50).map((p) => (
                  <li key={p.line}>
                    {t('csv.problemLine', { line: p.line, message: lineProblemText(p, t) })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan?.ok && (
            <p className="csv-summary" role="status">
              {t('fieldwork.surveyReady', {
                count: plan.observations.length,
                rows: plan.respondents,
              })}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
