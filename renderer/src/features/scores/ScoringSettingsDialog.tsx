import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SCORING_SETTINGS,
  OBSERVATION_METHODS,
  RUBRIC,
  problemsOf,
  ScoringSettingsSchema,
  ValidationError,
  type Audit,
  type ObservationMethod,
  type ScoringSettings,
} from '../../../../shared/domain';
import { Dialog } from '../../app/components/Dialog';
import { FieldError, FormField } from '../../app/components/FormField';
import { errorText, fieldErrors } from '../../app/error-text';
import { updateAudit } from '../../db/commands/audits';
import { db } from '../../db/db';
import { undoable } from '../../stores/history';
import { useUi } from '../../stores/ui';

/** The form's fields, as typed. */
interface Form {
  thin: string;
  adequate: string;
  strong: string;
  halfLife: string;
  weights: Record<ObservationMethod, string>;
  labels: string[];
}

function toForm(s: ScoringSettings): Form {
  return {
    thin: String(s.strengthThresholds.thin),
    adequate: String(s.strengthThresholds.adequate),
    strong: String(s.strengthThresholds.strong),
    halfLife: String(s.recencyHalfLifeDays),
    weights: Object.fromEntries(
      OBSERVATION_METHODS.map((m) => [m, String(s.methodWeights[m])]),
    ) as Record<ObservationMethod, string>,
    labels: RUBRIC.map((n) => s.rubricLabels?.[n] ?? ''),
  };
}

/** A typed number: the comma some locales write is read as a decimal point. */
function num(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? NaN : Number(trimmed);
}

/** The settings a form describes; no rubric labels at all when every one is empty. */
function fromForm(f: Form): unknown {
  const labels = f.labels.map((l) => l.trim());
  return {
    strengthThresholds: { thin: num(f.thin), adequate: num(f.adequate), strong: num(f.strong) },
    recencyHalfLifeDays: num(f.halfLife),
    methodWeights: Object.fromEntries(OBSERVATION_METHODS.map((m) => [m, num(f.weights[m])])),
    ...(labels.some(Boolean) ? { rubricLabels: labels } : {}),
  };
}

/**
 * The audit's scoring parameters: evidence-strength thresholds, the recency half-life, the
 * weight of each method and the rubric's labels. Validated by the audit's schema, saved as
 * one undoable step, with the defaults one click away.
 */
export function ScoringSettingsDialog({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const [form, setForm] = useState<Form>(() => toForm(audit.scoring));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    const input = fromForm(form);
    const parsed = ScoringSettingsSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(problemsOf(parsed.error, input), t));
      return;
    }
    try {
      await undoable(audit.id, t('scores.settingsDialog.history'), (journal) =>
        updateAudit(db, audit.id, { scoring: parsed.data }, journal),
      );
      notify('info', t('scores.settingsDialog.saved'));
      onClose();
    } catch (error) {
      if (error instanceof ValidationError)
        setErrors(fieldErrors(error.problems, t, (path) => path.replace(/^scoring\./, '')));
      else setErrors({ '': errorText(error, t) });
    }
  };

  const problem = (path: string) => <FieldError controlId={`set-${path}`} problem={errors[path]} />;
  const numberField = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    path: string,
  ) => (
    <FormField id={id} label={label} problem={errors[path]}>
      {(control) => (
        <input
          {...control}
          className="num-input"
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <Dialog
      title={t('scores.settingsDialog.title')}
      wide
      onCancel={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <button
            type="button"
            className="footer-left"
            onClick={() => {
              setForm(toForm(DEFAULT_SCORING_SETTINGS));
              setErrors({});
            }}
          >
            {t('scores.settingsDialog.restore')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </>
      }
    >
      <p className="muted">{t('scores.settingsDialog.intro')}</p>
      {Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          {t('scores.settingsDialog.invalid')} {errors[''] ?? ''}
        </p>
      )}
      <fieldset className="settings-group">
        <legend>{t('scores.settingsDialog.thresholds')}</legend>
        <p className="field-hint muted">{t('scores.settingsDialog.thresholdsHint')}</p>
        <div className="field-row three">
          {numberField(
            'set-thin',
            t('scores.settingsDialog.thin'),
            form.thin,
            (v) => setForm({ ...form, thin: v }),
            'strengthThresholds.thin',
          )}
          {numberField(
            'set-adequate',
            t('scores.settingsDialog.adequate'),
            form.adequate,
            (v) => setForm({ ...form, adequate: v }),
            'strengthThresholds.adequate',
          )}
          {numberField(
            'set-strong',
            t('scores.settingsDialog.strong'),
            form.strong,
            (v) => setForm({ ...form, strong: v }),
            'strengthThresholds.strong',
          )}
        </div>
        {problem('strengthThresholds')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('scores.settingsDialog.recency')}</legend>
        <p className="field-hint muted">{t('scores.settingsDialog.halfLifeHint')}</p>
        <div className="field-row three">
          {numberField(
            'set-half-life',
            t('scores.settingsDialog.halfLife'),
            form.halfLife,
            (v) => setForm({ ...form, halfLife: v }),
            'recencyHalfLifeDays',
          )}
        </div>
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('scores.settingsDialog.weights')}</legend>
        <p className="field-hint muted">{t('scores.settingsDialog.weightsHint')}</p>
        <div className="field-row four">
          {OBSERVATION_METHODS.map((m) =>
            numberField(
              `set-weight-${m}`,
              t(`method.${m}`),
              form.weights[m],
              (v) => setForm({ ...form, weights: { ...form.weights, [m]: v } }),
              `methodWeights.${m}`,
            ),
          )}
        </div>
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('scores.settingsDialog.rubric')}</legend>
        <p className="field-hint muted">{t('scores.settingsDialog.rubricHint')}</p>
        <div className="field-row five">
          {RUBRIC.map((n) => (
            <FormField
              key={n}
              id={`set-rubric-${n}`}
              label={t('scores.settingsDialog.rubricStep', { n })}
              problem={errors[`rubricLabels.${n}`] ?? errors[`rubricLabels[${n}]`]}
            >
              {(control) => (
                <input
                  {...control}
                  value={form.labels[n]}
                  placeholder={t(`rubric.${n}`)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      labels: form.labels.map((l, i) => (i === n ? e.target.value : l)),
                    })
                  }
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>
    </Dialog>
  );
}
