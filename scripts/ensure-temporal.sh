#!/usr/bin/env bash
# Ensures the Temporal CLI (which embeds the dev server: SQLite persistence, Web UI) is available and prints
# its path on the last line. Order: $TEMPORAL_CLI, a `temporal` on PATH, the per-user cache, else build
# v1.5.1 from the Go module proxy into the cache (later tags carry a `replace` and cannot be `go install`ed).
set -euo pipefail
VERSION=v1.5.1
CACHE_DIR="${WUHUA_JC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wuhua-jc}/temporal-$VERSION"
log() { echo "[temporal-cli] $*" >&2; }

works() { "$1" --version >/dev/null 2>&1; }

if [ -n "${TEMPORAL_CLI:-}" ]; then
  works "$TEMPORAL_CLI" || { log "TEMPORAL_CLI=$TEMPORAL_CLI does not run"; exit 1; }
  echo "$TEMPORAL_CLI"; exit 0
fi
if command -v temporal >/dev/null 2>&1 && works "$(command -v temporal)"; then
  command -v temporal; exit 0
fi
if [ -x "$CACHE_DIR/temporal" ] && works "$CACHE_DIR/temporal"; then
  echo "$CACHE_DIR/temporal"; exit 0
fi

command -v go >/dev/null 2>&1 || { log "Go is not installed; install Go >= 1.25 or set TEMPORAL_CLI"; exit 1; }
mkdir -p "$CACHE_DIR"
log "building github.com/temporalio/cli@$VERSION with $(go version | awk '{print $3}') into $CACHE_DIR (first time only, ~3 min)"
start=$(date +%s)
# A lock, so parallel callers (npm start and npm test at once) build once.
exec 9>"$CACHE_DIR/.build.lock"
flock 9
if ! [ -x "$CACHE_DIR/temporal" ]; then
  tmp=$(mktemp -d)
  ( cd "$tmp" && GOBIN="$tmp/bin" GOFLAGS="${GOFLAGS:-} -buildvcs=false" go install -v "github.com/temporalio/cli/cmd/temporal@$VERSION" 2>&1 \
      | awk '{ n++; if (n % 25 == 0) { printf "[temporal-cli] ... %d packages compiled\n", n > "/dev/stderr" } }' )
  mv "$tmp/bin/temporal" "$CACHE_DIR/temporal"
  rm -rf "$tmp"
fi
works "$CACHE_DIR/temporal" || { log "the build did not produce a working binary"; exit 1; }
log "built in $(( $(date +%s) - start )) s: $("$CACHE_DIR/temporal" --version)"
echo "$CACHE_DIR/temporal"
