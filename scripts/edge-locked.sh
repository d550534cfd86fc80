#!/usr/bin/env bash
# Builds dist/ and the edge renderer, then runs the edge tests (wrangler pages dev, workerd) under the
# browser-test lock, so parallel runs on one machine don't clash.
# Usage: bash scripts/edge-locked.sh [vitest file filters…]
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock /tmp/epsos-e2e.lock bash -c 'npm run data >/dev/null && npx vite build --logLevel warn && npx vite build -c vite.edge.config.ts --logLevel warn && npx vitest run --project edge "$@"' _ "$@"
