// Three tiers by suffix: unit *.spec.ts beside the code; integration and e2e under test/ against the real
// Temporal dev server and the real MySQL (started by test/setup/global-setup.ts); browser tests
// (test/browser/*.browser-spec.ts) drive the built console in chromium against the real stack.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@app/(contracts|workflow-api|config|database|domain|notifications|testing|calendar)$': '<rootDir>/libs/$1/src',
  '^@app/(contracts|workflow-api|config|database|domain|notifications|testing|calendar)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
  '^@app/workflows$': '<rootDir>/workflows',
};

const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };

module.exports = {
  // Integration tests wait for real timers and servers; unit tests finish in milliseconds either way.
  testTimeout: 90_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows,scripts,test}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.(integration|e2e)-spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/per-file-env.ts'],
      testEnvironment: '<rootDir>/test/setup/environment.js',
      slowTestThreshold: 60,
    },
    {
      // The standing fault campaign (npm run test:faults): its own MySQL database behind a proxy it cuts, its own
      // Temporal dev server it kills, the built API and worker as child processes. Needs `npm run build`.
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
      testTimeout: 900_000,
      slowTestThreshold: 600,
    },
    {
      // The console in a real browser (Debian's chromium via playwright-core) against the real stack, started
      // by test/browser/support/global-setup.ts as `npm start` runs it.
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/support/global-teardown.ts',
      slowTestThreshold: 60,
    },
  ],
};
