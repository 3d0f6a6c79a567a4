# Quick start: `make demo` (set up, run the report on data/articles) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --disable-pip-version-check -q

export MPLBACKEND := Agg

.PHONY: demo test lab bench lint clean

$(BIN)/python:
	@echo "Creating the virtual environment $(VENV)"
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-core: pyproject.toml | $(BIN)/python
	@echo "Setting up $(VENV): installing newsanalysis[parquet] and its dependencies (about a minute the first time)"
	$(PIP) -e ".[parquet]"
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	@echo "Setting up $(VENV): installing newsanalysis[test,parquet] and its dependencies (about a minute the first time)"
	$(PIP) -e ".[test,parquet]"
	touch $@

$(VENV)/.installed-lab: pyproject.toml | $(BIN)/python
	@echo "Setting up $(VENV): installing newsanalysis[lab,parquet] and its dependencies (about a minute the first time)"
	$(PIP) -e ".[lab,parquet]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	@echo "Setting up $(VENV): installing newsanalysis[bench,dask,parquet] and its dependencies (about a minute the first time)"
	$(PIP) -e ".[bench,dask,parquet]"
	touch $@

## demo: set up and write the report of data/articles into reports/demo/
demo: $(VENV)/.installed-core
	$(BIN)/python -m newsanalysis report data/articles --out reports/demo --force

## test: set up with test extras and run the tests, doctests and notebooks
test: $(VENV)/.installed-test
	$(BIN)/python -m ruff check newsanalysis tests benchmarks
	$(BIN)/python -m pytest

## lab: open JupyterLab on notebooks/ with the package importable
lab: $(VENV)/.installed-lab
	MPLBACKEND= $(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root)

## bench: run the benchmarks (needs ../shared/bench)
bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks.sentences
	$(BIN)/python -m benchmarks.quotes_eval ../shared/bench/polnear/dev.jsonl
	$(BIN)/python -m benchmarks.pipeline --polnear ../shared/bench/polnear

lint: $(VENV)/.installed-test
	$(BIN)/python -m ruff check newsanalysis tests benchmarks

clean:
	rm -rf $(VENV) reports/demo
