#!/usr/bin/env bash
# Builds plumb for release into OUT (default: dist/): the native plumb, compiled ahead of time, and beside it in web/
# the web build, which runs the commands the native one hands over (serve, export, import). docs/install.md.
# Usage: build/release.sh [OUT]        RID=linux-arm64 build/release.sh for another platform.
# Needs: the .NET SDK, clang and zlib (apt-get install -y clang zlib1g-dev). About five minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
RID=${RID:-linux-x64}
for tool in dotnet clang; do
  command -v "$tool" >/dev/null || { echo "release: $tool is not installed (apt-get install -y clang zlib1g-dev; the .NET SDK)"; exit 2; }
done

rm -rf "$OUT"
echo "release: native plumb ($RID) → $OUT/plumb"
dotnet publish src/Plumbline.Cli -c Release -r "$RID" -p:PlumbNative=true -o "$OUT" --nologo -v quiet
echo "release: web build (ReadyToRun, needs the ASP.NET Core runtime) → $OUT/web/plumb"
dotnet publish src/Plumbline.Cli -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$OUT/web" --nologo -v quiet
# The native plumb is one file beside libgit2: its symbols and the libraries' docs stay in the build folders.
find "$OUT" -maxdepth 1 \( -name '*.dbg' -o -name '*.pdb' -o -name '*.xml' \) -delete
echo "release: done; run $OUT/plumb --help"
