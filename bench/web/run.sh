#!/usr/bin/env bash
# Web workspace benchmark: wrk at 50 connections against every page of one engagement, signed in, on SQLite or on a
# throwaway PostgreSQL 15 cluster. Baselines in the same run: the same server's static stylesheet (/site.css), what
# Kestrel itself costs, and the engagement's small profile page, the floor of any signed-in page (cookie, session
# stamp check, membership check, layout), so the ratios show what the engagement's size adds.
# Each target gets a 5-second warm-up that is not measured. Also printed: the server's CPU time per request,
# which other load on the machine distorts far less than latency does.
# Usage: bench/web/run.sh [seconds per target, default 15] [systems, default 200] [items, default 500] [sqlite|postgres]
#   (needs wrk: apt-get install -y wrk; postgres needs /usr/lib/postgresql/15/bin, as the web tests do)
# PAGES="inventory register" limits the run to those pages (names as printed).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"; SYSTEMS="${2:-200}"; ITEMS="${3:-500}"; DB="${4:-sqlite}"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk"; exit 2; }

WORK="$(mktemp -d)"; PORT=$((20000 + RANDOM % 20000)); BASE="http://127.0.0.1:$PORT"
PGBIN=/usr/lib/postgresql/15/bin; PGDATA="$WORK/pg/data"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait "${SERVER:-}" 2>/dev/null || true
  [ -f "$PGDATA/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

DATA_ARGS=(--data "$WORK/data")
if [ "$DB" = postgres ]; then
  [ -x "$PGBIN/pg_ctl" ] || { echo "PostgreSQL 15 binaries not found in $PGBIN (apt-get install -y postgresql)"; exit 2; }
  mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg" && chmod 755 "$WORK"
  PGPORT=$((20000 + RANDOM % 20000))
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U plumb --auth=trust -E UTF8 --no-sync >/dev/null
  # Durable writes stay on (unlike the tests' fsync=off): the pages read, and a bench should not flatter writes.
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/log" -w -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
  DATA_ARGS=(--database "Host=127.0.0.1;Port=$PGPORT;Username=plumb;Database=plumbline_bench")
fi

dotnet build src/Plumbline.Cli -c Release -v q -nologo >/dev/null
PLUMB=src/Plumbline.Cli/bin/Release/net10.0/plumb
"$PLUMB" serve "${DATA_ARGS[@]}" --urls "$BASE" >"$WORK/serve.log" 2>&1 &
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

python3 bench/web/make_engagement.py "$ITEMS" "$SYSTEMS" > "$WORK/engagement.json"
ID=$("$PLUMB" import "$WORK/engagement.json" "${DATA_ARGS[@]}" | sed -n 's/^Imported engagement \([0-9]*\):.*/\1/p')
E="$BASE/engagements/$ID"
SYSTEM=$(curl -s -H "Cookie: $COOKIE" "$E/inventory" | sed -n "s|.*href=\"/engagements/$ID/inventory/systems/\([0-9]*\)\".*|\1|p" | head -1)
declare -A URLS=(
  [overview]="$E" [profile]="$E/profile" [inventory]="$E/inventory" [system]="$E/inventory/systems/$SYSTEM"
  [portfolio]="$E/portfolio" [register]="$E/register" [matrix]="$E/matrix" [roadmap]="$E/roadmap"
  [audits]="$E/audits" [assessments]="$E/assessments" [members]="$E/members" [settings]="$E/settings"
)
ORDER=(overview inventory system portfolio register matrix roadmap audits assessments members settings)
[ -n "${PAGES:-}" ] && read -r -a ORDER <<<"$PAGES"
for page in profile "${ORDER[@]}"; do
  code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $COOKIE" "${URLS[$page]}")
  [ "$code" = 200 ] || { echo "GET ${URLS[$page]} gave $code; see the server's log:"; tail -40 "$WORK/serve.log"; exit 1; }
done

run() { # name url -> "name p50 p99 requests errors rps"
  # A short unmeasured run first: .NET compiles hot code again with full optimisation during its first seconds.
  wrk -t2 -c50 -d5s -H "Cookie: $COOKIE" "$2" >/dev/null
  local before after; before=$(cpu_ticks)
  local out; out=$(wrk -t2 -c50 -d"${DURATION}s" --timeout 30s --latency -H "Cookie: $COOKIE" "$2")
  after=$(cpu_ticks)
  local p50 p99 reqs rps errs non2xx
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  reqs=$(awk '/requests in/{print $1}' <<<"$out"); rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  errs=$(awk -F'[ ,]+' '/Socket errors/{print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out")
  local cpu; cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$reqs" 'BEGIN { printf "%.3fms", t * 1000 / hz / (n > 0 ? n : 1) }')
  printf "%-11s p50 %-9s p99 %-9s requests %-7s req/s %-9s errors %-3s server CPU/request %s\n" "$1" "$p50" "$p99" "$reqs" "$rps" "$(( ${errs:-0} + ${non2xx:-0} ))" "$cpu"
}
# The server's user+system CPU time in clock ticks: CPU per request is what a busy shared machine distorts least.
# (PostgreSQL's own CPU is in its processes, not here: on PostgreSQL the figure is the web server's share only.)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
to_ms() { awk '{v=$1; if (v ~ /ms$/) {sub(/ms/,"",v); print v} else if (v ~ /us$/) {sub(/us/,"",v); print v/1000} else {sub(/s$/,"",v); print v*1000}}' <<<"$1"; }

echo "plumb serve (Release, $DB), engagement with $SYSTEMS systems and $ITEMS items, wrk -t2 -c50 -d${DURATION}s, $(nproc) cores"
BASELINE=$(run static "$BASE/site.css"); echo "$BASELINE"
FLOOR=$(run profile "$E/profile"); echo "$FLOOR"
LINES=()
for page in "${ORDER[@]}"; do line=$(run "$page" "${URLS[$page]}"); echo "$line"; LINES+=("$line"); done
b99=$(to_ms "$(awk '{print $5}' <<<"$BASELINE")")
f99=$(to_ms "$(awk '{print $5}' <<<"$FLOOR")")
for line in "${LINES[@]}"; do
  p99=$(to_ms "$(awk '{print $5}' <<<"$line")")
  awk -v n="$(awk '{print $1}' <<<"$line")" -v a="$p99" -v b="$b99" -v f="$f99" 'BEGIN { printf "%-11s p99 is %5.1fx the static file p99 and %4.1fx the profile page p99 (goal: p99 under 50 ms, no errors)\n", n, a/b, a/f }'
done
