import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../../shared/domain';
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  decodeCsv,
  detectDelimiter,
  parseCsv,
  type CsvDelimiter,
  type CsvEncoding,
} from '../../../../../shared/formats/csv';
import {
  autoMapColumns,
  CSV_FIELDS,
  CSV_KINDS,
  REQUIRED_FIELDS,
  type CsvField,
  type CsvKind,
} from '../../../../../shared/register/csv-fields';
import { planRegisterImport } from '../../../../../shared/register/csv-import';
import { Dialog } from '../../../app/components/Dialog';
import { FormField } from '../../../app/components/FormField';
import { db } from '../../../db/db';
import { desktop } from '../../../platform';
import { undoable } from '../../../stores/history';
import { useUi } from '../../../stores/ui';
import { useRegister } from '../../../db/register';
import { applyImportPlan, type ImportCounts } from '../../../db/commands/register';
import { errorText, lineProblemText } from '../../../app/error-text';

interface Loaded {
  name: string;
  bytes: Uint8Array;
  detected: { encoding: CsvEncoding; delimiter: CsvDelimiter };
}
const PREVIEW_ROWS = 6;

/** A file given to the dialog as it opens (dropped on the window), and what it holds. */
export interface GivenCsv {
  name: string;
  bytes: Uint8Array;
  csvKind: CsvKind;
}

/** The file as the preview reads it: its bytes, and the encoding and separator it seems to use. */
function loaded(name: string, bytes: Uint8Array): Loaded {
  const decoded = decodeCsv(bytes);
  return {
    name,
    bytes,
    detected: { encoding: decoded.encoding, delimiter: detectDelimiter(decoded.text) },
  };
}

/**
 * Import touchpoints or promises from a CSV: choose (or be given) a file, check the preview
 * and mapping, import whole or not at all.
 */
export function CsvImportDialog({
  audit,
  given,
  onClose,
}: {
  audit: Audit;
  given?: GivenCsv;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const register = useRegister(audit.id);
  const notify = useUi((s) => s.notify);
  const [kind, setKind] = useState<CsvKind>(given?.csvKind ?? 'promises');
  const [file, setFile] = useState<Loaded | null>(() =>
    given && given.bytes.byteLength > 0 ? loaded(given.name, given.bytes) : null,
  );
  const [encoding, setEncoding] = useState<CsvEncoding | null>(null);
  const [delimiter, setDelimiter] = useState<CsvDelimiter | null>(null);
  const [mapping, setMapping] = useState<Record<string, number> | null>(null);
  const [busy, setBusy] = useState(false);

  const table = useMemo(() => {
    if (!file) return null;
    const text = decodeCsv(file.bytes, encoding ?? file.detected.encoding).text;
    return parseCsv(text, delimiter ?? file.detected.delimiter);
  }, [file, encoding, delimiter]);
  const columns = useMemo(
    () => (table ? { ...autoMapColumns(kind, table.header), ...(mapping ?? {}) } : null),
    [table, kind, mapping],
  );
  const result = useMemo(
    () =>
      table && columns && register ? planRegisterImport(kind, register, table, columns) : null,
    [table, columns, register, kind],
  );

  const describe = (counts: ImportCounts) =>
    (['stages', 'channels', 'touchpoints', 'promises'] as const)
      .filter((k) => counts[k] > 0)
      .map((k) => t(`entity.${k}`, { count: counts[k] }))
      .join(', ');

  const choose = async () => {
    try {
      const opened = await desktop.openFile({
        filters: [{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }],
      });
      if (!opened) return;
      if (opened.data.byteLength === 0) return notify('error', t('csv.empty'));
      setFile(loaded(opened.name, opened.data));
      setEncoding(null);
      setDelimiter(null);
      setMapping(null);
    } catch (error) {
      notify('error', t('csv.readFailed', { message: errorText(error, t) }));
    }
  };

  const runImport = async () => {
    if (!result?.ok || !file) return;
    setBusy(true);
    try {
      const counts = await undoable(
        audit.id,
        t('csv.historyLabel', { name: file.name }),
        (journal) => applyImportPlan(db, audit.id, result.plan, journal),
      );
      notify('info', t('csv.imported', { what: describe(counts) || '0' }));
      onClose();
    } catch (error) {
      notify('error', errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const plan = result?.ok ? result.plan : null;
  const planCounts = plan && {
    stages: plan.stages.length,
    channels: plan.channels.length,
    touchpoints: plan.touchpoints.length,
    promises: plan.promises.length,
  };
  return (
    <Dialog
      title={t('csv.title')}
      wide
      onCancel={onClose}
      onSubmit={() => void runImport()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || !plan || (planCounts ? describe(planCounts) === '' : true)}
          >
            {busy ? t('csv.importing') : t('csv.import')}
          </button>
        </>
      }
    >
      <fieldset className="csv-kinds">
        <legend>{t('csv.what')}</legend>
        {CSV_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="radio"
              name="csv-kind"
              checked={kind === k}
              onChange={() => (setKind(k), setMapping(null))}
            />
            <span>
              <strong>{t(`csv.kinds.${k}`)}</strong>{' '}
              <span className="muted">{t(`csv.kindHint.${k}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="csv-file">
        <button type="button" onClick={() => void choose()}>
          {t('csv.chooseFile')}
        </button>
        {file && <span>{t('csv.file', { name: file.name })}</span>}
      </div>
      {file && table && columns && (
        <>
          <div className="field-row">
            <FormField label={t('csv.encoding')}>
              {(control) => (
                <select
                  {...control}
                  value={encoding ?? file.detected.encoding}
                  onChange={(e) => setEncoding(e.target.value as CsvEncoding)}
                >
                  {CSV_ENCODINGS.map((enc) => (
                    <option key={enc} value={enc}>
                      {enc === file.detected.encoding
                        ? t('csv.detected', { value: t(`csv.encodings.${enc}`) })
                        : t(`csv.encodings.${enc}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t('csv.separator')}>
              {(control) => (
                <select
                  {...control}
                  value={delimiter ?? file.detected.delimiter}
                  onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)}
                >
                  {CSV_DELIMITERS.map((d) => (
                    <option key={d} value={d}>
                      {d === file.detected.delimiter
                        ? t('csv.detected', { value: t(`csv.separators.${d}`) })
                        : t(`csv.separators.${d}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <section aria-label={t('csv.mapping')}>
            <h3>{t('csv.mapping')}</h3>
            <p className="hint">{t('csv.mappingHint')}</p>
            <div className="csv-mapping">
              {CSV_FIELDS[kind].map((field: CsvField) => (
                <FormField
                  key={field}
                  label={
                    (REQUIRED_FIELDS[kind] as readonly string[]).includes(field)
                      ? t('csv.required', { field: t(`csv.fields.${field}`) })
                      : t(`csv.fields.${field}`)
                  }
                >
                  {(control) => (
                    <select
                      {...control}
                      value={columns[field] ?? -1}
                      onChange={(e) =>
                        setMapping({ ...(mapping ?? {}), [field]: Number(e.target.value) })
                      }
                    >
                      <option value={-1}>{t('csv.notMapped')}</option>
                      {table.header.map((h, i) => (
                        <option key={`${h}-${i}`} value={i}>
                          {h || `#${i + 1}`}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              ))}
            </div>
          </section>
          <section aria-label={t('csv.preview')}>
            <h3>{t('csv.preview')}</h3>
            <div className="table-wrap csv-preview">
              <table className="table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('csv.line')}</th>
                    {table.header.map((h, i) => (
                      <th key={`${h}-${i}`} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
                    <tr key={row.line}>
                      <td className="num muted">{row.line}</td>
                      {table.header.map((_, i) => (
                        <td key={i}>{row.cells[i] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {result && !result.ok && (
            <section className="csv-problems" role="alert">
              <p>
                <strong>{t('csv.problems', { count: result.problems.length })}</strong>
              </p>
              <ul>
                {result.problems.slice(0, 50).map((p) => (
                  <li key={`${p.line}-${p.message}`}>
                    {t('csv.problemLine', { line: p.line, message: lineProblemText(p, t) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {result && result.warnings.length > 0 && (
            <section className="csv-warnings" aria-label={t('csv.warningsLabel')}>
              <p>
                <strong>
                  {t('csv.warnings', {
                    count: result.warnings.reduce((n, w) => n + w.reasons.length, 0),
                  })}
                </strong>
              </p>
              <ul>
                {result.warnings.slice(0, 50).map((w) => (
                  <li key={`${w.line}-${w.message}`}>
                    {t('csv.problemLine', { line: w.line, message: lineProblemText(w, t) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {plan && planCounts && (
            <p className="csv-summary" role="status">
              {describe(planCounts)
                ? t('csv.summary', { what: describe(planCounts) })
                : t('csv.nothingNew')}{' '}
              {plan.alreadyThere > 0 && t('csv.alreadyThere', { count: plan.alreadyThere })}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
