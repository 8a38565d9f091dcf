# Web workspace tests: Debian's Chromium for the end-to-end journey (Playwright drives it),
# PostgreSQL 15 binaries for the data tests (the test fixture starts a throwaway cluster on a
# loopback port as user postgres), and wrk for bench/web/run.sh.
apt-get install -y -qq chromium chromium-driver postgresql wrk >/dev/null
