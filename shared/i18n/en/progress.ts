/** English strings of long work (imports, merges, restores, backups) and of the app's start. */
export const progress = {
  title: {
    import: 'Importing “{{name}}”',
    merge: 'Merging the results of {{name}}',
    restore: 'Restoring “{{name}}”',
    backup: 'Backing up',
    backupOf: 'Backing up “{{name}}”',
  },
  step: {
    import: {
      read: 'Reading the file…',
      check: 'Checking its records',
      write: 'Writing the audit',
      save: 'Saving…',
    },
    merge: {
      read: 'Reading the file…',
      check: 'Comparing the results with the audit',
      write: 'Merging the results',
      save: 'Saving…',
    },
    restore: {
      read: 'Reading the backup…',
      check: 'Checking its records',
      write: 'Writing the audit',
      save: 'Saving…',
    },
    backup: {
      read: 'Reading the audit',
      check: 'Checking the audit',
      write: 'Writing the backup file',
      save: 'Saving the backup file',
    },
  },
  records_one: '{{done}} of {{n}} record',
  records_other: '{{done}} of {{n}} records',
  audits_one: 'audit {{done}} of {{n}}',
  audits_other: 'audit {{done}} of {{n}}',
  bar: 'Progress',
  hint: {
    before: 'Nothing has been written yet: Cancel stops here.',
    writing: 'Writing has begun and can no longer be cancelled: it is kept whole or not at all.',
    backup: 'Nothing in your audits changes: Cancel stops before the file is saved.',
    saving: 'Saving: this can no longer be cancelled.',
  },
  cancelling: 'Cancelling…',
  cancelled: {
    import: 'Import cancelled: nothing was imported.',
    merge: 'Merge cancelled: nothing was merged.',
    restore: 'Restore cancelled: nothing was restored.',
    backup: 'Backup cancelled: no backup was saved.',
  },
  start: {
    opening: 'Opening your audits…',
    upgrading:
      'Upgrading your audits for this version of Touchstone. A large store takes a while; nothing is lost.',
    blocked:
      'Waiting for Touchstone in another window or tab to let go of your audits: close or reload it to go on.',
    interrupted: {
      import: 'Finishing the import of “{{name}}” that was under way when Touchstone closed…',
      merge:
        'Finishing the merge of the results of {{name}} that was under way when Touchstone closed…',
      restore: 'Finishing the restore of “{{name}}” that was under way when Touchstone closed…',
    },
    busy: 'Your audits are still busy with earlier work; Touchstone opens as soon as it is done…',
    reading: 'Reading your audits…',
  },
  interrupted: {
    import:
      'Touchstone closed while it was importing “{{name}}”. A write cut short is kept whole or not at all: if the audit is not in the list, import the file again.',
    merge:
      'Touchstone closed while it was merging the results of {{name}}. A write cut short is kept whole or not at all: if their evidence is missing, import the results again (what is already there is not added twice).',
    restore:
      'Touchstone closed while it was restoring “{{name}}”. A write cut short is kept whole or not at all: check the audit, and restore the backup again if it is not as the backup has it.',
  },
} as const;
