#!/usr/bin/env bash
# Runs every test of the repository. Installs what the tests need first; safe to run again.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
extension_log=$(mktemp)
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
  rm -f "$log" "$extension_log"
}
trap cleanup EXIT
status=0

# PostgreSQL for the API's store tests: Debian's server, installed when missing, runs a throwaway cluster in a temporary
# folder on a free loopback port; the tests find it through ETIQUETTE_TEST_POSTGRES. It is stopped and deleted at the end.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "postgresql: installing Debian's package"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || echo "postgresql: apt-get install failed" >&2
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  pg_port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  pg_dir=$(mktemp -d)
  chmod 755 "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  if as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null \
    && as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir" start >/dev/null; then
    export ETIQUETTE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
    echo "postgresql: test server on 127.0.0.1:$pg_port"
  else
    echo "postgresql: the test server did not start" >&2
    cat "$pg_dir/server.log" >&2 2>/dev/null
  fi
else
  echo "postgresql: no server available; the PostgreSQL tests fail under CI" >&2
fi

# Tools the tests run (Microsoft's SARIF validator). npm ci only when node_modules does not match the lock file.
tools=tests/tools
stamp="$tools/node_modules/.installed-package-lock.json"
if [ -f "$stamp" ] && cmp -s "$tools/package-lock.json" "$stamp"; then
  echo "test tools: up to date"
elif (cd "$tools" && npm ci --no-audit --no-fund); then
  cp "$tools/package-lock.json" "$stamp"
else
  echo "test tools: npm ci failed in $tools" >&2
  status=1
fi

dotnet test Etiquette.sln 2>&1 | tee "$log" || status=1

# The browser extension: unit tests in node, and end-to-end tests in Debian's Chromium (installed when missing) against
# the service built above. Without a browser the end-to-end tests are skipped, except under CI=true, where they fail.
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium: installing Debian's package"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium: apt-get install failed" >&2
fi
extension_stamp="extension/node_modules/.installed-package-lock.json"
if [ -f "$extension_stamp" ] && cmp -s extension/package-lock.json "$extension_stamp"; then
  echo "extension: dependencies up to date"
elif (cd extension && npm ci --no-audit --no-fund); then
  cp extension/package-lock.json "$extension_stamp"
else
  echo "extension: npm ci failed" >&2
  status=1
fi
(cd extension && node --test --test-reporter=tap test/unit/) 2>&1 | tee -a "$extension_log" || status=1
(cd extension && node --test --test-reporter=tap --test-concurrency=1 test/e2e/) 2>&1 | tee -a "$extension_log" || status=1

read -r passed failed < <(awk '
  /^(Passed|Failed)! +- +Failed: / {
    gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
  }
  /^# pass [0-9]+$/ { p += $3 }
  /^# fail [0-9]+$/ { f += $3 }
  END { print p + 0, f + 0 }' "$log" "$extension_log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
