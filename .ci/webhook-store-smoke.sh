#!/usr/bin/env bash
# The durable webhook store, for real: the crash-test host (tests/HmsSdk.WebhookHost, built by `dotnet test`) on a temp
# SQLite file answers 200 once an event is stored, handles it, survives SIGKILL and a restart on the same file, and
# answers a re-delivery of the same id with 200 without handling it again. Prints one line; exit 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

dll=tests/HmsSdk.WebhookHost/bin/Debug/net10.0/HmsSdk.WebhookHost.dll
fixture=tests/HmsSdk.Tests/Fixtures/webhooks/peer.join.success.json
dir=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "webhook store smoke: FAILED: $1" >&2; exit 1; }

start() {
  : >"$dir/out"
  dotnet "$dll" --port 0 --db "$dir/webhooks.db" >"$dir/out" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    url=$(sed -n 's/^READY //p' "$dir/out")
    [ -n "$url" ] && return 0
    kill -0 "$pid" 2>/dev/null || fail "host exited: $(cat "$dir/out")"
    sleep 0.1
  done
  fail "host not ready"
}
post() { curl -s -o /dev/null -w '%{http_code}' -X POST "$url/hms/webhooks" -H 'X-Hms-Secret: crash-test-secret' -H 'Content-Type: application/json' --data-binary @"$fixture"; }
completed() { curl -s "$url/stats" | sed -E 's/.*"completed":([0-9]+).*/\1/'; }
wait_completed() {
  for _ in $(seq 1 300); do [ "$(completed)" = "$1" ] && return 0; sleep 0.1; done
  fail "expected $1 completed event(s), store says $(curl -s "$url/stats")"
}

[ -f "$dll" ] || fail "$dll not built"
start
[ "$(post)" = 200 ] || fail "first delivery not acknowledged"
wait_completed 1
kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=""
start
wait_completed 1
[ "$(post)" = 200 ] || fail "re-delivery not acknowledged"
wait_completed 1
[ -s "$dir/webhooks.db" ] || fail "no SQLite file"
echo "webhook store smoke: stored before 200, handled, SIGKILL + restart on the same file, duplicate suppressed"
