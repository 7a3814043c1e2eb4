#!/usr/bin/env bash
# npm test: installs what is missing, builds, and runs the whole suite (unit; integration against the real
# Temporal dev server and MySQL; browser tests of the built console in Debian's chromium). Ends with the plain
# line `tests: N passed, N failed` counted from jest's JSON.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

step "dependencies"; ensure_node_modules || exit 1
step "Temporal CLI"; TEMPORAL_CLI=$(bash scripts/ensure-temporal.sh) || exit 1; export TEMPORAL_CLI
step "MySQL"; ensure_mysql || exit 1
step "build"; npm run -s build || { echo "tests: 0 passed, 1 failed"; exit 1; }
step "web console"; npm run -s web:build || { echo "tests: 0 passed, 1 failed"; exit 1; }
step "browser"
# The browser tests use Debian's chromium (playwright-core never downloads one). As root on a fresh machine it is
# installed here, with CJK fonts; otherwise they fail with a message saying how to install it.
if [ -x /usr/bin/chromium ]; then
  echo "using /usr/bin/chromium" >&2
elif [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "installing chromium and CJK fonts (apt-get)..." >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >&2; } ||
    echo "could not install chromium: the browser tests will fail" >&2
else
  echo "/usr/bin/chromium is missing and this is not root: the browser tests will fail" \
    "(install it: apt-get install chromium fonts-noto-cjk)" >&2
fi

step "jest"
mkdir -p .test-results
rm -f .test-results/jest*.json
jest_rc=0
if [ $# -gt 0 ]; then
  npx jest --ci --maxWorkers=2 --json --outputFile=.test-results/jest.json "$@" || jest_rc=$?
else
  # The browser tests run on their own afterwards: in a browser, waits are wall-clock, and the integration
  # tests' load on a 2-core machine would make them flaky.
  npx jest --ci --maxWorkers=2 --selectProjects unit integration --json --outputFile=.test-results/jest.json || jest_rc=$?
  step "jest (browser)"
  npx jest --ci --maxWorkers=1 --selectProjects browser --json --outputFile=.test-results/jest-browser.json || jest_rc=$?
fi
step "lint and format"
lint_rc=0
npx eslint . --max-warnings 0 || lint_rc=$?
npx prettier --check . --log-level warn || lint_rc=$?
[ $lint_rc -eq 0 ] || echo "lint or format check failed (see above)"

# The last line, which CI reads.
node scripts/lib/jest-summary.js .test-results/jest*.json
summary_rc=$?
[ $jest_rc -eq 0 ] && [ $summary_rc -eq 0 ] && [ $lint_rc -eq 0 ]
