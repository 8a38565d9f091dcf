# Sourced by .ci/run as root after apt-get update: the authoritative DNS server (NSD) and the zone
# signer (ldns-signzone, ldns-keygen) that the domain-check tests start on 127.0.0.1.
apt-get install -y -qq nsd ldnsutils >/dev/null
# The package starts a system nsd on port 53; the tests run their own on free ports, so stop it.
if command -v systemctl >/dev/null 2>&1; then systemctl stop nsd >/dev/null 2>&1 || true; fi
