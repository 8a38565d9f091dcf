#!/usr/bin/env bash
# Web workspace benchmark: wrk at 50 connections against the register and matrix pages of an
# engagement with 500 items, signed in, on SQLite. Baselines in the same run: the same server's
# static stylesheet (/site.css), what Kestrel itself costs, and the engagement's small profile page,
# the floor of any signed-in page (cookie, session stamp check, membership check, layout), so the ratios show what 500 items add.
# Each target gets a 5-second warm-up that is not measured. Also printed: the server's CPU time per request,
# which other load on the machine distorts far less than latency does.
# Usage: bench/web/run.sh [seconds per target, default 15]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk"; exit 2; }

WORK="$(mktemp -d)"; PORT=$((20000 + RANDOM % 20000)); BASE="http://127.0.0.1:$PORT"
cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait "${SERVER:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build src/Plumbline.Cli -c Release -v q -nologo >/dev/null
PLUMB=src/Plumbline.Cli/bin/Release/net10.0/plumb
"$PLUMB" serve --data "$WORK/data" --urls "$BASE" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -s -o /dev/null "$BASE/site.css" && break; sleep 0.5; done

# First run: the server prints a one-time setup link; create the administrator through that page, keeping the session cookie.
SETUP=""
for _ in $(seq 1 60); do
  SETUP=$(sed -n 's/^First run: open \(http[^ ]*\) to create the administrator.*/\1/p' "$WORK/serve.log" | head -1)
  [ -n "$SETUP" ] && break; sleep 0.5
done
[ -n "$SETUP" ] || { echo "no first-run setup link in the server's output"; cat "$WORK/serve.log"; exit 1; }
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$SETUP" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
PASS="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.DisplayName=Bench" --data-urlencode "Input.Email=bench@example.test" \
  --data-urlencode "Password.Password=$PASS" --data-urlencode "Password.ConfirmPassword=$PASS" --data-urlencode "__RequestVerificationToken=$TOKEN" "$SETUP"
COOKIE=$(awk '$6 ~ /^plumbline\./ { printf "%s=%s; ", $6, $7 }' "$JAR")

python3 bench/web/make_engagement.py 500 > "$WORK/engagement.json"
ID=$("$PLUMB" import "$WORK/engagement.json" --data "$WORK/data" | sed -n 's/^Imported engagement \([0-9]*\):.*/\1/p')
for page in register matrix; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/engagements/$ID/$page")
  [ "$code" = 200 ] || { echo "GET /engagements/$ID/$page gave $code; see $WORK/serve.log"; cat "$WORK/serve.log"; exit 1; }
done

run() { # name url -> "name p50 p99 requests errors rps"
  # A short unmeasured run first: .NET compiles hot code again with full optimisation during its first seconds.
  wrk -t2 -c50 -d5s -H "Cookie: $COOKIE" "$2" >/dev/null
  local before after; before=$(cpu_ticks)
  local out; out=$(wrk -t2 -c50 -d"${DURATION}s" --latency -H "Cookie: $COOKIE" "$2")
  after=$(cpu_ticks)
  local p50 p99 reqs rps errs non2xx
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  reqs=$(awk '/requests in/{print $1}' <<<"$out"); rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  errs=$(awk -F'[ ,]+' '/Socket errors/{print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out")
  local cpu; cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$reqs" 'BEGIN { printf "%.3fms", t * 1000 / hz / n }')
  printf "%-10s p50 %-9s p99 %-9s requests %-7s req/s %-9s errors %-3s server CPU/request %s\n" "$1" "$p50" "$p99" "$reqs" "$rps" "$(( ${errs:-0} + ${non2xx:-0} ))" "$cpu"
}
# The server's user+system CPU time in clock ticks: CPU per request is what a busy shared machine distorts least.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
to_ms() { awk '{v=$1; if (v ~ /ms$/) {sub(/ms/,"",v); print v} else if (v ~ /us$/) {sub(/us/,"",v); print v/1000} else {sub(/s$/,"",v); print v*1000}}' <<<"$1"; }

echo "plumb serve (Release, SQLite), engagement with 500 items, wrk -t2 -c50 -d${DURATION}s, $(nproc) cores"
BASELINE=$(run static "$BASE/site.css"); echo "$BASELINE"
FLOOR=$(run profile "$BASE/engagements/$ID/profile"); echo "$FLOOR"
REGISTER=$(run register "$BASE/engagements/$ID/register"); echo "$REGISTER"
MATRIX=$(run matrix "$BASE/engagements/$ID/matrix"); echo "$MATRIX"
b99=$(to_ms "$(awk '{print $5}' <<<"$BASELINE")")
f99=$(to_ms "$(awk '{print $5}' <<<"$FLOOR")")
for line in "$REGISTER" "$MATRIX"; do
  p99=$(to_ms "$(awk '{print $5}' <<<"$line")")
  awk -v n="$(awk '{print $1}' <<<"$line")" -v a="$p99" -v b="$b99" -v f="$f99" 'BEGIN { printf "%s p99 is %.1fx the static file p99 and %.1fx the profile page p99 (goal: p99 under 50 ms, no errors)\n", n, a/b, a/f }'
done
