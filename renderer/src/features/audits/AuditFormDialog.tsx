import { addDays } from '../../../../shared/calendar';
import { today } from '../../platform/clock';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ValidationError, type Audit, type Language } from '../../../../shared/domain';
import { Dialog } from '../../app/components/Dialog';
import { FieldError, fieldAria } from '../../app/components/FormField';
import { errorText, fieldErrors } from '../../app/error-text';
import { createAuditFromTemplate, updateAudit } from '../../db/commands/audits';
import { db } from '../../db/db';
import { uiLanguage, useTemplates } from '../../db/templates/useTemplates';

type Mode = { kind: 'new' } | { kind: 'rename'; audit: Audit };

interface AuditFormDialogProps {
  mode: Mode;
  onDone: (audit: Audit | null) => void;
}

/** Creates an audit, or renames one; the store's validation speaks for each field. */
export function AuditFormDialog({ mode, onDone }: AuditFormDialogProps) {
  const { t, i18n } = useTranslation();
  const day = today();
  const [brand, setBrand] = useState(mode.kind === 'rename' ? mode.audit.brand : '');
  const [name, setName] = useState(mode.kind === 'rename' ? mode.audit.name : '');
  const [periodStart, setPeriodStart] = useState(day);
  const [periodEnd, setPeriodEnd] = useState(addDays(day, 90));
  const [language, setLanguage] = useState<Language>('en');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [templateId, setTemplateId] = useState('');
  const [busy, setBusy] = useState(false);
  const { templates } = useTemplates();

  const submit = async () => {
    setBusy(true);
    try {
      const audit =
        mode.kind === 'new'
          ? await createAuditFromTemplate(
              db,
              { brand, name, periodStart, periodEnd, language },
              templates?.find((tpl) => tpl.id === templateId) ?? null,
            )
          : await updateAudit(db, mode.audit.id, { name });
      onDone(audit);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(fieldErrors(error.problems, t));
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
      title={mode.kind === 'new' ? t('auditForm.newTitle') : t('auditForm.renameTitle')}
      onCancel={() => onDone(null)}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {mode.kind === 'new' ? t('common.create') : t('common.rename')}
          </button>
        </>
      }
    >
      {mode.kind === 'new' &&
        field(
          'brand',
          t('auditForm.brand'),
          <input
            id="audit-brand"
            value={brand}
            autoFocus
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
          autoFocus={mode.kind === 'rename'}
          placeholder={t('auditForm.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          {...described('name')}
        />,
      )}
      {mode.kind === 'new' && (
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
      )}
      {mode.kind === 'new' &&
        field(
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
      {mode.kind === 'new' &&
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
