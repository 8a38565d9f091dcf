#!/usr/bin/env bash
# Host benchmark: `plumb check host` against nmap's connect scan with service detection (`nmap -sT -sV`) on the same
# ports of 127.0.0.1 only. Starts real services on free loopback ports (redis-server without a password, Python's
# http.server, an HTTPS server with a self-signed certificate, greeting servers for SSH/FTP/SMTP, a silent and a
# trickling port) plus one closed port, then reports per port: open?, plumb's service, nmap's service, and the
# wall time of each tool with their ratio.
# Usage: [QUIET_PORTS=0] bench/host/compare-nmap.sh
# Needs: nmap, redis-server, openssl, python3 (apt-get install -y nmap redis-server openssl python3), the .NET SDK.
# PLUMB="path/to/plumb" times a plumb already built; by default the CLI is built (Release) and run with dotnet.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in nmap redis-server openssl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install -y nmap redis-server openssl python3)"; exit 2; }
done

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "${PLUMB:-}" ]; then
  dotnet build src/Plumbline.Cli -c Release -o "$work/plumb" >/dev/null
  PLUMB="dotnet $work/plumb/plumb.dll"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

declare -A kind_of
start() { # KIND PORT COMMAND...
  local kind=$1 port=$2; shift 2
  "$@" >/dev/null 2>&1 &
  pids+=($!)
  kind_of[$port]=$kind
}

p=$(free_port); start redis "$p" redis-server --port "$p" --bind 127.0.0.1 --save '' --appendonly no --protected-mode no
p=$(free_port); start http "$p" python3 -m http.server "$p" --bind 127.0.0.1 --directory "$work"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 -subj "/CN=localhost" 2>/dev/null
p=$(free_port); start https "$p" openssl s_server -quiet -accept "127.0.0.1:$p" -cert "$work/cert.pem" -key "$work/key.pem" -www
# QUIET_PORTS=0 leaves out the silent and trickling ports: nmap -sV spends many minutes on each of them.
kinds="ssh ftp smtp"; [ "${QUIET_PORTS:-1}" = 1 ] && kinds="$kinds silent trickle"
for kind in $kinds; do
  p=$(free_port); start "$kind" "$p" python3 bench/host/services.py "$kind" "$p"
done
closed=$(free_port); kind_of[$closed]=closed
sleep 1

ports=$(printf '%s\n' "${!kind_of[@]}" | sort -n | paste -sd, -)
echo "ports: $ports"

t0=$(date +%s.%N)
$PLUMB check host 127.0.0.1 --ports "$ports" --timeout 5 --format json --out "$work/plumb" >/dev/null 2>"$work/plumb.err" || true
t1=$(date +%s.%N)
nmap -sT -sV -Pn -n -p "$ports" 127.0.0.1 -oX "$work/nmap.xml" >/dev/null
t2=$(date +%s.%N)

python3 - "$work" "$ports" "$t0" "$t1" "$t2" "$(declare -p kind_of)" <<'PY'
import glob, json, sys, xml.etree.ElementTree as ET
work, ports, t0, t1, t2, kinds = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:6]), sys.argv[6]
kind = dict(part.split("]=", 1) for part in kinds.split("(", 1)[1].rstrip(")").replace("[", "").replace('"', "").split())
report = json.load(open(glob.glob(f"{work}/plumb/*.json")[0]))
plumb = {s["port"]: (s["service"] if s["identified"] else s["service"] + "?") for s in report["metrics"]["host"]["services"]}
nmap = {}
for port in ET.parse(f"{work}/nmap.xml").getroot().iter("port"):
    state = port.find("state").get("state")
    svc = port.find("service")
    name = "" if svc is None else (("ssl/" if svc.get("tunnel") == "ssl" else "") + svc.get("name", "") + ("?" if svc.get("method") == "table" else ""))
    nmap[int(port.get("portid"))] = (state, name, "" if svc is None else svc.get("product", ""))
agree_open = agree_name = 0
print(f"{'port':>6} {'what':<8} {'plumb':<14} {'nmap':<26} product (nmap)")
for p in map(int, ports.split(",")):
    n_state, n_name, n_product = nmap.get(p, ("?", "", ""))
    pl = plumb.get(p, "closed")
    nm = n_name if n_state == "open" else n_state
    agree_open += (p in plumb) == (n_state == "open")
    agree_name += pl.rstrip("?") == nm.rstrip("?") or (pl == "closed" and nm == "closed")
    print(f"{p:>6} {kind.get(str(p), ''):<8} {pl:<14} {nm:<26} {n_product}")
total = len(ports.split(","))
print(f"open/closed agree: {agree_open}/{total}; service names agree: {agree_name}/{total}")
print(f"time: plumb {t1 - t0:.1f} s, nmap {t2 - t1:.1f} s, ratio plumb/nmap {(t1 - t0) / (t2 - t1):.2f}")
PY
