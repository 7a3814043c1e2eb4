export * from './matter.factory';
export * from './test-stack';
export * from './matter-api';
