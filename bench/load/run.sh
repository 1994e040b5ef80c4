#!/usr/bin/env bash
# HTTP load test of the Etiquette service: starts it in Release on 127.0.0.1, runs wrk against POST /v1/lint (varied
# drafts) and GET /health/live at 16, 64 and 256 connections, and appends the figures to bench/RESULTS.md: requests/s,
# p50/p99 latency, the lint ÷ health ratio at 64 connections (target ≥ 0.6) and the service's peak RSS (target ≤ 200 MB).
# A run with any non-2xx answer fails. Usage: bench/load/run.sh [SECONDS per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-10}
ratio_rounds=5 # odd, so that the median is one of the rounds
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

port=5180
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
work=$(mktemp -d)
service_pid=""
cleanup() {
  [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Etiquette.Api -c Release -v quiet -nologo >/dev/null
# The service as configured by default, but on its own port and data folder, with a rate limit the load cannot reach
# and the per-request log line at Warning (one console line per request would measure the console, not the service).
(cd src/Etiquette.Api && exec env \
  Etiquette__Storage__ConnectionString="Data Source=$work/etiquette.db" \
  Etiquette__RateLimit__PermitLimit=1000000000 \
  Logging__LogLevel__Etiquette.Api.Logging.RequestLog=Warning \
  dotnet bin/Release/net10.0/Etiquette.Api.dll --urls "http://127.0.0.1:$port" >"$work/service.log" 2>&1) &
service_pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/health/live" >/dev/null || { cat "$work/service.log" >&2; exit 1; }

# Warm up before measuring: the first seconds of load go to the JIT's tiers (about 9 s of CPU in the first 25 s).
wrk -t2 -c16 -d12s -s bench/load/lint.lua "http://127.0.0.1:$port" -- "127.0.0.1:$port" >/dev/null
wrk -t2 -c16 -d3s -s bench/load/health.lua "http://127.0.0.1:$port" -- "127.0.0.1:$port" >/dev/null

load=$(cut -d' ' -f1-3 /proc/loadavg)
model=$(curl -sf "http://127.0.0.1:$port/health/ready" | grep -o '"version":"[^"]*"' | cut -d'"' -f4 || true)
model=${model:+model $model}
# One wrk run; fails the whole script on any non-2xx answer or socket error. Usage: measure TARGET CONNECTIONS SECONDS OUT
measure() {
  wrk -t2 -c"$2" -d"$3s" --latency -s "bench/load/$1.lua" "http://127.0.0.1:$port" -- "127.0.0.1:$port" >"$4"
  if grep -q "Non-2xx" "$4" || grep -q "Socket errors" "$4"; then
    cat "$4" >&2
    echo "FAILED: $1 at $2 connections had non-2xx answers or socket errors" >&2
    exit 1
  fi
}
requests_per_second() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }

declare -A rps p50 p99
for target in lint health; do
  for connections in 16 64 256; do
    out="$work/$target-$connections.txt"
    measure "$target" "$connections" "$duration" "$out"
    rps[$target-$connections]=$(requests_per_second "$out")
    p50[$target-$connections]=$(awk '$1 == "50%" { print $2 }' "$out")
    p99[$target-$connections]=$(awk '$1 == "99%" { print $2 }' "$out")
    echo "$target c=$connections: ${rps[$target-$connections]} req/s, p50 ${p50[$target-$connections]}, p99 ${p99[$target-$connections]}"
  done
done

# The machine is shared, and its other load can change between the lint runs and the health runs above. The ratio is
# therefore taken from rounds of lint and health back to back at 64 connections, and the median round reported.
rounds=()
for round in $(seq 1 "$ratio_rounds"); do
  measure lint 64 5 "$work/round-lint.txt"
  measure health 64 5 "$work/round-health.txt"
  rounds+=("$(awk -v l="$(requests_per_second "$work/round-lint.txt")" -v h="$(requests_per_second "$work/round-health.txt")" \
    'BEGIN { printf "%.2f", l / h }')")
  echo "round $round: lint ÷ health ${rounds[-1]}"
done
ratio=$(printf '%s\n' "${rounds[@]}" | sort -n | sed -n "$(((ratio_rounds + 1) / 2))p")

peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$service_pid/status")
peak_mb=$(awk -v kb="$peak_kb" 'BEGIN { printf "%.0f", kb / 1024 }')
ratio_verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.6 ? "meets" : "misses") }')
rss_verdict=$(awk -v m="$peak_mb" 'BEGIN { print (m <= 200 ? "meets" : "misses") }')
echo "lint ÷ health at 64 connections: $ratio ($ratio_verdict ≥ 0.6); peak RSS ${peak_mb} MB ($rss_verdict ≤ 200 MB)"

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
block=$(mktemp)
{
  echo
  echo "### $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores ($cpu), $memory, .NET $(dotnet --version)"
  echo
  echo "wrk 2 threads, ${duration} s a run, service and wrk on the same machine (load average before the runs: $load);"
  echo "Release build, SQLite store, ${model:-no model (rules only)}."
  echo
  echo "| endpoint | connections | requests/s | p50 | p99 |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for target in lint health; do
    path=$([ "$target" = lint ] && echo "POST /v1/lint" || echo "GET /health/live")
    for connections in 16 64 256; do
      echo "| $path | $connections | ${rps[$target-$connections]} | ${p50[$target-$connections]} | ${p99[$target-$connections]} |"
    done
  done
  echo
  echo "lint ÷ health at 64 connections, median of $ratio_rounds rounds of 5 s back to back: **$ratio** ($ratio_verdict the ≥ 0.6"
  echo "target; rounds: ${rounds[*]}); peak RSS of the service: **${peak_mb} MB** ($rss_verdict the ≤ 200 MB target)."
} >"$block"

results=bench/RESULTS.md
[ -f "$results" ] || printf '# Benchmark results\n' >"$results"
grep -q '^## HTTP load' "$results" || printf '\n## HTTP load\n\nMeasured by `bench/load/run.sh`: newest last.\n' >>"$results"
# Insert at the end of the "## HTTP load" section, before the next "## " heading if there is one.
awk -v block="$block" '
  function flush() { while ((getline line < block) > 0) print line; close(block); done = 1 }
  /^## / { if (inside && !done) flush(); inside = ($0 ~ /^## HTTP load/) }
  { print }
  END { if (!done) flush() }' "$results" >"$results.new"
mv "$results.new" "$results"
rm -f "$block"
echo "appended to $results"
