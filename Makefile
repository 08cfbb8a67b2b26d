# Two commands matter on a fresh machine: `make demo` and `make test`.
# Each bootstraps .venv from pyproject.toml; nothing needs to be installed by hand.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HANDWRITTEN := scenario_assets tests tools examples benchmarks

.PHONY: venv test unit lint typecheck regen check-generated spec-draft demo record bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

## test: lint, type-check, verify generated/ is current, then run the suite (offline).
test: venv lint typecheck check-generated unit

unit: venv
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check $(wildcard $(HANDWRITTEN))
	$(BIN)/ruff format --check $(wildcard $(HANDWRITTEN))

typecheck: venv
	$(BIN)/mypy $(wildcard $(HANDWRITTEN))

## regen: rewrite generated/ from openapi/ (after editing the spec, config or templates).
regen: venv
	./codegen.sh

## check-generated: fail if generated/ differs from a fresh regeneration.
check-generated: venv
	tools/check_generated.sh generated

## spec-draft: compare the spec with a fresh draft from the API reference (informative).
spec-draft: venv
	$(BIN)/python tools/build_spec.py --check

demo: venv
	$(BIN)/python -m examples.demo

record: venv
	$(BIN)/python tools/record.py

bench: venv
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build *.egg-info demo-output
