export * from './types';
export * from './evidence';
export * from './combine';
export * from './score-audit';
export * from './rankings';
