export * from './matter.factory';
export * from './test-stack';
