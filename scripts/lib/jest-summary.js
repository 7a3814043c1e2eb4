// Prints the one line CI reads, counted from jest's JSON results: `tests: N passed, N failed, N skipped`.
// Exits non-zero when a test failed, a suite failed to run, or no test ran at all.
const fs = require('node:fs');

const file = process.argv[2];
if (!fs.existsSync(file)) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const passed = r.numPassedTests;
// A suite that fails to load has no failed tests of its own: count it as one failure.
const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
