#!/usr/bin/env bash
# Runs every test of the repository. Installs what the tests need first; safe to run again.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

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

read -r passed failed < <(awk '
  /^(Passed|Failed)! +- +Failed: / {
    gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
  }
  END { print p + 0, f + 0 }' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
