# One command per check; .ci/run calls `make test` too.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

# Quick start 1: the app on its embedded defaults (SQLite, tasks in-process) at 127.0.0.1:8000.
run: setup
	$(BIN)/python scripts/write_dev_env.py
	$(BIN)/python manage.py migrate --verbosity 0
	$(BIN)/python manage.py quickstart --demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Quick start 2: every check and the whole test suite.
test: setup
	PATH="$(CURDIR)/$(BIN):$$PATH" scripts/test

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b --quick || exit 1; done

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
