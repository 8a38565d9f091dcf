# Sourced by .ci/run as root after apt-get update: the native build (build/release.sh needs clang and zlib to link it),
# made into a temporary release folder that NativeBuildTests run side by side with the web build (about four minutes).
apt-get install -y -qq clang zlib1g-dev >/dev/null
PLUMB_NATIVE_DIST="$(mktemp -d)/plumb"
export PLUMB_NATIVE_DIST
bash build/release.sh "$PLUMB_NATIVE_DIST" || return 1
