/** English strings of the industry templates. */
export const templates = {
  applyButton: 'Apply template…',
} as const;
