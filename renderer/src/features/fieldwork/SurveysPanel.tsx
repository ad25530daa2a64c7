import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, Survey } from '../../../../shared/domain';
import { isWebAddress } from '../../../../shared/survey/definition';
import { Dialog } from '../../app/components/Dialog';
import { FormField } from '../../app/components/FormField';
import { SurveyDialog } from '../../app/components/SurveyDialog';
import { errorText } from '../../app/error-text';
import { formatDay } from '../../app/format';
import { saveSurveyFile, SURVEY_FILES, type SurveyFile } from '../../app/survey-files';
import { changeWithUndo } from '../../app/undo';
import { db } from '../../db/db';
import { deleteSurveys, updateSurvey } from '../../db/commands/surveys';
import { useAuditRecords } from '../../db/queries';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';

/**
 * The audit's saved surveys: each with what it asks and how many answers came back, written
 * for the survey tools (XLSForm, LimeSurvey, a CSV codebook) and as printed cards, or deleted
 * (its answers stay the audit's evidence). "New survey…" builds one from the promises.
 */
export function SurveysPanel({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const notify = useUi((s) => s.notify);
  const confirm = useUi((s) => s.confirm);
  const surveys = useAuditRecords(audit.id, 'surveys');
  const imports = useAuditRecords(audit.id, 'surveyImports');
  const [building, setBuilding] = useState(false);
  const [addressFor, setAddressFor] = useState<Survey | null>(null);

  const answers = useMemo(() => {
    const by = new Map<string, { submissions: number; last: string }>();
    for (const r of imports ?? []) {
      if (!r.surveyId) continue;
      const seen = by.get(r.surveyId) ?? { submissions: 0, last: '' };
      by.set(r.surveyId, {
        submissions: seen.submissions + r.submissions,
        last: r.createdAt > seen.last ? r.createdAt : seen.last,
      });
    }
    return by;
  }, [imports]);

  const save = async (survey: Survey, file: SurveyFile) => {
    if (file === 'cards' && !survey.address) {
      setAddressFor(survey);
      return;
    }
    try {
      const name = await saveSurveyFile(audit, survey, file);
      if (name) notify('info', t('surveys.written', { name }));
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  const remove = async (survey: Survey) => {
    const ok = await confirm({
      title: t('surveys.deleteTitle', { title: survey.title }),
      body: t('surveys.deleteBody'),
      confirmLabel: t('surveys.delete'),
      danger: true,
    });
    if (!ok) return;
    await changeWithUndo(
      audit.id,
      t('surveys.history', { title: survey.title }),
      (journal) => deleteSurveys(db, [survey.id], journal),
      t('surveys.deleted', { title: survey.title }),
    );
  };

  const sorted = [...(surveys ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="surveys-panel">
      <div className="panel-head">
        <p className="muted">{t('surveys.intro')}</p>
        <button type="button" className="primary" onClick={() => setBuilding(true)}>
          {t('surveys.new')}
        </button>
      </div>
      {surveys && surveys.length === 0 && <p className="empty">{t('surveys.none')}</p>}
      {sorted.length > 0 && (
        <div className="table-wrap">
          <table className="table surveys-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.columns.title')}</th>
                <th scope="col" className="num">
                  {t('surveys.columns.questions')}
                </th>
                <th scope="col">{t('surveys.columns.answers')}</th>
                <th scope="col">{t('surveys.columns.files')}</th>
                <th scope="col">
                  <span className="sr-only">{t('audits.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((s) => {
                const back = answers.get(s.id);
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.title}
                      <span className="cell-sub">
                        {t(`language.${s.language}`)} · {t(`surveys.scales.${s.scale}`)}
                        {s.nps ? ` · ${t('surveys.npsShort')}` : ''} · v{s.version}
                      </span>
                    </th>
                    <td className="num">{s.questions.length}</td>
                    <td>
                      {back
                        ? t('surveys.answersBack', {
                            count: back.submissions,
                            date: formatDay(back.last.slice(0, 10), locale),
                          })
                        : t('surveys.noAnswers')}
                    </td>
                    <td>
                      <div className="survey-files">
                        {SURVEY_FILES.map((f) => (
                          <button
                            key={f}
                            type="button"
                            aria-label={t(`surveys.export.${f}Named`, { title: s.title })}
                            onClick={() => void save(s, f)}
                          >
                            {t(`surveys.export.${f}`)}
                          </button>
                        ))}
                      </div>
                    </td>
                    <td className="nowrap">
                      <button
                        type="button"
                        className="danger-text"
                        aria-label={t('surveys.deleteNamed', { title: s.title })}
                        onClick={() => void remove(s)}
                      >
                        {t('surveys.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {building && <SurveyDialog audit={audit} onClose={() => setBuilding(false)} />}
      {addressFor && (
        <AddressDialog
          survey={addressFor}
          onClose={() => setAddressFor(null)}
          onSaved={(saved) => {
            setAddressFor(null);
            void save(saved, 'cards');
          }}
          auditId={audit.id}
        />
      )}
    </div>
  );
}

/** Asks for the address the cards' QR code opens, and keeps it with the survey. */
function AddressDialog({
  survey,
  auditId,
  onClose,
  onSaved,
}: {
  survey: Survey;
  auditId: string;
  onClose: () => void;
  onSaved: (survey: Survey) => void;
}) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState('');
  const submit = async () => {
    const value = address.trim();
    if (!isWebAddress(value)) {
      setProblem(t('surveys.addressInvalid'));
      return;
    }
    try {
      const saved = await undoable(auditId, t('surveys.history', { title: survey.title }), (j) =>
        updateSurvey(db, survey.id, { address: value }, j),
      );
      onSaved(saved);
    } catch (error) {
      setProblem(errorText(error, t));
    }
  };
  return (
    <Dialog
      title={t('surveys.addressTitle')}
      onCancel={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('surveys.export.cards')}
          </button>
        </>
      }
    >
      <p className="muted">{t('surveys.addressHint')}</p>
      <FormField label={t('surveys.address')} error={problem}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            placeholder={t('surveys.addressPlaceholder')}
            autoFocus
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        )}
      </FormField>
    </Dialog>
  );
}
