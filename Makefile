# Every target bootstraps .venv from the pinned requirements when it is missing or stale.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
export NO_MKDOCS_2_WARNING := 1
# mkdocs-redirects 1.2.3 prints a banner about MkDocs 2 on every build unless this is set.
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build check annotate anchors test lint clean

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

check: $(RUNTIME) ## Validate annotations, glossary and taxonomy in about a second (no site build)
	@$(BIN)/python -m hooks.cli.check

annotate: $(RUNTIME) ## New annotation: make annotate URL="…/opportunities/#p3" QUOTE="words" [AUTHOR="Name"]
	@# URL, QUOTE and AUTHOR reach the script through the environment: no shell quoting to get wrong.
	@$(BIN)/python -m hooks.cli.annotate

anchors: $(RUNTIME) ## Record newly published ids in anchors.lock.json (commit the result)
	EDITION_ANCHORS=record $(BIN)/mkdocs build --strict --site-dir $$(mktemp -d)


test: $(DEV) ## Run every test (lint, unit, end-to-end)
	$(BIN)/ruff check hooks tests
	$(BIN)/python -m pytest

clean: ## Remove build output (keeps .venv)
	rm -rf site .pytest_cache
