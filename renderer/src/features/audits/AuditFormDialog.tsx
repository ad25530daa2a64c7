import { addDays } from '../../../../shared/calendar';
import { today } from '../../platform/clock';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_STATUSES,
  LANGUAGES,
  ValidationError,
  type Audit,
  type AuditStatus,
  type Language,
} from '../../../../shared/domain';
import { Dialog } from '../../app/components/Dialog';
import { FieldError, fieldAria } from '../../app/components/FormField';
import { errorText, fieldErrors } from '../../app/error-text';
import { createAuditFromTemplate, updateAudit } from '../../db/commands/audits';
import { db } from '../../db/db';
import { uiLanguage, useTemplates } from '../../db/templates/useTemplates';
import { undoable } from '../../stores/history';

type Mode = { kind: 'new' } | { kind: 'edit'; audit: Audit };

/** The team as the form shows it, one person a line, and back: blank lines are dropped. */
const teamText = (team: readonly string[]) => team.join('\n');
const teamOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface AuditFormDialogProps {
  mode: Mode;
  onDone: (audit: Audit | null) => void;
}

/**
 * Creates an audit, or edits its details (brand, name, period, team, report language, status,
 * confidentiality) as one undoable step; the store's validation speaks for each field.
 */
export function AuditFormDialog({ mode, onDone }: AuditFormDialogProps) {
  const { t, i18n } = useTranslation();
  const day = today();
  const editing = mode.kind === 'edit' ? mode.audit : null;
  const [brand, setBrand] = useState(editing?.brand ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [periodStart, setPeriodStart] = useState(editing?.periodStart ?? day);
  const [periodEnd, setPeriodEnd] = useState(editing?.periodEnd ?? addDays(day, 90));
  const [language, setLanguage] = useState<Language>(editing?.language ?? 'en');
  const [team, setTeam] = useState(teamText(editing?.team ?? []));
  const [status, setStatus] = useState<AuditStatus>(editing?.status ?? 'draft');
  const [confidentiality, setConfidentiality] = useState(editing?.confidentiality ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [templateId, setTemplateId] = useState('');
  const [busy, setBusy] = useState(false);
  const { templates } = useTemplates();

  const submit = async () => {
    setBusy(true);
    try {
      const audit = editing
        ? await undoable(editing.id, t('guide.details.history', { name }), (journal) =>
            updateAudit(
              db,
              editing.id,
              {
                brand,
                name,
                periodStart,
                periodEnd,
                language,
                team: teamOf(team),
                status,
                confidentiality,
              },
              journal,
            ),
          )
        : await createAuditFromTemplate(
            db,
            { brand, name, periodStart, periodEnd, language },
            templates?.find((tpl) => tpl.id === templateId) ?? null,
          );
      onDone(audit);
    } catch (error) {
      // A problem of one team member ("team.2") shows beside the team field.
      if (error instanceof ValidationError)
        setErrors(fieldErrors(error.problems, t, (path) => path.split('.')[0]!));
      else setErrors({ '': errorText(error, t) });
      setBusy(false);
    }
  };

  const field = (id: string, label: string, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`audit-${id}`}>{label}</label>
      {input}
      <FieldError controlId={`audit-${id}`} label={label} problem={errors[id]} />
    </div>
  );
  const described = (id: string) => fieldAria(`audit-${id}`, !!errors[id]);

  return (
    <Dialog
      title={editing ? t('guide.details.title') : t('auditForm.newTitle')}
      onCancel={() => onDone(null)}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {editing ? t('common.save') : t('common.create')}
          </button>
        </>
      }
    >
      {field(
        'brand',
        t('auditForm.brand'),
        <input
          id="audit-brand"
          value={brand}
          autoFocus={!editing}
          placeholder={t('auditForm.brandPlaceholder')}
          onChange={(e) => setBrand(e.target.value)}
          {...described('brand')}
        />,
      )}
      {field(
        'name',
        t('auditForm.name'),
        <input
          id="audit-name"
          value={name}
          autoFocus={!!editing}
          placeholder={t('auditForm.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          {...described('name')}
        />,
      )}
      <div className="field-row">
        {field(
          'periodStart',
          t('auditForm.periodStart'),
          <input
            id="audit-periodStart"
            type="date"
            value={periodStart}
            onChange={(e) => setPeriodStart(e.target.value)}
            {...described('periodStart')}
          />,
        )}
        {field(
          'periodEnd',
          t('auditForm.periodEnd'),
          <input
            id="audit-periodEnd"
            type="date"
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.target.value)}
            {...described('periodEnd')}
          />,
        )}
      </div>
      {field(
        'language',
        t('auditForm.language'),
        <select
          id="audit-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>,
      )}
      {editing && (
        <>
          {field(
            'status',
            t('audits.columns.status'),
            <select
              id="audit-status"
              value={status}
              onChange={(e) => setStatus(e.target.value as AuditStatus)}
            >
              {AUDIT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'team',
            t('guide.details.team'),
            <>
              <textarea
                id="audit-team"
                rows={3}
                value={team}
                aria-describedby="audit-team-hint"
                onChange={(e) => setTeam(e.target.value)}
                {...(errors.team
                  ? { 'aria-invalid': true, 'aria-describedby': 'audit-team-hint audit-team-error' }
                  : {})}
              />
              <p className="field-hint muted" id="audit-team-hint">
                {t('guide.details.teamHint')}
              </p>
            </>,
          )}
          {field(
            'confidentiality',
            t('guide.details.confidentiality'),
            <input
              id="audit-confidentiality"
              value={confidentiality}
              placeholder={t('guide.details.confidentialityPlaceholder')}
              onChange={(e) => setConfidentiality(e.target.value)}
              {...described('confidentiality')}
            />,
          )}
        </>
      )}
      {!editing &&
        field(
          'template',
          t('templates.startFrom'),
          <>
            <select
              id="audit-template"
              value={templateId}
              aria-describedby="audit-template-hint"
              onChange={(e) => setTemplateId(e.target.value)}
            >
              <option value="">{t('templates.emptyAudit')}</option>
              {(templates ?? []).map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {t('templates.templateOption', {
                    industry: tpl.industry[uiLanguage(i18n.language)],
                  })}
                </option>
              ))}
            </select>
            <p className="field-hint muted" id="audit-template-hint">
              {t('templates.startFromHint')}
            </p>
          </>,
        )}
      {errors[''] && (
        <p className="field-error" role="alert">
          {errors['']}
        </p>
      )}
    </Dialog>
  );
}
