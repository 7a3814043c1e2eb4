export * from './accountability';
export * from './contest';
export * from './assessment';
