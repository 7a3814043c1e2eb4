export * from './actor';
export * from './errors';
export * from './matter.types';
export * from './matter.workflow-api';
export * from './task-queues';
export * from './api.types';
export * from './search-attributes';
export * from './auth.types';
