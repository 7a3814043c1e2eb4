// The Temporal side of the contracts: workflow types and ids, Update/query/signal definitions, task queues,
// search attributes, workflow inputs and activity interfaces. The API, the worker and the workflows import it;
// the web console never does (it imports only @app/contracts, which has no runtime dependencies).
export * from './matter.workflow-api';
export * from './campaign.workflow-api';
export * from './notification.workflow-api';
export * from './search-attributes';
export * from './task-queues';
