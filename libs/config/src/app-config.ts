import type { ConfigService } from '@nestjs/config';

import type { EnvironmentVariables } from './env.validation';

export type DatabaseConfig =
  { type: 'mysql'; url: string; logging: boolean } | { type: 'better-sqlite3'; path: string; logging: boolean };

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  workflowBundlePath?: string;
}

// Typed views over the validated environment, one per concern.
export function databaseConfig(env: EnvironmentVariables): DatabaseConfig {
  const logging = env.DATABASE_LOGGING === 'true';
  return env.DATABASE_URL
    ? { type: 'mysql', url: env.DATABASE_URL, logging }
    : { type: 'better-sqlite3', path: env.SQLITE_PATH, logging };
}

export function temporalConfig(env: EnvironmentVariables): TemporalConfig {
  return {
    address: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
  };
}

export type AppConfigService = ConfigService<EnvironmentVariables, true>;

export function envOf(config: Pick<ConfigService, 'get'>): EnvironmentVariables {
  const keys: (keyof EnvironmentVariables)[] = [
    'NODE_ENV',
    'API_HOST',
    'API_PORT',
    'DATABASE_URL',
    'SQLITE_PATH',
    'DATABASE_LOGGING',
    'TEMPORAL_ADDRESS',
    'TEMPORAL_NAMESPACE',
    'TEMPORAL_TASK_QUEUE',
    'WORKFLOW_BUNDLE_PATH',
    'LOG_LEVEL',
    'JWT_SECRET',
    'JWT_ACCESS_TTL_SECONDS',
    'JWT_REFRESH_TTL_SECONDS',
    'LOGIN_MAX_FAILURES',
    'LOGIN_LOCKOUT_SECONDS',
    'ADMIN_INITIAL_PASSWORD',
    'SEED_DEMO_USERS',
    'CORS_ORIGINS',
    'THROTTLE_LOGIN_PER_MINUTE',
    'THROTTLE_WRITES_PER_MINUTE',
    'THROTTLE_REFUSALS_PER_MINUTE',
    'TRUST_PROXY',
    'CALENDAR_PROFILE',
    'SMTP_URL',
    'NOTIFY_FROM',
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_REDIRECT_URI',
    'OIDC_SCOPES',
    'OIDC_DISPLAY_NAME',
  ];
  return Object.fromEntries(keys.map((k) => [k, config.get(k)])) as unknown as EnvironmentVariables;
}
