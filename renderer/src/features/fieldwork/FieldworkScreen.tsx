import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_METHODS, type Audit, type Visit } from '../../../../shared/domain';
import { EmptyState } from '../../app/components/EmptyState';
import { SearchBox } from '../../app/components/SearchBox';
import { formatDay, formatNumber } from '../../app/format';
import { matchesQuery } from '../../app/search';
import { changeWithUndo } from '../../app/undo';
import { db } from '../../db/db';
import { listConflicts } from '../../db/commands/field-packs';
import { useAuditObservations } from '../../db/observation-cache';
import { useAuditRecords } from '../../db/queries';
import { deleteVisits } from '../../db/commands/fieldwork';
import { useUi } from '../../stores/ui';
import { useRegister } from '../../db/register';
import { useOpenRequest } from '../../stores/openers';
import { ConflictsPanel } from './ConflictsPanel';
import { ObservationDialog } from '../../app/components/ObservationDialog';
import { ObservationLog } from './ObservationLog';
import { exportFieldResults, PackExportDialog } from './PackDialog';
import { SurveyImportDialog } from './SurveyImportDialog';
import { SurveysPanel } from './SurveysPanel';
import { VisitDialog } from './VisitDialog';
import { VisitView } from './VisitView';
import './fieldwork.css';
import { errorText } from '../../app/error-text';
import { useAuditFileCommands } from '../../app/useAuditFileCommands';
import { useHandedFile, useHandoff } from '../../stores/handoff';

const TABS = ['visits', 'log', 'surveys', 'conflicts'] as const;
type Tab = (typeof TABS)[number];
type DialogState =
  | { kind: 'visit'; visit: Visit | null }
  | { kind: 'observation'; id: string | null }
  | { kind: 'survey' }
  | { kind: 'pack' }
  | null;

/** Visits and mystery shops, the evidence log, surveys, field packs and their conflicts. */
export function FieldworkScreen({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const notify = useUi((s) => s.notify);
  const confirm = useUi((s) => s.confirm);
  const register = useRegister(audit.id);
  const visits = useAuditRecords(audit.id, 'visits');
  const conflicts = useLiveQuery(() => listConflicts(db, audit.id), [audit.id]);
  const [tab, setTab] = useState<Tab>('visits');
  const [openVisitId, setOpenVisitId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [query, setQuery] = useState('');
  const pack = audit.fieldPack;
  const { importResults, busy: importing } = useAuditFileCommands();

  // A survey CSV dropped on the window opens the survey import with it (a fresh one each time).
  const dropped = useHandedFile('survey-csv');

  const observers = useMemo(
    () => [...new Set((visits ?? []).map((v) => v.observer.trim()).filter(Boolean))].sort(),
    [visits],
  );
  const shown = useMemo(
    () =>
      [...(visits ?? [])]
        .sort((a, b) => a.date.localeCompare(b.date) || a.location.localeCompare(b.location))
        .filter((v) => matchesQuery(query, v.location, v.observer, v.scenario)),
    [visits, query],
  );
  const tabs = TABS.filter((k) => k !== 'conflicts' || (conflicts?.length ?? 0) > 0);
  const current: Tab = tabs.includes(tab) ? tab : 'visits';

  // A visit or a piece of evidence asked for elsewhere (the command palette) opens here.
  useOpenRequest('fieldwork', !!register && !!visits, (request) => {
    if (request.kind === 'visit') {
      setTab('visits');
      setOpenVisitId(request.id);
    } else if (request.kind === 'observation') {
      setTab('log');
      setDialog({ kind: 'observation', id: request.id });
    } else if (request.kind === 'new-visit' && register && register.promises.length > 0)
      setDialog({ kind: 'visit', visit: null });
    else if (request.kind === 'add-observation' && register && register.promises.length > 0)
      setDialog({ kind: 'observation', id: null });
  });

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next =
      tabs[(tabs.indexOf(current) + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    setTab(next);
    document.getElementById(`fieldwork-tab-${next}`)?.focus();
  };

  const deleteVisit = async (v: Visit) => {
    const ok = await confirm({
      title: t('fieldwork.deleteVisitTitle', { location: v.location }),
      body: t('fieldwork.deleteVisitBody'),
      confirmLabel: t('fieldwork.deleteVisit'),
      danger: true,
    });
    if (!ok) return;
    await changeWithUndo(
      audit.id,
      t('fieldwork.historyVisit', { location: v.location }),
      (journal) => deleteVisits(db, [v.id], journal),
      t('fieldwork.visitDeleted', { location: v.location }),
    );
  };

  const exportResults = async () => {
    try {
      const name = await exportFieldResults(audit, t('fieldwork.exportResults'));
      if (name) notify('info', t('fieldwork.resultsExported', { name }));
    } catch (error) {
      notify('error', errorText(error, t));
    }
  };

  const editing = dialog?.kind === 'observation' && dialog.id;
  const editedObservation = useLiveQuery(
    () => (editing ? db.observations.get(editing) : undefined),
    [editing],
  );

  return (
    <section className="screen fieldwork" aria-labelledby="fieldwork-title">
      <header className="screen-header">
        <div>
          <h1 id="fieldwork-title">{t('fieldwork.title')}</h1>
          <p className="subtitle">{t('fieldwork.subtitle')}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => setDialog({ kind: 'visit', visit: null })}
            disabled={!register || register.promises.length === 0}
          >
            {t('fieldwork.newVisit')}
          </button>
          <button
            type="button"
            onClick={() => setDialog({ kind: 'observation', id: null })}
            disabled={!register || register.promises.length === 0}
          >
            {t('fieldwork.addObservation')}
          </button>
          {!pack && (
            <>
              <button
                type="button"
                onClick={() => setDialog({ kind: 'survey' })}
                disabled={!register || register.promises.length === 0}
              >
                {t('fieldwork.importSurvey')}
              </button>
              <button type="button" onClick={() => setDialog({ kind: 'pack' })}>
                {t('fieldwork.exportPack')}
              </button>
              <button type="button" onClick={() => void importResults()} disabled={importing}>
                {t('guide.fieldwork.importResults')}
              </button>
            </>
          )}
          {pack && (
            <button type="button" className="primary" onClick={() => void exportResults()}>
              {t('fieldwork.exportResults')}
            </button>
          )}
        </div>
      </header>
      {pack && (
        <p className="pack-banner" role="note">
          {t('fieldwork.packBanner', { brand: audit.brand, manager: pack.manager })}
        </p>
      )}
      <div className="tabs" role="tablist" aria-label={t('fieldwork.title')} onKeyDown={onTabKey}>
        {tabs.map((k) => (
          <button
            key={k}
            id={`fieldwork-tab-${k}`}
            type="button"
            role="tab"
            aria-selected={current === k}
            aria-controls={`fieldwork-panel-${k}`}
            tabIndex={current === k ? 0 : -1}
            className={current === k ? 'tab active' : 'tab'}
            onClick={() => setTab(k)}
          >
            {k === 'conflicts'
              ? t('fieldwork.tabs.conflicts', { count: conflicts?.length ?? 0 })
              : t(`fieldwork.tabs.${k}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`fieldwork-panel-${current}`}
        aria-labelledby={`fieldwork-tab-${current}`}
        className="tab-panel"
      >
        {current === 'visits' && openVisitId && (
          <VisitView
            audit={audit}
            visitId={openVisitId}
            onBack={() => setOpenVisitId(null)}
            onEdit={() => {
              const v = visits?.find((x) => x.id === openVisitId);
              if (v) setDialog({ kind: 'visit', visit: v });
            }}
          />
        )}
        {current === 'visits' && !openVisitId && (
          <>
            <SearchBox
              value={query}
              onChange={setQuery}
              placeholder={t('fieldwork.searchPlaceholder')}
            />
            {visits && visits.length === 0 && register && register.promises.length === 0 && (
              <EmptyState
                title={t('guide.empty.needPromisesTitle')}
                body={t('guide.empty.needPromisesBody')}
                steps={[
                  {
                    label: t('guide.empty.goToRegister'),
                    run: () => useUi.getState().showScreen('register'),
                    primary: true,
                  },
                ]}
              />
            )}
            {visits && visits.length === 0 && register && register.promises.length > 0 && (
              <EmptyState
                title={t('guide.empty.visitsTitle')}
                body={t('guide.empty.visitsBody')}
                steps={[
                  {
                    label: t('guide.empty.planVisit'),
                    run: () => setDialog({ kind: 'visit', visit: null }),
                    primary: true,
                  },
                  ...(pack
                    ? []
                    : [
                        {
                          label: t('guide.empty.importSurvey'),
                          run: () => setDialog({ kind: 'survey' }),
                        },
                      ]),
                ]}
              />
            )}
            {visits && visits.length > 0 && shown.length === 0 && (
              <p className="empty">{t('common.noMatches', { query })}</p>
            )}
            {shown.length > 0 && (
              <div className="table-wrap">
                <table className="table visits-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('fieldwork.columns.location')}</th>
                      <th scope="col">{t('fieldwork.columns.kind')}</th>
                      <th scope="col">{t('fieldwork.columns.date')}</th>
                      <th scope="col">{t('fieldwork.columns.observer')}</th>
                      <th scope="col" className="num">
                        {t('fieldwork.columns.wave')}
                      </th>
                      <th scope="col">{t('fieldwork.columns.status')}</th>
                      <th scope="col">{t('fieldwork.columns.progress')}</th>
                      <th scope="col">
                        <span className="sr-only">{t('audits.columns.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((v) => {
                      const done = v.checklist.filter((i) => i.state !== 'pending').length;
                      return (
                        <tr key={v.id}>
                          <th scope="row">
                            <button
                              type="button"
                              className="link"
                              onClick={() => setOpenVisitId(v.id)}
                            >
                              {v.location}
                            </button>
                          </th>
                          <td>{t(`fieldwork.visitKind.${v.kind}`)}</td>
                          <td>{formatDay(v.date, locale)}</td>
                          <td>{v.observer}</td>
                          <td className="num">{v.wave}</td>
                          <td>
                            <span className={`pill status-${v.status}`}>
                              {t(`fieldwork.visitStatus.${v.status}`)}
                            </span>
                          </td>
                          <td>{t('fieldwork.progress', { done, total: v.checklist.length })}</td>
                          <td className="row-actions nowrap">
                            <button type="button" onClick={() => setOpenVisitId(v.id)}>
                              {t('fieldwork.open')}
                            </button>
                            <button
                              type="button"
                              className="danger-text"
                              onClick={() => void deleteVisit(v)}
                            >
                              {t('fieldwork.deleteVisit')}
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {!pack && <EvidenceByWave auditId={audit.id} locale={locale} />}
          </>
        )}
        {current === 'log' && register && (
          <ObservationLog
            audit={audit}
            register={register}
            onEdit={(id) => setDialog({ kind: 'observation', id })}
          />
        )}
        {current === 'surveys' && <SurveysPanel audit={audit} />}
        {current === 'conflicts' && register && conflicts && (
          <ConflictsPanel audit={audit} conflicts={conflicts} register={register} />
        )}
      </div>
      {dialog?.kind === 'visit' && (
        <VisitDialog
          audit={audit}
          visit={dialog.visit}
          observers={observers}
          onDone={(saved) => {
            setDialog(null);
            if (saved && !dialog.visit) setOpenVisitId(saved.id);
          }}
        />
      )}
      {dialog?.kind === 'observation' && register && (dialog.id === null || editedObservation) && (
        <ObservationDialog
          audit={audit}
          register={register}
          observation={dialog.id ? (editedObservation ?? null) : null}
          onDone={() => setDialog(null)}
        />
      )}
      {(dialog?.kind === 'survey' || dropped) && register && (
        <SurveyImportDialog
          key={dropped?.id ?? 0}
          audit={audit}
          register={register}
          given={dropped ?? undefined}
          onClose={() => {
            setDialog(null);
            useHandoff.getState().clear();
          }}
        />
      )}
      {dialog?.kind === 'pack' && (
        <PackExportDialog audit={audit} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}

/** How much evidence each method has brought in each wave. */
function EvidenceByWave({ auditId, locale }: { auditId: string; locale: string }) {
  const { t } = useTranslation();
  // Counted from the evidence the log holds: a query of its own would read every record of
  // the audit again, and again after each edit.
  const { observations } = useAuditObservations(auditId);
  const counts = useMemo(() => {
    if (!observations) return undefined;
    const map = new Map<string, number>();
    for (const o of observations) {
      const key = `${o.method}|${o.wave}`;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    return map;
  }, [observations]);
  const waves = useMemo(
    () =>
      [...new Set([...(counts?.keys() ?? [])].map((k) => Number(k.split('|')[1])))].sort(
        (a, b) => a - b,
      ),
    [counts],
  );
  if (!counts || waves.length === 0) return null;
  return (
    <>
      <h2>{t('fieldwork.evidence')}</h2>
      <div className="table-wrap">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('fieldwork.method')}</th>
              {waves.map((w) => (
                <th key={w} scope="col" className="num">
                  {t('fieldwork.wave', { n: w })}
                </th>
              ))}
              <th scope="col" className="num">
                {t('fieldwork.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {OBSERVATION_METHODS.map((m) => (
              <tr key={m}>
                <th scope="row">{t(`method.${m}`)}</th>
                {waves.map((w) => (
                  <td key={w} className="num">
                    {formatNumber(counts.get(`${m}|${w}`) ?? 0, locale)}
                  </td>
                ))}
                <td className="num">
                  {formatNumber(
                    waves.reduce((s, w) => s + (counts.get(`${m}|${w}`) ?? 0), 0),
                    locale,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
