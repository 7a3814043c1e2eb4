# Shared by scripts/start.sh and scripts/test.sh.
# Each step says how long the one before it took, and the time since the first step.
STEPS_STARTED=${STEPS_STARTED:-$(date +%s)}
step() {
  local now
  now=$(date +%s)
  if [ -n "${STEP_NAME:-}" ]; then
    printf '    (%s took %d s)\n' "$STEP_NAME" $((now - STEP_STARTED)) >&2
  fi
  STEP_NAME="$*"
  STEP_STARTED=$now
  printf '\n==> %s (%d s since the start)\n' "$*" $((now - STEPS_STARTED)) >&2
}

# npm ci when node_modules is missing or older than the lock file.
ensure_node_modules() {
  if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    return 0
  fi
  echo "installing npm packages (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error || return 1
}

# MySQL for the tests: MariaDB on 127.0.0.1:3306, started if it is not running.
ensure_mysql() {
  local url=${TEST_MYSQL_URL:-mysql://root@127.0.0.1:3306}
  if node -e "require('mysql2/promise').createConnection('$url').then(c=>c.end()).catch(()=>process.exit(1))" 2>/dev/null; then
    return 0
  fi
  if [ -x /usr/sbin/mariadbd ]; then
    echo "starting MariaDB..." >&2
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >&2 || true
    for _ in $(seq 1 60); do
      node -e "require('mysql2/promise').createConnection('$url').then(c=>c.end()).catch(()=>process.exit(1))" 2>/dev/null && return 0
      sleep 1
    done
  fi
  echo "MySQL is not reachable at $url (set TEST_MYSQL_URL)" >&2
  return 1
}
