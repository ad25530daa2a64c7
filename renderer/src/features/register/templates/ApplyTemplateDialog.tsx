import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Audit, type Language } from '../../../../../shared/domain';
import { planTemplate } from '../../../../../shared/templates/template';
import { errorText } from '../../../app/error-text';
import { Dialog } from '../../../app/components/Dialog';
import { db } from '../../../db/db';
import { undoable } from '../../../stores/history';
import { useUi } from '../../../stores/ui';
import type { ImportCounts } from '../../../db/commands/register';
import { useRegister } from '../../../db/register';
import { applyTemplate } from '../../../db/commands/register';
import { useTemplates, uiLanguage } from '../../../db/templates/useTemplates';

const EXAMPLES = 4;

/** Choose an industry and the language of its texts, see what it adds, and add it in one undoable step. */
export function ApplyTemplateDialog({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useUi((s) => s.notify);
  const register = useRegister(audit.id);
  const { templates, error } = useTemplates();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(audit.language);
  const [busy, setBusy] = useState(false);
  const ui = uiLanguage(i18n.language);

  const chosen = templates?.find((tpl) => tpl.id === chosenId) ?? templates?.[0] ?? null;

  const plan = useMemo(
    () => (chosen && register ? planTemplate(chosen, language, register) : null),
    [chosen, language, register],
  );
  const describe = (counts: ImportCounts) =>
    (['stages', 'channels', 'touchpoints', 'promises'] as const)
      .filter((k) => counts[k] > 0)
      .map((k) => t(`entity.${k}`, { count: counts[k] }))
      .join(', ');
  const adds = plan
    ? describe({
        stages: plan.stages.length,
        channels: plan.channels.length,
        touchpoints: plan.touchpoints.length,
        promises: plan.promises.length,
      })
    : '';

  const apply = async () => {
    if (!chosen || !adds) return;
    setBusy(true);
    const industry = chosen.industry[ui];
    try {
      const counts = await undoable(
        audit.id,
        t('templates.historyLabel', { industry }),
        (journal) => applyTemplate(db, audit.id, chosen, language, journal),
      );
      notify('info', t('templates.applied', { what: describe(counts) || '0', industry }));
      onClose();
    } catch (failure) {
      notify('error', errorText(failure, t));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('templates.title')}
      wide
      onCancel={onClose}
      onSubmit={() => void apply()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !adds}>
            {busy ? t('templates.applying') : t('templates.apply')}
          </button>
        </>
      }
    >
      <p className="muted">{t('templates.intro')}</p>
      {error != null && (
        <p className="field-error" role="alert">
          {t('templates.loadFailed', { message: errorText(error, t) })}
        </p>
      )}
      {!templates && error == null && <p role="status">{t('templates.loading')}</p>}
      {templates && chosen && (
        <div className="template-layout">
          <fieldset className="template-list">
            <legend>{t('templates.industry')}</legend>
            {templates.map((tpl, i) => (
              <label
                key={tpl.id}
                className={tpl.id === chosen.id ? 'template-card chosen' : 'template-card'}
              >
                <input
                  type="radio"
                  name="template"
                  value={tpl.id}
                  checked={tpl.id === chosen.id}
                  autoFocus={i === 0}
                  onChange={() => setChosenId(tpl.id)}
                />
                <span>
                  <strong>{tpl.industry[ui]}</strong>
                  <span className="muted">{tpl.description[ui]}</span>
                  <span className="template-counts">
                    {t('templates.counts', {
                      stages: tpl.stages.length,
                      channels: tpl.channels.length,
                      touchpoints: tpl.touchpoints.length,
                      promises: tpl.promises.length,
                    })}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="template-preview">
            <div className="field">
              <label htmlFor="template-language">{t('templates.language')}</label>
              <select
                id="template-language"
                value={language}
                onChange={(e) => setLanguage(e.target.value as Language)}
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <p className="template-journey" lang={language}>
              {chosen.stages.map((s) => s.name[language]).join(' → ')}
            </p>
            <p className="template-journey muted" lang={language}>
              {chosen.channels.map((c) => c.name[language]).join(' · ')}
            </p>
            <h3>{t('templates.examples')}</h3>
            <ul className="template-examples" lang={language}>
              {chosen.promises.slice(0, EXAMPLES).map((p) => (
                <li key={p.statement.en}>{p.statement[language]}</li>
              ))}
            </ul>
            {plan && (
              <div className="csv-summary" role="status">
                {adds ? t('templates.willAdd', { what: adds }) : t('templates.nothingNew')}
                {adds && plan.alreadyThere > 0 && (
                  <> {t('templates.alreadyThere', { count: plan.alreadyThere })}</>
                )}
              </div>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
