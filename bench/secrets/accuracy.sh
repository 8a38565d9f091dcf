#!/usr/bin/env bash
# Accuracy run: recall and decoys flagged per family, for the built-in rules, over
#   - bench/secrets/corpus/examples.jsonl (our own corpus: small-business config shapes, fake seeded values), and
#   - gitleaks' hand-written rule examples (string literals in its tps/fps lists), when a gitleaks checkout is given.
# Usage: bench/secrets/accuracy.sh [GITLEAKS_CHECKOUT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build -c Release "$here/SecretsBench" -v q -nologo >/dev/null
bench="$here/SecretsBench/bin/Release/net10.0/SecretsBench"
corpora=("$here/corpus/examples.jsonl")
if [[ -n "${1:-}" ]]; then
  work="$(mktemp -d -t plumb-secrets-accuracy-XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  echo "gitleaks at $(git -C "$1" rev-parse HEAD)"
  python3 "$here/extract-gitleaks-examples.py" "$1/cmd/generate/config/rules" > "$work/gitleaks.jsonl"
  corpora+=("$work/gitleaks.jsonl")
fi
"$bench" --accuracy "${corpora[@]}"
