#!/usr/bin/env bash
# Regenerate generated/scenario_assets_api from openapi/scenario-assets.yaml.
#
#   ./codegen.sh            rewrite generated/ in place
#   ./codegen.sh DIR        write the package under DIR instead (used by `make check-generated`)
#   SPEC=path ./codegen.sh DIR   generate from another spec file (a trial edit)
#   VENV_BIN=dir ./codegen.sh     use the generator, ruff and python of that folder
#
# Never edit generated/ by hand: change the spec, openapi/codegen-config.yaml or
# openapi/templates/ (the template overrides).
set -euo pipefail

GENERATOR_VERSION="0.29.1"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
out_root="${1:-generated}"
spec="${SPEC:-openapi/scenario-assets.yaml}"
# The tools' folder: VENV_BIN, else the active virtualenv, else the generator found on PATH
# (any venv: .venv, .venv-3.12, ...), else ./.venv/bin.
if [ -n "${VENV_BIN:-}" ]; then
  venv_bin="$VENV_BIN"
elif [ -n "${VIRTUAL_ENV:-}" ]; then
  venv_bin="$VIRTUAL_ENV/bin"
elif command -v openapi-python-client >/dev/null 2>&1; then
  venv_bin="$(dirname "$(command -v openapi-python-client)")"
else
  venv_bin="$here/.venv/bin"
fi
export PATH="$venv_bin:$PATH"   # the post hooks run the pinned ruff from the venv

installed="$(openapi-python-client --version | awk '{print $NF}')"
if [ "$installed" != "$GENERATOR_VERSION" ]; then
  echo "codegen.sh: openapi-python-client $GENERATOR_VERSION required, found $installed" >&2
  exit 1
fi

# Enum member names must not depend on position (VALUE_<n>): refuse before generating.
"$venv_bin/python" tools/enum_names.py "$spec"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Deprecations the generator would drop, written into schema descriptions (tools/spec_prepare.py).
"$venv_bin/python" tools/spec_prepare.py "$spec" "$work/spec.yaml"
openapi-python-client generate \
  --path "$work/spec.yaml" \
  --config openapi/codegen-config.yaml \
  --custom-template-path openapi/templates \
  --meta none \
  --output-path "$work/scenario_assets_api" \
  --overwrite \
  --fail-on-warning >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }

# The operation table and classes (x- extensions the templates cannot see), formatted alike.
"$venv_bin/python" tools/gen_operations.py "$spec" openapi/codegen-config.yaml "$work/scenario_assets_api"
tables=("$work/scenario_assets_api/_operations.py" "$work/scenario_assets_api/operations.py" "$work/scenario_assets_api/params.py")
ruff check --fix-only --isolated --no-cache --line-length 120 --select F401,I -q "${tables[@]}"
ruff format --isolated --no-cache --line-length 120 -q "${tables[@]}"

# The spec itself, as JSON: the emulator answers from the same document the client was built from.
"$venv_bin/python" - "$spec" "$work/scenario_assets_api/_spec.json" <<'PY'
import json, sys, yaml
with open(sys.argv[1], encoding="utf-8") as src:
    document = yaml.safe_load(src)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(document, out, indent=1, ensure_ascii=False, default=str)
    out.write("\n")
PY

spec_sha="$(sha256sum "$spec" | awk '{print $1}')"
# Everything else the output depends on: generator configuration, template overrides, the table
# script and the runtime package it shares with the generated code (records, spec reader).
inputs_sha="$( (cat openapi/codegen-config.yaml tools/gen_operations.py tools/spec_prepare.py; find openapi/templates scenario_assets_runtime -type f -not -path '*/__pycache__/*' | LC_ALL=C sort | xargs cat) | sha256sum | awk '{print $1}')"
cat >"$work/scenario_assets_api/_stamp.py" <<PY
"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "$GENERATOR_VERSION"
SPEC_PATH = "$spec"
SPEC_SHA256 = "$spec_sha"
CONFIG_AND_TEMPLATES_SHA256 = "$inputs_sha"
PY
: >"$work/scenario_assets_api/py.typed"
find "$work/scenario_assets_api" -name __pycache__ -type d -prune -exec rm -rf {} +

mkdir -p "$out_root"
rm -rf "$out_root/scenario_assets_api"
cp -R "$work/scenario_assets_api" "$out_root/scenario_assets_api"
echo "codegen.sh: generated $out_root/scenario_assets_api from $spec (sha256 ${spec_sha:0:12})"
