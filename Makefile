# The few things you do with socreport. `make build` and `make test` are the README's quick start.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: help build test lint bench accuracy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-lint: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[lint]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dask]"
	touch $@ $(VENV)/.installed

## build: set up and run the main job on the bundled corpus (data/raw -> data/clean, reports/)
build: $(VENV)/.installed
	$(BIN)/socreport build

## test: set up and run the whole test suite (unit, property, CLI, workbook, notebooks)
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

## lint: ruff (lint and format check) and mypy on src/ (settings in pyproject.toml)
lint: $(VENV)/.installed-lint
	$(BIN)/ruff check src
	$(BIN)/ruff format --check src
	$(BIN)/mypy

## accuracy: field-level precision, recall and F1 per corpus, language and field (seeds, real dev and eval pages, variation tables)
accuracy: $(VENV)/.installed
	$(BIN)/python tools/accuracy.py

## bench: throughput and memory benchmarks (not part of the tests)
bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks.bench_extract
	$(BIN)/python -m benchmarks.bench_build

## help: list these targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed -e 's/^## //' -e 's/: /\t/' | expand -t 12

## clean: remove the virtual environment and everything the build wrote
clean:
	rm -rf $(VENV) data/clean/*.csv data/clean/*.parquet data/clean/datapackage.json reports/*.xlsx reports/figures
