#!/usr/bin/env bash
# Builds dist/ and runs browser tests under one lock, so parallel runs on one machine don't clash.
# Usage: bash scripts/e2e-locked.sh [vitest file filters…]
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock /tmp/epsos-e2e.lock bash -c 'npm run data >/dev/null && npx vite build --logLevel warn && npx vitest run --project e2e "$@"' _ "$@"
