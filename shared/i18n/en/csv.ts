/** English strings of the register's CSV import and export. */
export const csv = {
  importButton: 'Import CSV…',
  exportTouchpoints: 'Export touchpoints (CSV)',
  exportPromises: 'Export promises (CSV)',
} as const;
