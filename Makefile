# The two commands of the quick start: `make run` and `make test`. Both set up .venv first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run demo test lint setup clean train cv

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

train: setup  ## rebuild the claims' decision layer (scraper/claims/model.json) from the labelled articles
	$(BIN)/python -m bench.train_claims

cv: setup  ## cross-validate it: grouped by article, and leaving one show out
	$(BIN)/python -m bench.cv_claims

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
