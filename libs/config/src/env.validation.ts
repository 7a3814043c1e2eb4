import 'reflect-metadata';

import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

// Every setting the apps read, validated once at boot. process.env is read nowhere else.
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  API_HOST: string = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT: number = 3000;

  // mysql://user:password@host:port/database. Without it the apps use an embedded SQLite file.
  @IsOptional()
  @Matches(/^mysql:\/\/[^/]+\/[A-Za-z0-9_$-]+(\?.*)?$/, {
    message: 'DATABASE_URL must look like mysql://user:password@host:3306/database',
  })
  DATABASE_URL?: string;

  @IsString()
  SQLITE_PATH: string = '.data/wuhua-jc.sqlite';

  @IsIn(['true', 'false'])
  DATABASE_LOGGING: 'true' | 'false' = 'false';

  @Matches(/^[^:\s]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port, e.g. 127.0.0.1:7233' })
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_NAMESPACE may hold letters, digits, dot, dash, underscore' })
  TEMPORAL_NAMESPACE: string = 'default';

  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_TASK_QUEUE may hold letters, digits, dot, dash, underscore' })
  TEMPORAL_TASK_QUEUE: string = 'agreed-matters';

  // A prebuilt workflow bundle (scripts/build-workflow-bundle); without it the worker bundles at start.
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

// Settings that a production deployment must give explicitly (docker-compose.yml is checked against it).
export const REQUIRED_IN_PRODUCTION: readonly (keyof EnvironmentVariables)[] = [
  'NODE_ENV',
  'DATABASE_URL',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
];
export const API_SETTINGS: readonly (keyof EnvironmentVariables)[] = ['API_HOST', 'API_PORT'];

export class ConfigValidationError extends Error {}

export function validateEnv(raw: Record<string, unknown>): EnvironmentVariables {
  const known = Object.fromEntries(
    Object.keys(new EnvironmentVariables())
      .concat(['DATABASE_URL', 'WORKFLOW_BUNDLE_PATH'])
      .filter((k) => raw[k] !== undefined && raw[k] !== '')
      .map((k) => [k, raw[k]]),
  );
  const env = plainToInstance(EnvironmentVariables, known, { enableImplicitConversion: true });
  const problems = validateSync(env, { skipMissingProperties: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `  - ${e.property}: ${m} (got ${JSON.stringify(raw[e.property])})`),
  );
  if (
    raw.API_PORT !== undefined &&
    raw.API_PORT !== '' &&
    !/^\d{1,5}$/.test(JSON.stringify(raw.API_PORT).replace(/"/g, ''))
  ) {
    problems.push(`  - API_PORT: must be a decimal port number (got ${JSON.stringify(raw.API_PORT)})`);
  }
  if (env.NODE_ENV === 'production') {
    for (const key of REQUIRED_IN_PRODUCTION) {
      if (raw[key] === undefined || raw[key] === '') {
        problems.push(`  - ${key}: must be set when NODE_ENV=production`);
      }
    }
  }
  if (problems.length > 0) {
    throw new ConfigValidationError(`Invalid configuration; fix these settings:\n${problems.join('\n')}`);
  }
  return env;
}
