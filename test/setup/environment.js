// The integration tests' jest environment. Files named *.timers.integration-spec.ts run on a compressed
// calendar (one day = DAY_MS of wall time from the file's start, anchored on Monday 2026-03-02), so that
// supervision timers fire in seconds through the same policy mechanism as production. Files named
// *.restart.timers.integration-spec.ts also get a Temporal dev server of their own (persisted SQLite file)
// that the test can stop and start again.
const path = require('node:path');
const os = require('node:os');
const fs = require('node:fs');
const { TestEnvironment } = require('jest-environment-node');

const DAY_MS = 1500;

class IntegrationEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    if (/\.timers\.integration-spec\.ts$/.test(this.testPath)) {
      this.global.process.env.CALENDAR_PROFILE = `compressed:${DAY_MS}:2026-03-02:${Date.now()}`;
      this.global.process.env.TEST_DAY_MS = String(DAY_MS);
    }
  }

  async setup() {
    await super.setup();
    if (!/\.restart\.timers\.integration-spec\.ts$/.test(this.testPath)) {
      return;
    }
    const root = path.resolve(__dirname, '../..');
    const { startTemporalDevServer, freePort } = require(
      path.join(root, 'dist/scripts/dev-stack/temporal-dev-server.js'),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuhua-jc-restart-'));
    const options = {
      cliPath: process.env.TEMPORAL_CLI,
      dbFilename: path.join(dir, 'temporal.sqlite'),
      logFile: path.join(dir, 'temporal.log'),
      port: await freePort(),
    };
    let server = await startTemporalDevServer(options);
    this.global.process.env.TEMPORAL_ADDRESS = server.address;
    this.global.__TEMPORAL_CONTROL__ = {
      stop: async () => {
        await server.stop();
      },
      start: async () => {
        server = await startTemporalDevServer(options);
      },
    };
    this.stopServer = () => server.stop();
  }

  async teardown() {
    await this.stopServer?.();
    await super.teardown();
  }
}

module.exports = IntegrationEnvironment;
