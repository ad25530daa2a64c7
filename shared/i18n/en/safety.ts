/** English strings of saving, storage and backups. */
export const safety = {
  saving: 'Saving…',
  saved: 'All changes saved',
  notSaved: 'Not saved: storage is full',
  storageFull:
    'Storage is full: the last change was not saved, and nothing saved before it was touched. Free some disk space (or delete audits or photos you no longer need), then do it again.',
  backups: {
    title: 'Backups',
    introDesktop:
      'Touchstone backs up each audit that changed every {{minutes}} minutes and when you quit, and keeps the newest {{kept}} backups of each.',
    introBrowser:
      'In a browser Touchstone has no folder of its own: download a backup of an audit to keep it safe, and restore it here from the file.',
    persisted: 'This browser keeps Touchstone’s data until you delete it.',
    bestEffort:
      'This browser may clear Touchstone’s data when the disk runs low: download backups often.',
    usage: 'Stored: {{usage}} of the {{quota}} this browser allows.',
    backUpNow: 'Back up now',
    backingUp: 'Backing up…',
    download: 'Download a backup of “{{name}}”',
    restoreFromFile: 'Restore from a file…',
    none: 'No backups yet: the first is written within {{minutes}} minutes of a change.',
    listLabel: 'Backups, newest first',
    columns: {
      audit: 'Audit',
      when: 'Backed up',
      size: 'Size',
      actions: 'Actions',
    },
    gone: '{{name}} (deleted)',
    restore: 'Restore…',
    restoreLabel: 'Restore the backup of {{name}} from {{when}}',
    backedUp_one: 'Backed up {{count}} audit.',
    backedUp_other: 'Backed up {{count}} audits.',
    upToDate: 'Every audit is backed up already.',
    downloaded: 'Downloaded a backup of “{{name}}”.',
    failed: 'The backup was not written: {{message}}',
    listFailed: 'The backups could not be listed: {{message}}',
    fileFilter: 'Touchstone audit files and backups',
  },
  restore: {
    title: 'Restore a backup',
    fromFile: 'From the file “{{name}}”.',
    summary: 'A backup of “{{name}}” ({{brand}}), written {{when}}, holding {{contents}}.',
    empty: 'nothing but the audit’s settings',
    asNew: 'Restore as a new audit',
    asNewHint:
      'The backup comes in beside “{{name}}” as “{{copy}}”; the audit as it is now stays as it is.',
    asItWas: 'Restore the audit',
    absentHint: 'The audit it was made from is not on this computer: it comes back as it was.',
    replace: 'Replace “{{name}}”',
    replaceHint:
      'Replacing puts “{{name}}” back as the backup has it: what changed since is lost, except that a backup of the audit as it is now is written first.',
    replaceHintBrowser:
      'Replacing puts “{{name}}” back as the backup has it: what changed since is lost, except that a backup of the audit as it is now is downloaded first.',
    copyName: '{{name}} (restored from {{when}})',
    restored: 'Restored “{{name}}”.',
    restoredCopy: 'Restored the backup as “{{name}}”.',
    replaced: 'Replaced “{{name}}” with its backup from {{when}}.',
    failed: 'Nothing was restored. {{message}}',
  },
} as const;
