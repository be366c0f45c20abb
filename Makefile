# The two commands of the quick start: `make run` and `make test`. Both set up .venv first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run demo test lint setup clean train cv

setup: $(VENV)/.installed  ## the dev tools too (what `make test` needs)

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	touch $@

$(VENV)/.runtime: pyproject.toml $(VENV)/.created  ## claimwatch and what it needs to run, nothing else
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed: pyproject.toml $(VENV)/.created
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime  ## start the daemon with the default topic on SQLite in your data directory
	$(BIN)/claimwatch run

demo: $(VENV)/.runtime  ## the offline demo: a made-up season of news on 127.0.0.1
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
