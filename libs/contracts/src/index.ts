// The console-safe contracts: HTTP shapes, enums, constants, error codes, command arguments and the command
// table. No runtime dependencies (see test/deploy/contracts-purity.spec.ts); the Temporal side is @app/workflow-api.
export * from './actor';
export * from './errors';
export * from './matter.types';
export * from './matter-commands.types';
export * from './matter-command-table';
export * from './api.types';
export * from './auth.types';
export * from './capacity';
export * from './supervision.types';
export * from './notification.types';
export * from './supervision-views.types';
export * from './conference.types';
export * from './conference-rules';
export * from './reference.types';
export * from './campaign.types';
export * from './oidc.types';
export * from './assessment.types';
export * from './contest.types';
export * from './matter-code.types';
export * from './roster.types';
