#!/usr/bin/env bash
# Side-by-side: HmsSdk vs the Node SDK (@100mslive/server-sdk 0.3.0) against one HmsSdk.Testing fake on 127.0.0.1.
# Workloads: auth-token minting rate (one thread), retrieve-room-by-id requests/s at concurrency 1 and 32,
# and listing 10,000 sessions with page size 100. Prints a table and writes it to RESULTS.md next to this script.
# Usage: tests/HmsSdk.Benchmarks/compare-node/compare.sh [--seconds 5] [--no-write]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
seconds=5
write=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --no-write) write=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
sessions=10000

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIPPED: node and npm are needed for the Node side of the comparison (node: $(command -v node || echo missing), npm: $(command -v npm || echo missing))."
  exit 0
fi

if [ ! -f "$here/node_modules/@100mslive/server-sdk/package.json" ]; then
  echo "Installing @100mslive/server-sdk@0.3.0 into $here/node_modules (git-ignored)..."
  if ! (cd "$here" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null); then
    echo "SKIPPED: npm could not install @100mslive/server-sdk@0.3.0."
    exit 0
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Building the benchmark app (Release)..."
dotnet build -c Release "$root/tests/HmsSdk.Benchmarks/HmsSdk.Benchmarks.csproj" -v quiet -nologo >/dev/null
app="$root/tests/HmsSdk.Benchmarks/bin/Release/net10.0/HmsSdk.Benchmarks.dll"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The fake serves until its stdin closes (or 15 minutes pass): keep a FIFO open as its stdin.
mkfifo "$work/control"
dotnet "$app" serve --sessions "$sessions" --max-seconds 900 <"$work/control" >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
exec 3>"$work/control"

for _ in $(seq 1 240); do
  if [ -s "$work/serve.out" ]; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/serve.err" >&2; echo "the fake API did not start" >&2; exit 1; fi
  sleep 0.5
done
info="$(head -n 1 "$work/serve.out")"
field() { node -e 'const o = JSON.parse(process.argv[1]); process.stdout.write(String(o[process.argv[2]]));' "$info" "$1"; }
base_uri="$(field baseUri)"; access_key="$(field accessKey)"; secret="$(field secret)"; room_id="$(field roomId)"
case "$base_uri" in http://127.0.0.1:*) ;; *) echo "refusing non-loopback base URI $base_uri" >&2; exit 1 ;; esac
echo "Fake API on $base_uri with $sessions sessions in room $room_id."

args=(--base-uri "$base_uri" --access-key "$access_key" --secret "$secret" --room-id "$room_id" --seconds "$seconds" --sessions "$sessions")
echo "Running HmsSdk workloads (${seconds}s each)..."
dotnet_json="$(dotnet "$app" compare "${args[@]}" | tail -n 1)"
echo "Running Node SDK workloads (${seconds}s each)..."
node_json="$(cd "$here" && node node-driver.js "${args[@]}" | tail -n 1)"

echo quit >&3
exec 3>&-
wait "$server_pid" || true
server_pid=""

machine="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
report="$(node "$here/format-results.js" "$dotnet_json" "$node_json" "$machine" "$(dotnet --version)" "$(node --version)" "$seconds")"
echo
echo "$report"
if [ "$write" -eq 1 ]; then
  printf '%s\n' "$report" >"$here/RESULTS.md"
  echo
  echo "Wrote $here/RESULTS.md"
fi
