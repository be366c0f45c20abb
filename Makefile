# The two commands of the quick start: `make run` and `make test`. Both set up .venv first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run demo test lint setup clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: setup  ## start the daemon with the default topic on SQLite in your data directory
	$(BIN)/claimwatch run

demo: setup  ## the offline demo: a made-up season of news on 127.0.0.1
	$(BIN)/claimwatch demo

lint: setup
	$(BIN)/ruff check scraper storage notifier claimwatch tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

test: setup lint  ## lint, import contracts, types, then the whole test suite
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
