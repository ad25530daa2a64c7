import type { TFunction } from 'i18next';
import type { Action, Observation, Visit } from '../../../../shared/domain';
import type { find } from '../../../../shared/i18n/en/find';
import type { RegisterData } from '../../db/register';
import { useOpeners, type OpenRequest } from '../../stores/openers';
import { SCREENS, useUi, type Screen } from '../../stores/ui';
import { formatDay } from '../format';

export type PaletteKind =
  'screen' | 'command' | 'promise' | 'touchpoint' | 'visit' | 'observation' | 'action';

/** One line of the command palette: what it says, what search reads, what Enter does. */
export interface PaletteItem {
  key: string;
  kind: PaletteKind;
  label: string;
  detail?: string;
  search: readonly string[];
  run: () => void;
}

/** The audit-file commands the window offers (import, export), handed to the palette. */
export interface FileCommands {
  importFile: () => void;
  exportFile: (auditId: string) => void;
}

const open = (request: OpenRequest) => () => useOpeners.getState().open(request);

/** The screens, then the commands that make sense with or without an open audit. */
export function commandItems(
  t: TFunction,
  auditId: string | null,
  files: FileCommands,
): PaletteItem[] {
  const screen = (s: Screen): PaletteItem => ({
    key: `screen:${s}`,
    kind: 'screen',
    label: t('find.palette.goTo', { screen: t(`nav.${s}`) }),
    search: [t(`nav.${s}`), t('find.palette.group.screen')],
    run: () => useUi.getState().showScreen(s),
  });
  const command = (id: keyof typeof find.palette.command, run: () => void): PaletteItem => ({
    key: `command:${id}`,
    kind: 'command',
    label: t(`find.palette.command.${id}`),
    search: [t(`find.palette.command.${id}`)],
    run,
  });
  const items = [
    ...SCREENS.filter((s) => auditId || s === 'audits').map(screen),
    command('newAudit', () => useUi.getState().requestNewAudit()),
    command('importAudit', files.importFile),
  ];
  if (auditId)
    items.push(
      command('newVisit', open({ screen: 'fieldwork', kind: 'new-visit' })),
      command('addObservation', open({ screen: 'fieldwork', kind: 'add-observation' })),
      command('newPromise', open({ screen: 'register', kind: 'new-promise' })),
      command('beliefSession', open({ screen: 'register', kind: 'belief-session' })),
      command('reveal', open({ screen: 'scores', kind: 'reveal' })),
      command('draftActions', open({ screen: 'plan', kind: 'draft-actions' })),
      command('newAction', open({ screen: 'plan', kind: 'new-action' })),
      command('exportReport', () => useUi.getState().showScreen('export')),
      command('exportAudit', () => files.exportFile(auditId)),
    );
  items.push(command('shortcuts', () => useOpeners.getState().setShortcuts(true)));
  return items;
}

/** The open audit's promises, touchpoints, visits and actions, each opened where it lives. */
export function recordItems(
  t: TFunction,
  locale: string,
  register: RegisterData | undefined,
  visits: readonly Visit[] | undefined,
  actions: readonly Action[] | undefined,
): PaletteItem[] {
  const items: PaletteItem[] = [];
  if (register) {
    for (const p of register.promises) {
      const tp = register.touchpointById.get(p.touchpointId);
      const stage = tp ? (register.stageById.get(tp.stageId)?.name ?? '') : '';
      const channel = tp ? (register.channelById.get(tp.channelId)?.name ?? '') : '';
      items.push({
        key: `promise:${p.id}`,
        kind: 'promise',
        label: p.statement,
        detail: t('find.combobox.where', { touchpoint: tp?.name ?? '', stage, channel }),
        search: [p.statement, tp?.name, stage, channel].map((s) => s ?? ''),
        run: open({ screen: 'register', kind: 'promise', id: p.id }),
      });
    }
    for (const tp of register.touchpoints) {
      const stage = register.stageById.get(tp.stageId)?.name ?? '';
      const channel = register.channelById.get(tp.channelId)?.name ?? '';
      items.push({
        key: `touchpoint:${tp.id}`,
        kind: 'touchpoint',
        label: tp.name,
        detail: [stage, channel, tp.department].filter(Boolean).join(' · '),
        search: [tp.name, stage, channel, tp.department],
        run: open({ screen: 'register', kind: 'touchpoint', id: tp.id }),
      });
    }
  }
  for (const v of visits ?? [])
    items.push({
      key: `visit:${v.id}`,
      kind: 'visit',
      label: t('find.palette.visit', { location: v.location, date: formatDay(v.date, locale) }),
      detail: [v.observer, v.scenario].filter(Boolean).join(' · '),
      search: [v.location, v.observer, v.scenario],
      run: open({ screen: 'fieldwork', kind: 'visit', id: v.id }),
    });
  for (const a of actions ?? [])
    items.push({
      key: `action:${a.id}`,
      kind: 'action',
      label: a.title,
      detail: [t(`actionStatus.${a.status}`), a.owner].filter(Boolean).join(' · '),
      search: [a.title, a.owner, a.remedy, a.cause],
      run: open({ screen: 'plan', kind: 'action', id: a.id }),
    });
  return items;
}

/** A piece of evidence found by its verbatim, as a palette line: opened in the evidence log. */
export function observationItem(
  t: TFunction,
  locale: string,
  o: Observation,
  statementOf: ReadonlyMap<string, string>,
): PaletteItem {
  return {
    key: `observation:${o.id}`,
    kind: 'observation',
    label: o.verbatim,
    detail: t('find.palette.observation', {
      statement: statementOf.get(o.promiseId) ?? '',
      date: formatDay(o.date, locale),
    }),
    search: [o.verbatim],
    run: open({ screen: 'fieldwork', kind: 'observation', id: o.id }),
  };
}
