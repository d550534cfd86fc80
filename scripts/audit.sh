#!/usr/bin/env bash
# No high or critical advisory in production dependencies. Where the registry's advisory service
# cannot be reached (this workplace's registry proxy refuses it), say so plainly instead of failing.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
code=$?
if [ $code -eq 0 ]; then echo "$out" | tail -3; exit 0; fi
if echo "$out" | grep -q "audit endpoint returned an error"; then
  echo "npm audit: the advisory service could not be reached from this machine; audit NOT verified." >&2
  exit 0
fi
echo "$out"
exit $code
