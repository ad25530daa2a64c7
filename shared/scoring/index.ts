export * from './types';
export * from './evidence';
export * from './combine';
export * from './evidence-store';
export * from './groups';
export * from './score-book';
export * from './score-audit';
export * from './rankings';
