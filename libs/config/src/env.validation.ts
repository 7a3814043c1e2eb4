import 'reflect-metadata';

import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

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

  // Signs access tokens (HS256). Required in production; elsewhere a random per-process secret is used.
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(5)
  JWT_ACCESS_TTL_SECONDS: number = 900;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  JWT_REFRESH_TTL_SECONDS: number = 7 * 24 * 3600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES: number = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_SECONDS: number = 900;

  // The first administrator's password; without it one is generated and printed once.
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_INITIAL_PASSWORD must be at least 12 characters' })
  ADMIN_INITIAL_PASSWORD?: string;

  // One demo account per role (never in production).
  @IsIn(['true', 'false'])
  SEED_DEMO_USERS: 'true' | 'false' = 'false';

  // Comma-separated browser origins allowed to call the API; empty means same origin only.
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_LOGIN_PER_MINUTE: number = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_WRITES_PER_MINUTE: number = 300;

  // Refused requests (403) per person per minute before further requests are answered 429.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  THROTTLE_REFUSALS_PER_MINUTE: number = 30;

  // The reverse proxies whose X-Forwarded-For is believed, as Express's "trust proxy" takes them: comma-separated
  // addresses or CIDR ranges, or "loopback", "linklocal", "uniquelocal". Unset: none, the peer's address counts
  // (a forwarded header from anyone else would let a client pick its own address and dodge the login limit).
  @IsOptional()
  @Matches(/^[0-9A-Za-z.:/, ]+$/, {
    message: 'TRUST_PROXY must list addresses, CIDR ranges or loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY?: string;

  // 'real' (the default) or, for tests and demos only, 'compressed:<dayMs>:<anchorDate>[:<epochMs>]': one
  // calendar day lasts dayMs of wall time from epochMs, which stands for the start of anchorDate.
  @IsOptional()
  @Matches(/^(real|compressed:\d+:\d{4}-\d{2}-\d{2}(:\d+)?)$/, {
    message: 'CALENDAR_PROFILE must be "real" or "compressed:<dayMs>:<YYYY-MM-DD>[:<epochMs>]"',
  })
  CALENDAR_PROFILE?: string;

  // smtp://user:pass@host:port — the outbound e-mail channel; off when unset.
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must look like smtp://user:password@host:587' })
  SMTP_URL?: string;

  @IsString()
  NOTIFY_FROM: string = 'noreply@wuhua-jc.local';

  // Sign-in through the district's OpenID Connect provider: on when the issuer, client id and secret are all set.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s?#]+$/, {
    message: "OIDC_ISSUER must be the provider's issuer URL, e.g. https://id.example.gov.cn",
  })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  // Where the provider sends the browser back; unset: <the request's origin>/api/auth/oidc/callback.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s#]+$/, { message: 'OIDC_REDIRECT_URI must be an absolute http(s) URL' })
  OIDC_REDIRECT_URI?: string;

  @Matches(/^(\S+ )*openid( \S+)*$/, { message: 'OIDC_SCOPES must be space-separated scopes including "openid"' })
  OIDC_SCOPES: string = 'openid';

  @IsString()
  OIDC_DISPLAY_NAME: string = '统一身份认证';

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
// What the API needs on top (the worker signs nothing).
export const API_SETTINGS: readonly (keyof EnvironmentVariables)[] = ['API_HOST', 'API_PORT', 'JWT_SECRET'];

// Settings without a default, absent from a new EnvironmentVariables instance.
export const OPTIONAL_SETTINGS: readonly string[] = [
  'DATABASE_URL',
  'WORKFLOW_BUNDLE_PATH',
  'JWT_SECRET',
  'ADMIN_INITIAL_PASSWORD',
  'CORS_ORIGINS',
  'TRUST_PROXY',
  'CALENDAR_PROFILE',
  'SMTP_URL',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
];

export class ConfigValidationError extends Error {}

export function validateEnv(
  raw: Record<string, unknown>,
  app: 'api' | 'worker' | 'tool' = 'tool',
): EnvironmentVariables {
  const known = Object.fromEntries(
    Object.keys(new EnvironmentVariables())
      .concat(OPTIONAL_SETTINGS)
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
  if (env.NODE_ENV === 'production' && env.SEED_DEMO_USERS === 'true') {
    problems.push('  - SEED_DEMO_USERS: demo accounts are never created when NODE_ENV=production');
  }
  if (env.NODE_ENV === 'production' && env.CALENDAR_PROFILE?.startsWith('compressed')) {
    problems.push('  - CALENDAR_PROFILE: a compressed calendar is for tests only and refused when NODE_ENV=production');
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    problems.push(
      '  - OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: set all three to turn sign-in by OIDC on, or none',
    );
  }
  if (env.NODE_ENV === 'production' && env.OIDC_ISSUER?.startsWith('http:')) {
    problems.push('  - OIDC_ISSUER: must be https when NODE_ENV=production');
  }
  if (env.NODE_ENV === 'production') {
    const required = app === 'api' ? [...REQUIRED_IN_PRODUCTION, ...API_SETTINGS] : REQUIRED_IN_PRODUCTION;
    for (const key of required) {
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
