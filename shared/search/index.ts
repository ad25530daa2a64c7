export * from './fold';
export * from './rank';
