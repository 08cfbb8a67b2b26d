#!/usr/bin/env bash
# Fail when DIR/scenario_assets_api differs from what codegen.sh produces from the spec now.
#   tools/check_generated.sh [DIR]     (DIR defaults to generated)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-generated}"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
"$here/codegen.sh" "$fresh" >/dev/null
if ! diff -r -x __pycache__ "$fresh/scenario_assets_api" "$target/scenario_assets_api" >"$fresh/diff.txt"; then
  echo "generated/ is stale or was edited by hand; run 'make regen' and commit the result:" >&2
  head -n 40 "$fresh/diff.txt" >&2
  exit 1
fi
echo "generated/ is up to date with openapi/ (check-generated)"
