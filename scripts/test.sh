#!/usr/bin/env bash
# npm test: installs what is missing, builds, and runs the whole suite (unit; integration against the real
# Temporal dev server and MySQL; browser tests of the built console in Debian's chromium). Ends with the plain
# line `tests: N passed, N failed[; failed: …]` counted from jest's JSON per tier and the lint, format and
# type-check steps (scripts/lib/test-summary.ts).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

step "dependencies"; ensure_node_modules || exit 1
step "Temporal CLI"; TEMPORAL_CLI=$(bash scripts/ensure-temporal.sh) || exit 1; export TEMPORAL_CLI
step "MySQL"; ensure_mysql || exit 1
step "build"; npm run -s build || { echo "tests: 0 passed, 1 failed; failed: build"; exit 1; }
step "web console"
npm run -s web:typecheck || { echo "web typecheck failed (tsc -p apps/web/tsconfig.json)"; echo "tests: 0 passed, 1 failed; failed: web typecheck"; exit 1; }
npm run -s web:build || { echo "tests: 0 passed, 1 failed; failed: web build"; exit 1; }
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
# Each tier writes its own result file: a tier whose global setup throws makes jest write none, and the summary
# then counts that tier as failed by name instead of losing the others' results with it.
tiers=()
jest_rc=0
run_tier() { # NAME WORKERS JEST-ARGS...
  local name=$1 workers=$2
  shift 2
  tiers+=(--tier "$name=.test-results/jest-$name.json")
  npx jest --ci --maxWorkers="$workers" --json --outputFile=".test-results/jest-$name.json" "$@" || jest_rc=$?
}
if [ $# -gt 0 ]; then
  # `npm test -- --selectProjects unit` names its tier(s) after the projects; any other arguments, "selected".
  name=selected
  if [ "$1" = "--selectProjects" ]; then
    name=$(printf '%s\n' "${@:2}" | sed '/^-/,$d' | paste -sd+ -)
  fi
  run_tier "${name:-selected}" 2 "$@"
else
  run_tier unit 2 --selectProjects unit
  # The fuzzer checks that a refused request changes no row count: it runs alone, after the other integration files,
  # so that their writes to the shared database are not taken for its own.
  run_tier integration 2 --selectProjects integration --testPathIgnorePatterns /node_modules/ 'fuzz\.integration-spec'
  step "jest (fuzz)"
  run_tier fuzz 1 test/integration/fuzz.integration-spec.ts --selectProjects integration
  # The fault campaign (test/faults) kills and cuts its own stack: it runs alone, after the integration tests.
  step "jest (faults)"
  run_tier faults 1 --selectProjects faults
  # The browser tests run on their own afterwards: in a browser, waits are wall-clock, and the integration
  # tests' load on a 2-core machine would make them flaky.
  step "jest (browser)"
  run_tier browser 1 --selectProjects browser
fi

step "lint, format and type-check"
lint_rc=0
format_rc=0
typecheck_rc=0
npx eslint . --max-warnings 0 || lint_rc=$?
npx prettier --check . --log-level warn || format_rc=$?
# The build (tsconfig.build.json) leaves out the tests and libs/testing: the root project checks every .ts file
# outside apps/web (scripts/lib/typecheck-coverage.spec.ts keeps it so).
npx tsc -p tsconfig.json --noEmit || typecheck_rc=$?

step "summary"
# The last line, which CI reads: every tier meant to run and every check, counted (scripts/lib/test-summary.ts).
node dist/scripts/lib/test-summary.js "${tiers[@]}" \
  --check lint=$lint_rc --check format=$format_rc --check typecheck=$typecheck_rc
summary_rc=$?
[ $jest_rc -eq 0 ] && [ $summary_rc -eq 0 ]
