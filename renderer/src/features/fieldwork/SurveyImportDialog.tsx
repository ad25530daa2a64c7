import { today } from '../../platform/clock';
import { datesAskingFirst } from '../../../../shared/fieldwork/evidence-date';
import { formatDay } from '../../app/format';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Survey } from '../../../../shared/domain';
import type { CsvTable } from '../../../../shared/formats/csv';
import { planSurveyImport, waveOfDay } from '../../../../shared/fieldwork/survey-import';
import { readResponseFile } from '../../../../shared/survey/response-file';
import { planResponseImport, surveyAnswered } from '../../../../shared/survey/responses';
import { SURVEY_SCALES, type SurveyScale } from '../../../../shared/fieldwork/survey-scale';
import { Combobox } from '../../app/components/Combobox';
import { Dialog } from '../../app/components/Dialog';
import { promiseOptions } from '../../app/components/pick-options';
import { db } from '../../db/db';
import { createObservations } from '../../db/commands/fieldwork';
import { knownSubmissions, takeSurveyResponses } from '../../db/commands/surveys';
import { useAuditRecords } from '../../db/queries';
import { useAuditObservations } from '../../db/observation-cache';
import { desktop } from '../../platform';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';
import type { RegisterData } from '../../db/register';
import { errorText, lineProblemText } from '../../app/error-text';

const guess = (header: string[], words: RegExp) => header.findIndex((h) => words.test(h));

/**
 * Survey results from a CSV or a survey tool's export. A response export of a survey saved
 * with the audit (KoboToolbox, ODK, LimeSurvey: its columns named by the survey's questions)
 * is recognised and mapped to its promises by itself; any other file has each question column
 * mapped to a promise and a scale by hand. All rows or none.
 */
export function SurveyImportDialog({
  audit,
  register,
  given,
  onClose,
}: {
  audit: Audit;
  register: RegisterData;
  /** A file given as the dialog opens (dropped on the window), read already. */
  given?: { name: string; bytes: Uint8Array };
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const promiseChoices = useMemo(
    () => [{ value: '', label: t('fieldwork.surveyIgnore') }, ...promiseOptions(register, t)],
    [register, t],
  );
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
  const surveys = useAuditRecords(audit.id, 'surveys');
  const { observations } = useAuditObservations(audit.id);
  const [answered, setAnswered] = useState<{ survey: Survey; known: Set<string> } | null>(null);
  // Answers dated outside the audit period or in the future are asked about once.
  const [asked, setAsked] = useState(false);

  /** Reads a survey file as a table, recognises a saved survey's export, guesses the columns. */
  const take = useCallback(
    async (opened: { name: string; data: Uint8Array }, saved: Survey[]) => {
      try {
        const table = await readResponseFile(opened.data);
        const survey = surveyAnswered(table.header, saved) as Survey | null;
        setAnswered(survey ? { survey, known: await knownSubmissions(db, audit.id) } : null);
        setFile({ name: opened.name, table });
        setQuestions({});
        setDateColumn(guess(table.header, /date|дата|data/i));
        setCommentColumn(guess(table.header, /comment|коммент|komentarz|uwagi/i));
        setRespondentColumn(guess(table.header, /respondent|id|респондент/i));
      } catch (error) {
        notify('error', errorText(error, t));
      }
    },
    [audit.id, notify, t],
  );

  // A file dropped on the window is read as soon as the audit's surveys are known.
  const givenTaken = useRef(false);
  useEffect(() => {
    if (!given || givenTaken.current || surveys === undefined) return;
    givenTaken.current = true;
    void take({ name: given.name, data: given.bytes }, surveys);
  }, [given, surveys, take]);

  const choose = async () => {
    const opened = await desktop.openFile({
      filters: [{ name: 'CSV, Excel', extensions: ['csv', 'txt', 'tsv', 'xlsx'] }],
    });
    if (opened) await take(opened, surveys ?? []);
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
  const responses = useMemo(
    () =>
      file && answered
        ? planResponseImport(file.table, answered.survey, {
            known: answered.known,
            defaultDate,
            wave: mapping.wave,
            // Each answer in the wave its submission's day falls in, by the audit's evidence.
            waveOf: waveOfDay(observations ?? [], mapping.wave),
          })
        : null,
    [file, answered, defaultDate, mapping.wave, observations],
  );
  const plan = useMemo(
    () =>
      responses
        ? responses.ok
          ? responses.plan
          : { ok: false as const, problems: responses.problems }
        : file && mapping.questions.length > 0
          ? planSurveyImport(file.table, mapping)
          : null,
    [file, mapping, responses],
  );

  const takeResponses = async () => {
    if (!responses?.ok || !file || !answered) return;
    const { plan: planned, columns, nps } = responses;
    setBusy(true);
    try {
      const taken = await undoable(
        audit.id,
        t('fieldwork.historySurvey', { name: file.name }),
        (journal) =>
          takeSurveyResponses(
            db,
            {
              auditId: audit.id,
              survey: answered.survey,
              tool: columns.tool,
              fileName: file.name,
              observations: planned.observations,
              verbatims: planned.unplaced.map(({ line: _line, ...v }) => v),
              nps: nps && {
                answers: nps.answers,
                promoters: nps.promoters,
                passives: nps.passives,
                detractors: nps.detractors,
              },
            },
            journal,
          ),
      );
      notify(
        'info',
        taken.submissions === 0
          ? t('fieldwork.responsesNothingNew')
          : t('fieldwork.responsesImported', {
              count: taken.submissions,
              observations: taken.observations,
            }),
      );
      onClose();
    } catch (error) {
      notify('error', errorText(error, t));
      setBusy(false);
    }
  };

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
    if (answered) return takeResponses();
    setBusy(true);
    try {
      await undoable(audit.id, t('fieldwork.historySurvey', { name: file.name }), (journal) =>
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
          <button
            type="submit"
            className="primary"
            disabled={
              busy ||
              !plan?.ok ||
              (!!answered && plan.observations.length === 0 && plan.unplaced.length === 0)
            }
          >
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
      {file && answered && (
        <p className="csv-summary" role="note">
          {t('fieldwork.responsesRecognised', {
            title: answered.survey.title,
            tool: t(`fieldwork.responseTools.${responses?.columns?.tool ?? 'other'}`),
            count: responses?.columns?.questions.length ?? 0,
          })}
        </p>
      )}
      {file && (
        <>
          {!answered && (
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
          )}
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
          {!answered && (
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
                        <Combobox
                          ariaLabel={t('fieldwork.surveyUse') + ': ' + h}
                          options={promiseChoices}
                          value={questions[i]?.promiseId ?? ''}
                          onChange={(promiseId) =>
                            setQuestions((q) => ({
                              ...q,
                              [i]: { scale: q[i]?.scale ?? 'nps', promiseId },
                            }))
                          }
                        />
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
          )}
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
              {answered && plan.observations.length === 0 && plan.unplaced.length === 0
                ? t('fieldwork.responsesNothingNew')
                : t('fieldwork.surveyReady', {
                    count: plan.observations.length,
                    rows: plan.respondents,
                  })}
              {plan.skipped > 0 && ` ${t('fieldwork.responsesSkipped', { count: plan.skipped })}`}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
