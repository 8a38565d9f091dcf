#!/usr/bin/env bash
# IaC benchmark: wall time of `plumb audit --only repo` (which runs the IaC rules with the repo checks) over one
# IaC tree, and the IaC findings by rule. Checkov is not installable here (PyPI unreachable), so there is no
# anchor time; the per-rule counts are what docs/accuracy.md compares by hand.
# Usage: bench/iac/run.sh TREE   (e.g. a clone of bridgecrewio/terragoat or docker/awesome-compose)
# PLUMB="path/to/plumb" runs a plumb already built; by default the CLI is built (Release) and run with dotnet.
set -euo pipefail
cd "$(dirname "$0")/../.."
TREE=${1:?usage: bench/iac/run.sh TREE}
[ -d "$TREE" ] || { echo "bench: $TREE: no such folder"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${PLUMB:-}" ]; then
  dotnet build src/Plumbline.Cli -c Release -o "$work/plumb" >/dev/null
  PLUMB="dotnet $work/plumb/plumb.dll"
fi
t0=$(date +%s.%N)
$PLUMB audit "$TREE" --only repo --format json --out "$work/out" >/dev/null 2>&1 || true
t1=$(date +%s.%N)
python3 - "$work/out" <<'PY'
import collections, glob, json, re, sys
report = json.load(open(glob.glob(f"{sys.argv[1]}/*.json")[0]))
fails = collections.Counter(f["checkId"] for f in report["findings"]
                            if f["outcome"] == "Fail" and re.match(r"(Dockerfile|Compose|Kubernetes|Terraform|WebServer)", f["checkId"]))
for rule, n in sorted(fails.items()):
    print(f"{n:>5} {rule}")
print(f"{sum(fails.values()):>5} IaC findings")
PY
echo "time: $(python3 -c "print(f'{$t1 - $t0:.1f}')") s (whole repo stage, IaC rules included)"
