#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download works on our machines), and the brief's
# print test reads its PDFs back with poppler-utils (pdfinfo, pdftotext), and the export tests render
# the exported SVG with librsvg (rsvg-convert), the renderer of Inkscape and many converters.
# Installs what is missing when we may (root with apt-get); otherwise says how.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chrome" ] || missing+=(chromium fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Missing for the browser tests: installing Debian's ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Not found: ${missing[*]} (Chromium at $chrome). Install them (Debian: sudo apt-get install -y ${missing[*]}) or set CHROME_PATH." >&2
exit 1
