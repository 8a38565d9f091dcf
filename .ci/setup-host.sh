# Sourced by .ci/run as root after apt-get update: the host-check tests start their own redis-server on
# 127.0.0.1 and a free port (with and without a password); the package's own service is stopped.
apt-get install -y -qq redis-server >/dev/null
if command -v systemctl >/dev/null 2>&1; then systemctl stop redis-server >/dev/null 2>&1 || true; fi
if command -v service >/dev/null 2>&1; then service redis-server stop >/dev/null 2>&1 || true; fi
