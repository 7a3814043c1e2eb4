import { ConfigValidationError, EnvironmentVariables, REQUIRED_IN_PRODUCTION, validateEnv } from './env.validation';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'mysql://wuhua:secret@mysql:3306/wuhua_jc',
  TEMPORAL_ADDRESS: 'temporal:7233',
  TEMPORAL_NAMESPACE: 'wuhua',
  TEMPORAL_TASK_QUEUE: 'agreed-matters',
};

function failureOf(raw: Record<string, unknown>): ConfigValidationError {
  try {
    validateEnv(raw);
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      return err;
    }
    throw err;
  }
  throw new Error('expected a ConfigValidationError, but the configuration was accepted');
}

describe('validateEnv', () => {
  it('fills in the development defaults from an empty environment', () => {
    const env = validateEnv({});
    expect(env).toBeInstanceOf(EnvironmentVariables);
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      API_HOST: '127.0.0.1',
      API_PORT: 3000,
      SQLITE_PATH: '.data/wuhua-jc.sqlite',
      DATABASE_LOGGING: 'false',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'agreed-matters',
      LOG_LEVEL: 'log',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.WORKFLOW_BUNDLE_PATH).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    const env = validateEnv({ API_PORT: '', NODE_ENV: '', DATABASE_URL: '', LOG_LEVEL: '' });
    expect(env.API_PORT).toBe(3000);
    expect(env.NODE_ENV).toBe('development');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.LOG_LEVEL).toBe('log');
  });

  it('refuses an API_PORT that is not a plain decimal number', () => {
    expect(() => validateEnv({ API_PORT: '0x1F90' })).toThrow(/API_PORT: must be a decimal port number/);
    expect(() => validateEnv({ API_PORT: ' ' })).toThrow(/API_PORT/);
  });

  it('converts API_PORT to a number', () => {
    const env = validateEnv({ API_PORT: '8080' });
    expect(env.API_PORT).toBe(8080);
    expect(typeof env.API_PORT).toBe('number');
    expect(validateEnv({ API_PORT: 0 }).API_PORT).toBe(0);
    expect(validateEnv({ API_PORT: '65535' }).API_PORT).toBe(65535);
  });

  it('ignores settings it does not know', () => {
    const env = validateEnv({ PATH: '/usr/bin', HOME: '/root', API_HOST: '0.0.0.0' });
    expect(env.API_HOST).toBe('0.0.0.0');
    expect(env).not.toHaveProperty('PATH');
    expect(env).not.toHaveProperty('HOME');
  });

  it('keeps the given values of every setting', () => {
    const env = validateEnv({
      ...PRODUCTION,
      API_HOST: '0.0.0.0',
      API_PORT: '3100',
      DATABASE_LOGGING: 'true',
      LOG_LEVEL: 'debug',
      WORKFLOW_BUNDLE_PATH: '/app/dist/workflow-bundle.js',
    });
    expect(env).toMatchObject({
      ...PRODUCTION,
      API_HOST: '0.0.0.0',
      API_PORT: 3100,
      DATABASE_LOGGING: 'true',
      LOG_LEVEL: 'debug',
      WORKFLOW_BUNDLE_PATH: '/app/dist/workflow-bundle.js',
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['API_PORT', { API_PORT: 'abc' }],
    ['API_PORT', { API_PORT: '65536' }],
    ['API_PORT', { API_PORT: '-1' }],
    ['API_PORT', { API_PORT: '30.5' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'info' }],
    ['DATABASE_LOGGING', { DATABASE_LOGGING: 'yes' }],
    ['TEMPORAL_ADDRESS', { TEMPORAL_ADDRESS: 'localhost' }],
    ['TEMPORAL_ADDRESS', { TEMPORAL_ADDRESS: 'http://localhost:7233' }],
    ['TEMPORAL_NAMESPACE', { TEMPORAL_NAMESPACE: 'my namespace' }],
    ['TEMPORAL_TASK_QUEUE', { TEMPORAL_TASK_QUEUE: 'queue/1' }],
  ])('names %s in the message when it is bad (%j)', (setting, raw) => {
    const err = failureOf(raw);
    expect(err.message).toMatch(/^Invalid configuration; fix these settings:/);
    expect(err.message).toContain(`  - ${setting}: `);
    expect(err.message).toContain(`(got ${JSON.stringify(Object.values(raw)[0])})`);
  });

  it('lists every bad setting at once', () => {
    const err = failureOf({ API_PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(err.message).toContain('- API_PORT:');
    expect(err.message).toContain('- LOG_LEVEL:');
  });

  it.each([
    'mysql://wuhua:secret@mysql:3306/wuhua_jc',
    'mysql://root@127.0.0.1/wuhua',
    'mysql://user:pw@db.example.org:3306/wuhua-jc?charset=utf8mb4',
  ])('accepts the DATABASE_URL %s', (url) => {
    expect(validateEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it.each([
    'postgres://user:pw@db:5432/wuhua',
    'mysql://user:pw@db:3306',
    'mysql://user:pw@db:3306/',
    'mysql:/db/wuhua',
    'user:pw@db:3306/wuhua',
    'mysql://user:pw@db:3306/wu hua',
  ])('refuses the DATABASE_URL %s', (url) => {
    const err = failureOf({ DATABASE_URL: url });
    expect(err.message).toContain('DATABASE_URL must look like mysql://user:password@host:3306/database');
  });

  it('accepts a complete production configuration', () => {
    const env = validateEnv(PRODUCTION);
    expect(env.NODE_ENV).toBe('production');
    expect(env.DATABASE_URL).toBe(PRODUCTION.DATABASE_URL);
  });

  it('requires the production settings to be given explicitly', () => {
    expect(REQUIRED_IN_PRODUCTION).toEqual([
      'NODE_ENV',
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
      'TEMPORAL_NAMESPACE',
      'TEMPORAL_TASK_QUEUE',
    ]);
    const err = failureOf({ NODE_ENV: 'production' });
    for (const key of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE']) {
      expect(err.message).toContain(`  - ${key}: must be set when NODE_ENV=production`);
    }
    expect(err.message).not.toContain('NODE_ENV: must be set');
  });

  it.each(['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE'])(
    'refuses production without %s, even though it has a default',
    (key) => {
      const err = failureOf({ ...PRODUCTION, [key]: '' });
      expect(err.message).toContain(`${key}: must be set when NODE_ENV=production`);
      expect(err.message.split('\n')).toHaveLength(2);
    },
  );

  it('does not require DATABASE_URL outside production', () => {
    expect(() => validateEnv({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => validateEnv({ NODE_ENV: 'test' })).not.toThrow();
  });

  it('refuses a bad DATABASE_URL in production', () => {
    const err = failureOf({ ...PRODUCTION, DATABASE_URL: 'sqlite://.data/db' });
    expect(err.message).toContain('DATABASE_URL must look like');
    expect(err.message).not.toContain('must be set');
  });

  it('turns OIDC sign-in on only with issuer, client id and secret together', () => {
    const oidc = { OIDC_ISSUER: 'https://id.example.test', OIDC_CLIENT_ID: 'console', OIDC_CLIENT_SECRET: 's' };
    expect(validateEnv(oidc)).toMatchObject({ ...oidc, OIDC_SCOPES: 'openid', OIDC_DISPLAY_NAME: '统一身份认证' });
    expect(failureOf({ OIDC_ISSUER: oidc.OIDC_ISSUER }).message).toContain('set all three');
    expect(failureOf({ ...oidc, OIDC_SCOPES: 'profile email' }).message).toContain('including "openid"');
    expect(failureOf({ ...oidc, OIDC_ISSUER: 'id.example.test' }).message).toContain('OIDC_ISSUER must be');
    expect(failureOf({ ...PRODUCTION, ...oidc, OIDC_ISSUER: 'http://id.example.test' }).message).toContain(
      'OIDC_ISSUER: must be https when NODE_ENV=production',
    );
  });

  it('raises a ConfigValidationError, which is an Error', () => {
    expect(() => validateEnv({ API_PORT: 'x' })).toThrow(ConfigValidationError);
    expect(failureOf({ API_PORT: 'x' })).toBeInstanceOf(Error);
  });
});
