// Prints the one line CI reads, summed over jest's JSON result files: `tests: N passed, N failed, N skipped`.
// Exits non-zero when a test failed, a suite failed to run, a result file is missing, or no test ran at all.
const fs = require('node:fs');

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  if (!fs.existsSync(file)) {
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it as one failure.
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  skipped += r.numPendingTests + r.numTodoTests;
}
if (files.length === 0) {
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
