# Sourced by .ci/run as root after apt-get update: Chromium prints `--format pdf` reports and the report layout tests
# drive it through Playwright; poppler's pdftotext reads the printed PDFs back in the report tests.
apt-get install -y -qq chromium poppler-utils >/dev/null
