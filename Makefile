# Two commands matter on a fresh machine: `make demo` and `make test`.
# Each bootstraps .venv from pyproject.toml; nothing needs to be installed by hand.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HANDWRITTEN := scenario_assets scenario_assets_runtime tests tools examples benchmarks
# Installs are editable in setuptools' strict mode: a tree of links that type checkers run from
# outside the repository can follow (the default mode's import hook is invisible to them). The
# tree lists files, so the install is redone when the set of package files changes (make regen).
EDITABLE := --config-settings editable_mode=strict
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check
PACKAGE_FILES := $(VENV)/.package-files

.PHONY: venv venv-demo test unit lint typecheck verifytypes docs dist test-pythons regen enum-names \
	check-generated check-unasync unasync api-snapshot spec-draft spec-update demo record bench bench-quick \
	mutation api-update-drill clean FORCE

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

$(PACKAGE_FILES): FORCE | $(BIN)/python
	@find scenario_assets scenario_assets_runtime generated \( -name '*.py' -o -name '*.json' \) -not -path '*/__pycache__/*' | LC_ALL=C sort > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

# make demo: the package and its emulator extra only.
$(VENV)/.stamp-demo: pyproject.toml scenario_assets/_version.py $(PACKAGE_FILES)
	$(PIP) -e '.[emulator]' $(EDITABLE)
	@touch $@

# make test: everything for development (tests, generator, linters, type checkers, docs): the
# extras users get plus the PEP 735 group `dev` (pip >= 25.1; the venv's pip is upgraded first).
$(VENV)/.stamp-dev: pyproject.toml scenario_assets/_version.py $(PACKAGE_FILES)
	$(PIP) -e '.[emulator,cli]' $(EDITABLE) --group dev
	@touch $@ $(VENV)/.stamp-demo

venv-demo: $(VENV)/.stamp-demo
venv: $(VENV)/.stamp-dev

## test: lint, type-check, verify generated/ is current, then run the suite (offline).
test: venv lint typecheck check-generated check-unasync unit

unit: venv
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check $(wildcard $(HANDWRITTEN))
	$(BIN)/ruff format --check $(wildcard $(HANDWRITTEN))

typecheck: venv
	$(BIN)/mypy $(wildcard $(HANDWRITTEN))
	@$(MAKE) --no-print-directory verifytypes

## verifytypes: every name users can reach in scenario_assets, and in scenario_assets_runtime (the
## records and protocols the generated classes expose), has a known type (pyright, 100 %).
# pyright finds the installed packages through the python on PATH (the venv's); --ignoreexternal
# leaves other packages' types (httpx, attrs, each other) to their own check.
VERIFIED_PACKAGES := scenario_assets scenario_assets_runtime
verifytypes: venv
	@status=0; for package in $(VERIFIED_PACKAGES); do \
	  PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pyright --verifytypes $$package --ignoreexternal \
	    > $(VENV)/verifytypes-$$package.log 2>&1 || status=1; \
	  echo "$$package:"; grep -E "error:|score" $(VENV)/verifytypes-$$package.log | head -n 40; \
	done; exit $$status

## regen: rewrite generated/ from openapi/ (after editing the spec, config or templates).
regen: venv
	VENV_BIN=$(abspath $(BIN)) ./codegen.sh

## enum-names [SPEC=path]: write the missing x-enum-varnames into the spec (suggested names,
## review them with git diff), then check every enum as `make regen` does.
SPEC ?= openapi/scenario-assets.yaml
enum-names: venv
	$(BIN)/python tools/enum_names.py --write $(SPEC)

## check-generated: fail if generated/ differs from a fresh regeneration.
check-generated: venv
	VENV_BIN=$(abspath $(BIN)) tools/check_generated.sh generated

## check-unasync: fail if a generated sync twin (scenario_assets/_sync/) is stale or edited.
check-unasync: venv
	$(BIN)/python tools/unasync.py --check

## unasync: rewrite the sync twins from their async source (scenario_assets/_async/).
unasync: venv
	$(BIN)/python tools/unasync.py

## api-snapshot: accept the generated package's current public API (after a deliberate break).
api-snapshot: venv
	$(BIN)/python tools/api_snapshot.py --write

## spec-draft REFERENCE=path [WRITE=1]: compare the committed reference index with a new API
## reference text, and show what the spec does not say yet; WRITE=1 accepts the new index.
spec-draft: venv
	@test -n "$(REFERENCE)" || { echo "usage: make spec-draft REFERENCE=path/to/reference.txt [WRITE=1]" >&2; exit 2; }
	$(BIN)/python tools/reference_index.py --reference "$(REFERENCE)" $(if $(WRITE),--write)

## spec-update REFERENCE=path [TEST=1]: take the spec to a newer API reference page (a three-way
## merge that keeps the spec's own decisions), then regenerate; prints the report and writes the
## CHANGELOG.md entry, openapi/reference/ and the index. TEST=1 also runs make test.
spec-update: venv
	@test -n "$(REFERENCE)" || { echo "usage: make spec-update REFERENCE=path/to/reference.txt [TEST=1]" >&2; exit 2; }
	$(BIN)/python tools/spec_update.py --reference "$(REFERENCE)" $(if $(TEST),--test)

## api-update-drill: write an update the size of a real API change into a temporary copy's spec,
## regenerate, run make test there, and check that nothing outside openapi/ and generated/ needed
## an edit and that the clients take the new client-wide parameter and operation (.ci/run runs it).
api-update-drill: venv
	$(BIN)/python tools/api_update_drill.py $(ARGS)

demo: venv-demo
	$(BIN)/python -m examples.demo

record: venv
	$(BIN)/python tools/record.py

## bench: this client vs the official SDK and raw httpx; writes benchmarks/RESULTS.md (< 10 min, and
## up to 20 min more for group 7, sync); ARGS="--only startup" or ARGS="--only sync" runs group 6
## or group 7 alone and merges it into the results.
## bench-quick: a one-minute pass, written to benchmarks/RESULTS-quick.md.
# make bench: everything for development plus the official SDK (group `bench`).
BENCH_STAMP := $(VENV)/.stamp-bench
$(BENCH_STAMP): pyproject.toml scenario_assets/_version.py $(PACKAGE_FILES)
	$(PIP) -e '.[emulator,cli]' $(EDITABLE) --group bench
	@touch $@ $(VENV)/.stamp-dev $(VENV)/.stamp-demo

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks $(ARGS)

bench-quick: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks --quick

## mutation: mutmut over _retry.py, _validation.py and the lock sessions, judged by the client and
## fault-suite tests (tests/client, tests/faults), then the hand-written mutants mutmut cannot make (tools/extra_mutants.py);
## about 10 minutes on 2 cores. Fails below 95 % killed or on a surviving extra mutant.
## Not part of make test.
MUTATION_STAMP := $(VENV)/.stamp-mutation
$(MUTATION_STAMP): pyproject.toml scenario_assets/_version.py $(PACKAGE_FILES)
	$(PIP) -e '.[emulator,cli]' $(EDITABLE) --group mutation
	@touch $@ $(VENV)/.stamp-dev $(VENV)/.stamp-demo

mutation: $(MUTATION_STAMP)
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 > $(VENV)/mutmut.log 2>&1 || { tail -n 40 $(VENV)/mutmut.log; exit 1; }
	$(BIN)/python tools/mutation_report.py $(ARGS); status=$$?; \
	$(BIN)/python tools/extra_mutants.py && exit $$status

## docs: build the documentation site into site/ (mkdocs --strict: a warning fails the build).
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

## dist: build the sdist and wheel, check them (twine --strict), then install the wheel in a
## fresh virtualenv with each extra and run a smoke test (tests/dist; needs PyPI, reuses pip's cache).
dist: venv
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*
	SCENARIO_ASSETS_DIST=$(abspath dist) $(BIN)/pytest -q tests/dist

## test-pythons: the suite on each of python3.11, 3.12 and 3.13 found on this machine (on PATH,
## or installed by pyenv), each in its own virtualenv .venv-3.X; an interpreter not found is
## skipped, and at least one must be.
PYTHON_VERSIONS ?= 3.11 3.12 3.13
test-pythons:
	@ran=0; for v in $(PYTHON_VERSIONS); do \
	  py=""; for p in $$(command -v python$$v) $$(ls -d $$HOME/.pyenv/versions/$$v.*/bin/python$$v 2>/dev/null); do \
	    if $$p -c "" 2>/dev/null; then py=$$p; break; fi; done; \
	  if [ -z "$$py" ]; then echo "test-pythons: python$$v not found, skipped"; continue; fi; \
	  echo "test-pythons: python$$v ($$py)"; \
	  $(MAKE) --no-print-directory unit VENV=.venv-$$v PYTHON=$$py || exit 1; ran=$$((ran + 1)); \
	done; test $$ran -gt 0

clean:
	rm -rf $(VENV) .venv-3.* build dist site *.egg-info demo-output mutants
