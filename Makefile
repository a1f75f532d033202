# The few things you do with socreport. `make build` and `make test` are the README's quick start.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: build test bench accuracy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
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

## accuracy: field-level precision, recall and F1 per corpus, language and field (seeds, real dev and eval pages)
accuracy: $(VENV)/.installed
	$(BIN)/python tools/accuracy.py

## bench: throughput and memory benchmarks (not part of the tests)
bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks.bench_extract
	$(BIN)/python -m benchmarks.bench_build

clean:
	rm -rf $(VENV) data/clean/*.csv data/clean/*.parquet data/clean/datapackage.json reports/*.xlsx reports/figures
