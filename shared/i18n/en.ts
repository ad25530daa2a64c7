import { csv } from './en/csv';
import { errors } from './en/errors';
import { fieldwork } from './en/fieldwork';
import { find } from './en/find';
import { survey } from './en/survey';
import { surveys } from './en/surveys';
import { sync } from './en/sync';
import { plan } from './en/plan';
import { progress } from './en/progress';
import { register } from './en/register';
import { safety } from './en/safety';
import { report } from './en/report';
import { scores } from './en/scores';
import { templates } from './en/templates';
import { guide } from './en/guide';

/** The English catalogue: every word the app shows. Russian and Polish follow its keys. */
export const en = {
  csv,
  fieldwork,
  find,
  survey,
  surveys,
  sync,
  templates,
  guide,
  safety,
  progress,
  report,
  app: {
    name: 'Touchstone',
    tagline: 'Brand-promise audits',
    loading: 'Opening your audits…',
    startFailed: 'Touchstone could not open its data store: {{message}}',
    noAudit: 'No audit is open',
    noAuditHint: 'Open an audit on the Audits screen, or create a new one.',
    goToAudits: 'Go to Audits',
    currentAudit: 'Current audit',
  },
  nav: {
    label: 'Main',
    audits: 'Audits',
    register: 'Register',
    fieldwork: 'Field work',
    scores: 'Scores',
    plan: 'Plan',
    export: 'Export',
    shortcut: 'Ctrl+{{n}}',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    create: 'Create',
    delete: 'Delete',
    rename: 'Rename',
    edit: 'Edit',
    open: 'Open',
    search: 'Search',
    clearSearch: 'Clear search',
    dismiss: 'Dismiss',
    noMatches: 'Nothing matches “{{query}}”.',
    empty: '—',
  },
  language: { en: 'English', ru: 'Russian', pl: 'Polish' },
  /** Each language in its own words, for the interface-language choice; the same in every catalogue. */
  languageName: { en: 'English', ru: 'Русский', pl: 'Polski' },
  /** A field's error: its label and what is wrong, in the order the language says them. */
  form: { fieldProblem: '{{field}} {{problem}}' },
  settings: {
    uiLanguage: 'Interface language',
    uiLanguageHint: 'Each audit keeps its own report language.',
  },
  status: { draft: 'Draft', 'in-field': 'In field', reporting: 'Reporting', final: 'Final' },
  method: {
    'field-check': 'Field check',
    'mystery-shop': 'Mystery shop',
    survey: 'Survey / NPS',
    interview: 'Interview',
    review: 'Review',
    complaint: 'Complaint',
    'usage-data': 'Usage data',
  },
  actionStatus: {
    proposed: 'Proposed',
    committed: 'Committed',
    'in-progress': 'In progress',
    done: 'Done',
    verified: 'Verified',
  },
  priority: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  rubric: { '0': 'Broken', '1': 'Poor', '2': 'Partly kept', '3': 'Kept', '4': 'Exceeded' },
  /** Why an observation does not count toward the scores (shared/scoring/counting.ts). */
  leftOut: {
    reason: {
      notApplicable: 'not applicable',
      couldNotCheck: 'could not check',
      zeroWeight: 'method weighted 0',
      unscorable: 'no target to score against',
    },
    /** One reason with its count, in a list. */
    item: '{{reason}}: {{n}}',
    /** An observation that does not count, and why. */
    mark: 'Does not count: {{reason}}',
  },
  entity: {
    stages_one: '{{count}} journey stage',
    stages_other: '{{count}} journey stages',
    channels_one: '{{count}} channel',
    channels_other: '{{count}} channels',
    touchpoints_one: '{{count}} touchpoint',
    touchpoints_other: '{{count}} touchpoints',
    promises_one: '{{count}} promise',
    promises_other: '{{count}} promises',
    observations_one: '{{count}} observation',
    observations_other: '{{count}} observations',
    visits_one: '{{count}} visit',
    visits_other: '{{count}} visits',
    actions_one: '{{count}} action',
    actions_other: '{{count}} actions',
    photos_one: '{{count}} photo',
    photos_other: '{{count}} photos',
    surveys_one: '{{count}} survey',
    surveys_other: '{{count}} surveys',
    surveyImports_one: '{{count}} import of survey answers',
    surveyImports_other: '{{count}} imports of survey answers',
  },
  audits: {
    title: 'Audits',
    subtitle: 'Every engagement on this computer.',
    searchPlaceholder: 'Search by name, brand or period',
    new: 'New audit',
    import: 'Import audit file…',
    importing: 'Importing…',
    empty: 'No audits yet. Create one, or import an audit file.',
    columns: {
      name: 'Audit',
      brand: 'Brand',
      period: 'Period',
      language: 'Report language',
      status: 'Status',
      promises: 'Promises',
      observations: 'Observations',
      updated: 'Updated',
      actions: 'Actions',
    },
    isOpen: 'Open now',
    exportFile: 'Export file',
    rowActions: 'Actions for {{name}}',
    imported: 'Imported “{{name}}”.',
    importedCopy: 'Imported “{{name}}” as a copy: this audit was already here.',
    importFailed: 'Nothing was imported. {{message}}',
    exported: 'Saved “{{name}}”.',
    exportFailed: 'The audit file was not saved: {{message}}',
    created: 'Created “{{name}}”.',
    deleted: 'Deleted “{{name}}”.',
    deleteTitle: 'Delete “{{name}}”?',
    deleteBody:
      'This deletes the audit and everything in it: {{contents}}. It cannot be undone; export the audit file first if you may need it.',
    deleteBodyEmpty: 'This deletes the audit. It holds no records yet.',
    deleteConfirm: 'Delete audit',
    fileFilter: 'Touchstone files (audits, field packs, results)',
    /** A file the operating system asked Touchstone to open, before anything is written. */
    openedTitle: 'Import “{{file}}”?',
    openedAudit:
      'This file holds the audit “{{name}}” for {{brand}}: {{contents}}. Nothing is written until you import it.',
    openedAuditEmpty:
      'This file holds the audit “{{name}}” for {{brand}}, with no records yet. Nothing is written until you import it.',
    openedImport: 'Import',
    openedPackTitle: 'Open field pack “{{file}}”?',
    openedPack:
      'This field pack holds the visits of {{manager}} for “{{name}}” ({{brand}}): {{visits}}. Nothing is written until you open it.',
    openedOpenPack: 'Open field pack',
  },
  auditForm: {
    newTitle: 'New audit',
    brand: 'Brand',
    name: 'Audit name',
    periodStart: 'Period from',
    periodEnd: 'Period to',
    language: 'Report language',
    namePlaceholder: 'e.g. Brand promise audit 2026',
    brandPlaceholder: 'e.g. Lumen Home & Electronics',
  },
  register,
  scores,
  plan,
  export: {
    title: 'Export',
    subtitle: 'Take the audit elsewhere.',
    auditFile: 'Audit file',
    auditFileHint:
      'The whole audit, photos included, as one file that any copy of Touchstone can import.',
    exportAuditFile: 'Export audit file…',
  },
  errors,
  history: {
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Undone: {{label}}',
    redone: 'Redone: {{label}}',
    nothingToUndo: 'Nothing to undo.',
    nothingToRedo: 'Nothing to redo.',
  },
  menu: {
    file: 'File',
    newAudit: 'New audit…',
    importAudit: 'Import audit file…',
    exportAudit: 'Export audit file…',
    showAudits: 'Audits',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Touchstone',
  },
  about: {
    title: 'About Touchstone',
    version: 'Version {{version}} · {{platform}}',
  },
} as const;

/** The shape every catalogue has. */
export type Catalogue = typeof en;
