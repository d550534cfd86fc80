#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download works on our machines).
# Installs it when missing and we may (root with apt-get); otherwise says how.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Chromium not found at $chrome. Install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH." >&2
exit 1
