/**
 * The ways between screens: audit details edited after creation, files dropped on the window,
 * the register's evidence columns and matrix cells, and the next step an empty screen offers.
 */
export const guide = {
  details: {
    edit: 'Edit details',
    title: 'Audit details',
    team: 'Team',
    teamHint: 'One person a line.',
    confidentiality: 'Confidentiality',
    confidentialityPlaceholder: 'e.g. Confidential: client and audit team only',
    history: 'details of “{{name}}”',
    saved: 'Saved the details of “{{name}}”.',
  },
  fieldwork: {
    importResults: 'Import results…',
    resultsFilter: 'Field results ({{results}})',
  },
  drop: {
    overlay: 'Drop the file to import it',
    overlayHint:
      'Audit files ({{audit}}), field packs ({{pack}}), results files ({{results}}), register and survey CSV files',
    unknown:
      '“{{name}}” is not a file Touchstone imports. It takes audit files ({{audit}}), field packs ({{pack}}), results files ({{results}}), and register or survey CSV files.',
    oneAtATime: 'Drop one file at a time: {{count}} files were dropped, none was imported.',
    needAudit: '“{{name}}” goes into an open audit: open or create one, then drop it again.',
    inPack: '“{{name}}” goes into the consultant’s audit, not into a field pack’s copy.',
    readFailed: '“{{name}}” could not be read: {{message}}',
  },
  register: {
    wrap: 'Wrap statements',
    columns: {
      alignment: 'Alignment',
      evidence: 'Evidence',
      strength: 'Strength',
      gap: 'Perception gap',
    },
    notObserved: 'not observed',
    noBelief: 'no belief',
  },
  matrix: {
    open_one: 'Show its {{count}} promise',
    open_other: 'Show its {{count}} promises',
    addHere: 'Add a touchpoint',
    addHereLabel: 'Add a touchpoint at {{stage}} · {{channel}}',
    filtered: 'Promises at {{stage}} · {{channel}}',
    showAll: 'Show all promises',
  },
  empty: {
    promisesTitle: 'No promises yet',
    promisesBody:
      'The register is where an audit starts: the brand’s promises, each at a touchpoint of the customer journey. Start from an industry template, import the client’s register from a CSV file, or add the journey and promises by hand.',
    applyTemplate: 'Start from a template…',
    importCsv: 'Import a CSV file…',
    addJourney: 'Add stages and touchpoints',
    addPromise: 'Add a promise',
    beliefsTitle: 'The team has not said what it believes yet',
    beliefsBody:
      'Before the evidence comes in, ask the team how well each promise is kept. The perception gap on Scores compares their belief with what the evidence shows.',
    startSession: 'Start the belief session',
    needPromisesTitle: 'Add promises first',
    needPromisesBody: 'Visits, surveys and scores all check promises: the register has none yet.',
    goToRegister: 'Go to the register',
    visitsTitle: 'No visits yet',
    visitsBody:
      'Plan a visit or a mystery shop to check promises on site, import a survey, or send a field pack to a manager.',
    planVisit: 'Plan a visit…',
    importSurvey: 'Import a survey…',
    evidenceTitle: 'No evidence yet',
    evidenceBody:
      'Scores come from observations: complete a visit, add an observation or import survey results on Field work.',
    goToFieldwork: 'Go to field work',
    actionsTitle: 'No actions yet',
    actionsBody:
      'Turn the broken promises into actions: draft them from the gaps the evidence shows, or add one by hand.',
    actionsNoEvidence:
      'Actions follow from the gaps the evidence shows, and there is no evidence yet. You can still add an action by hand.',
    draftActions: 'Draft from the gaps…',
    addAction: 'Add an action…',
    exportTitle: 'Nothing to report yet',
    exportBody:
      'The report tells what the evidence says about each promise. Add promises and collect evidence first; the report can still be built, but it will be empty.',
    exportNoEvidence:
      'The report will list the promises, but without evidence it has no findings yet. Collect evidence on Field work first.',
  },
};
