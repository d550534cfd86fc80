#!/usr/bin/env bash
# Runs the whole browser suite (e2e, then edge) on a loaded machine: one busy process per core
# (`yes`) beside it, as a CI runner or a laptop shared with other work may be (issue 26: a test that
# passes only on an idle machine waits for a time, not for a state). Builds first, under the
# browser-test lock; the busy processes are ended by their ids however the run ends.
# Usage: bash scripts/e2e-loaded.sh [vitest file filters…]   (HOGS=n for another number of them)
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock /tmp/epsos-e2e.lock bash -c '
  set -eu
  npm run data >/dev/null && npx vite build --logLevel warn && npx vite build -c vite.edge.config.ts --logLevel warn
  hogs=()
  trap "kill \${hogs[*]} 2>/dev/null || true" EXIT INT TERM
  for _ in $(seq "${HOGS:-$(nproc)}"); do yes >/dev/null & hogs+=($!); done
  start=$(date +%s)
  status=0
  npx vitest run --project e2e --project edge "$@" || status=$?
  echo "browser suite beside ${#hogs[@]} busy processes: $(( $(date +%s) - start )) s"
  exit "$status"
' _ "$@"
