#!/usr/bin/env bash
# npm start: installs what is missing (npm packages, the Temporal CLI), builds, and runs the product.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

step "dependencies"; ensure_node_modules
step "Temporal CLI"
if [ -z "${TEMPORAL_ADDRESS:-}" ]; then
  TEMPORAL_CLI=$(bash scripts/ensure-temporal.sh); export TEMPORAL_CLI
  echo "using $TEMPORAL_CLI" >&2
else
  echo "TEMPORAL_ADDRESS=$TEMPORAL_ADDRESS is set: using that server" >&2
fi
step "build"; npm run -s build
step "web console"; npm run -s web:build
step "start"
exec node -r ./scripts/register-paths.js dist/scripts/dev-stack/stack.js
