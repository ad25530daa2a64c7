/**
 * English texts of every refusal and failure the app reports: the rules of the domain's
 * schemas, file formats, the store's commands, imports and edits. Code names them by key
 * (shared/domain/errors.ts); `.message` of an error is this English text, and the interface
 * shows the same key in its own language.
 */
export const errors = {
  unexpected: 'Something went wrong: {{message}}',
  /** A refusal: what was refused, then each problem. */
  refused: '{{subject}}: {{problems}}',
  /** One problem at a field: "importance must be between 1 and 5". */
  at: '{{path}} {{message}}',
  /** What a refusal is about. */
  subject: {
    audits: 'Audit',
    stages: 'Journey stage',
    channels: 'Channel',
    touchpoints: 'Touchpoint',
    promises: 'Brand promise',
    observations: 'Observation',
    visits: 'Visit',
    actions: 'Action',
    photos: 'Photo',
    record: 'Record',
    auditFile: 'Audit file',
    file: 'The file',
    fieldPack: 'Field pack',
    fieldResults: 'Field results',
    backup: 'Backup',
    conflict: 'Conflict',
    template: 'Template {{file}}',
  },
  /** What is wrong with one field's value. */
  field: {
    missing: 'is missing',
    unknownFields_one: 'has unknown field {{keys}}',
    unknownFields_other: 'has unknown fields {{keys}}',
    invalid: 'is not valid',
    wrongType: 'has the wrong type',
    text: 'must be text',
    number: 'must be a number',
    wholeNumber: 'must be a whole number',
    finite: 'must be a finite number',
    boolean: 'must be true or false',
    list: 'must be a list',
    object: 'must be an object',
    binary: 'must be binary data',
    uuid: 'must be a UUID',
    dateTime: 'must be an ISO date-time',
    date: 'must be a date written YYYY-MM-DD',
    format: 'is not in the expected format',
    key: 'must be lower-case letters, digits and hyphens',
    base64: 'must be base64 text',
    notBase64: 'is not valid base64',
    base64Character:
      'is not base64: photo “{{name}}” holds “{{character}}” at character {{position}}',
    base64Padding:
      'is not base64: photo “{{name}}” does not end as base64 does (groups of four characters, at most two “=” at the very end)',
    notImage: 'is not a {{type}} image: the bytes of photo “{{name}}” are no image',
    otherImage: 'is not a {{type}} image: photo “{{name}}” is a {{actual}} image',
    tooLarge: 'is too large',
    required: 'is required',
    controlCharacters: 'must not contain control characters',
    oneOf: 'must be one of {{values}}',
    either: 'must be {{first}} or {{second}}',
    exactly: 'must be {{expected}}',
    between: 'must be between {{minimum}} and {{maximum}}',
    atLeast: 'must be at least {{minimum}}',
    atMost: 'must be at most {{maximum}}',
    orMore: 'must be {{minimum}} or more',
    above: 'must be more than {{minimum}}',
    below: 'must be less than {{maximum}}',
    multipleOf: 'must be a multiple of {{divisor}}',
    minLength_one: 'must be at least {{count}} character long',
    minLength_other: 'must be at least {{count}} characters long',
    maxLength_one: 'must be at most {{count}} character',
    maxLength_other: 'must be at most {{count}} characters',
    exactLength_one: 'must be exactly {{count}} character',
    exactLength_other: 'must be exactly {{count}} characters',
    minItems_one: 'must hold at least {{count}} item',
    minItems_other: 'must hold at least {{count}} items',
    maxItems_one: 'must hold at most {{count}} item',
    maxItems_other: 'must hold at most {{count}} items',
    exactItems_one: 'must hold exactly {{count}} item',
    exactItems_other: 'must hold exactly {{count}} items',
    maxPhotos_one: 'must hold at most {{count}} photo',
    maxPhotos_other: 'must hold at most {{count}} photos',
    photoSize: 'must be at most {{size}} MB',
  },
  /** Rules across the fields of one record. */
  rule: {
    thresholdsRise: 'thresholds must rise: thin ≤ adequate ≤ strong',
    fiveSteps: 'must name all five steps, 0 to 4',
    periodEnd: 'must not be before the period start',
    promiseOrTouchpoint: 'set either a promise or a touchpoint, not both or neither',
    requiredOnceCommitted: 'is required once the action is committed',
    scoreOrMeasured: 'is required: give a score or a measured value',
  },
  /** A whole audit's records against each other. */
  bundle: {
    otherAuditId: 'does not match the audit’s id',
    usedTwice: 'is used twice ({{id}}, first at {{first}})',
    notALine: 'is not the observation of a checked line of its visit',
    lineDiffers: 'says something other than its visit’s checklist line',
    lineWithoutEvidence: 'is checked, but the audit holds no observation of it',
    /** A reference to a record of this kind that the audit does not hold. */
    missing: {
      stages: 'refers to journey stage {{id}}, which is not in the audit',
      channels: 'refers to channel {{id}}, which is not in the audit',
      touchpoints: 'refers to touchpoint {{id}}, which is not in the audit',
      promises: 'refers to brand promise {{id}}, which is not in the audit',
      observations: 'refers to observation {{id}}, which is not in the audit',
      visits: 'refers to visit {{id}}, which is not in the audit',
      actions: 'refers to action {{id}}, which is not in the audit',
      photos: 'refers to photo {{id}}, which is not in the audit',
    },
  },
  /** Reading a Touchstone file. */
  file: {
    notJson: 'is not valid JSON ({{detail}})',
    notAuditFile: 'is not a Touchstone audit file',
    notFieldPack: 'is not a Touchstone field pack',
    notFieldResults: 'is not a Touchstone field results file',
    tooDeep: 'nests more than {{depth}} levels deep, which no Touchstone file does',
    noVersion: 'has no valid format version',
    newerVersion:
      'was written by a newer version of Touchstone (format version {{version}}; this version reads up to {{current}})',
    cannotUpgrade: 'has format version {{version}}, which this version cannot upgrade',
    damaged:
      'is damaged: its contents do not match its checksum (it was changed or cut short after it was written)',
    utf16: 'is UTF-16 text; Touchstone files are UTF-8',
    zip: 'is a ZIP archive (a Word or Excel file?), not a Touchstone file',
    notUtf8: 'is not UTF-8 text',
    notTouchstoneFile: 'is not a Touchstone file (an audit file, a field pack or a results file)',
    cannotRead: 'Cannot read “{{name}}”: {{reason}}.',
    /** Why a file could not be read from disk. */
    why: {
      notFound: 'no such file',
      notAFile: 'it is not a file',
      permission: 'permission denied',
    },
  },
  /** A field pack's and a results file's records against each other. */
  pack: {
    lineInResults: 'names a visit: a checklist line’s evidence comes back in its visit',
    noStage: 'refers to no stage of the pack',
    noChannel: 'refers to no channel of the pack',
    noTouchpoint: 'refers to no touchpoint of the pack',
    noPromise: 'refers to no promise of the pack',
    otherAudit: 'is not the audit of the pack',
    resultsOtherAudit: 'is not the audit of the results',
    noPhoto: 'refers to photo {{id}}, which is not in the file',
    noVisit: 'refers to no visit of the results',
    noVisits: 'must hold at least one visit',
  },
  /** An industry template file. */
  template: {
    notJson: 'is not JSON ({{detail}})',
    format: 'must be “{{expected}}”',
    noStages: 'must list at least one stage',
    noChannels: 'must list at least one channel',
    noTouchpoints: 'must list at least one touchpoint',
    noPromises: 'must list at least one promise',
    repeatsKey: 'repeats the key “{{key}}”',
    noStage: 'names no stage of the template (“{{key}}”)',
    noChannel: 'names no channel of the template (“{{key}}”)',
    noTouchpoint: 'names no touchpoint of the template (“{{key}}”)',
  },
  /** The store's commands. */
  store: {
    noAudit: 'refers to no audit',
    auditGone: 'refers to an audit that does not exist',
    otherAudit: 'belongs to another audit',
    /** A record to change that is not there. */
    noRecord: {
      stages: 'refers to no journey stage',
      channels: 'refers to no channel',
      touchpoints: 'refers to no touchpoint',
      promises: 'refers to no brand promise',
      observations: 'refers to no observation',
      visits: 'refers to no visit',
      actions: 'refers to no action',
      photos: 'refers to no photo',
    },
    /** A reference to a record that is not in the same audit. */
    notInAudit: {
      stages: 'refers to a journey stage that is not in this audit',
      channels: 'refers to a channel that is not in this audit',
      touchpoints: 'refers to a touchpoint that is not in this audit',
      promises: 'refers to a brand promise that is not in this audit',
      observations: 'refers to an observation that is not in this audit',
      visits: 'refers to a visit that is not in this audit',
      actions: 'refers to an action that is not in this audit',
      photos: 'refers to a photo that is not in this audit',
    },
    lineByVisit: 'is a visit’s: evidence of its checklist lines is recorded by completing the visit',
    lineFieldOfVisit: 'is the visit’s: change it on the visit, and its lines’ evidence follows',
    visitCompleted: 'is completed: reopen the visit to change its checklist',
    visitAlreadyCompleted: 'is already completed',
    noVisitsFor: '{{manager}} has no visits to fill in this audit',
    packOpen: 'is already open here, as the audit “{{name}}”',
    resultsNeedPack: 'can only be exported from an audit opened from a field pack',
    resultsAuditGone: 'belong to an audit that is not on this computer',
    resultsIntoPack: 'go into the consultant’s audit, not into a field pack',
    resultsPromisesGone_one:
      'refer to {{count}} promise no longer in “{{name}}” (deleted since the pack was made); undo that deletion, then import again',
    resultsPromisesGone_other:
      'refer to {{count}} promises no longer in “{{name}}” (deleted since the pack was made); undo that deletion, then import again',
    noVersion: 'names no version',
    staleChange: 'This change can no longer be undone: the records it touched have changed since.',
    backupAuditGone: 'is of an audit that is no longer on this computer: restore it as a new audit',
    /** Records of a backup whose ids are another audit's, by kind. */
    backupIdsTaken: {
      stages: 'uses the ids of journey stages that belong to another audit',
      channels: 'uses the ids of channels that belong to another audit',
      touchpoints: 'uses the ids of touchpoints that belong to another audit',
      promises: 'uses the ids of brand promises that belong to another audit',
      observations: 'uses the ids of observations that belong to another audit',
      visits: 'uses the ids of visits that belong to another audit',
      actions: 'uses the ids of actions that belong to another audit',
      photos: 'uses the ids of photos that belong to another audit',
    },
    noBackupsFolder: 'The browser keeps no backups folder; open “{{name}}” with Import instead.',
  },
  /** A file offered as a photo. */
  photo: {
    type: '“{{name}}” is not a JPEG, PNG, WebP or GIF image.',
    size: '“{{name}}” is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB; a photo can be at most {{max}} MB.',
    otherImage: '“{{name}}” is a {{actual}} image, not the {{type}} image its name says.',
  },
  /** A row of a register CSV; {{column}} is the name of a field of the import. */
  csv: {
    unmapped: 'No column is mapped to “{{column}}”, which is required.',
    noRows: 'The file has a header but no rows.',
    tooLong_one: '“{{column}}” is longer than {{count}} character',
    tooLong_other: '“{{column}}” is longer than {{count}} characters',
    control: '“{{column}}” holds a control character, which Touchstone does not keep',
    empty: '“{{column}}” is empty',
    emptyUnknownTouchpoint:
      '“{{column}}” is empty and “{{touchpoint}}” is not a touchpoint of this audit',
    ambiguousTouchpoint:
      '“{{touchpoint}}” is a touchpoint at more than one stage or channel; say which in “{{stage}}” and “{{channel}}”',
    source:
      '“{{column}}” is “{{value}}”, not one of advertising, website, contract, staff script, brand guideline, price list, other',
    kind: '“{{column}}” is “{{value}}”, not functional or emotional',
    importance: '“{{column}}” is “{{value}}”, not a whole number from 1 to 5',
    belief: '“{{column}}” is “{{value}}”, not a whole number from 0 to 4',
    direction: '“{{column}}” is “{{value}}”, not “at most” or “at least”',
    threshold: '“{{column}}” is “{{value}}”, not a number',
    noThreshold: '“{{column}}” is empty, but a target metric is given',
    noMetricForThreshold: '“{{column}}” is empty, but a target threshold is given',
    noMetricForUnit: '“{{column}}” is empty, but a target unit is given',
    noTouchpoint: 'The row names no touchpoint',
  },
  /** A row of a survey CSV; {{column}} is the file's own header. */
  survey: {
    noQuestion: 'No column is mapped to a promise.',
    date: '“{{column}}” is “{{value}}”, not a date (YYYY-MM-DD or DD.MM.YYYY)',
    answer: '“{{column}}” is “{{value}}”, not a whole number from {{min}} to {{max}} ({{scale}})',
    scale: { nps: 'NPS 0–10', csat: 'CSAT 1–5', rubric: 'rubric 0–4' },
  },
  /** A value typed into a cell of the promises table. */
  edit: {
    statement: 'A promise needs a statement.',
    touchpoint: 'A promise needs a touchpoint.',
    source: 'Source must be one of {{values}}.',
    kind: 'Kind must be functional or emotional.',
    importance: 'Importance must be a whole number from 1 to 5.',
    belief: 'Belief must be a whole number from 0 to 4, or empty.',
    metricFirst: 'Name the target metric first.',
    direction: 'Direction must be at-most or at-least.',
    threshold: 'Threshold must be a number.',
  },
  /** A measured value as typed. */
  measure: {
    empty: 'is empty',
    timeForOtherUnit: '“{{value}}” is a time, but the target is in {{unit}}',
    timeForNoUnit: '“{{value}}” is a time, but the target has no unit',
    notNumber: '“{{value}}” is not a number',
    unknownUnit: '“{{unit}}” is not a unit Touchstone knows',
    cannotConvert: '“{{unit}}” cannot be converted to the target’s unit ({{target}})',
    cannotConvertNoUnit: '“{{unit}}” cannot be converted: the target has no unit',
  },
  /** Files and backups as the desktop app reads and writes them. */
  desktop: {
    tooLarge: '“{{name}}” is {{size}} MB; the largest file Touchstone reads is {{max}} MB',
    outsideFolder: '“{{name}}” is not inside the allowed folder',
    backupMissing: 'The backup “{{name}}” was not found after writing it',
    notABackup: '“{{name}}” is not a Touchstone backup',
  },
  report: {
    notBuilt: 'The document could not be built.',
  },
} as const;
