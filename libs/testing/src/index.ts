export * from './matter.factory';
export * from './test-stack';
export * from './matter-api';
export * from './eventually';
export * from './supervision-seed';
export * from './query-explain';
