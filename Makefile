# Every target bootstraps .venv from the pinned requirements when it is missing or stale.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build check test lint clean bench

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(RUNTIME): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@# Make the `hooks` package importable from anywhere the venv runs (mkdocs, pytest, scripts).
	@$(BIN)/python -c "import os, site; open(os.path.join(site.getsitepackages()[0], 'edition-root.pth'), 'w').write(os.getcwd() + '\n')"
	@touch $@

$(DEV): $(RUNTIME) requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

serve: $(RUNTIME) ## Serve the site with live reload on http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(RUNTIME) ## Build the site strictly into site/
	$(BIN)/mkdocs build --strict --site-dir site

check: $(DEV) ## Lint the code (fast, no site build)
	$(BIN)/ruff check hooks tests bench

test: $(DEV) ## Run every test (lint, unit, end-to-end)
	$(BIN)/ruff check hooks tests bench
	$(BIN)/python -m pytest

SCALE ?= 10 100
bench: $(RUNTIME) ## Time the edition against plain Material (SCALE="10 100" or SCALE=1000)
	$(BIN)/python bench/run.py --scales $(SCALE)

clean: ## Remove build output (keeps .venv)
	rm -rf site .pytest_cache
