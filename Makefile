# Every target bootstraps .venv from the pinned requirements when it is missing or stale.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
NODE_TOOLS := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
# mkdocs-redirects 1.2.3 prints a banner about MkDocs 2 on every build unless this is set.
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build check annotate anchors bench test quick lint format clean system-deps

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

system-deps: # Chromium, Java, npm for the quality gates (installed when missing and root)
	@scripts/ensure-system-deps.sh

# axe-core and vnu.jar, pinned in package-lock.json; --ignore-scripts: vnu-jar's postinstall would
# download a Java runtime, Debian's is used instead.
$(NODE_TOOLS): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "!!! WARNING: npm is missing: axe-core and vnu.jar not installed; their gates will skip (fail with CI=true)" >&2; fi

PORT ?= 8000
serve: $(RUNTIME) ## Serve the site with live reload on http://127.0.0.1:8000 (another port: PORT=8001)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

build: $(RUNTIME) ## Build the site strictly into site/ (reproducible: dated by the last commit)
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)} \
	  $(BIN)/mkdocs build --strict --site-dir site
	@# Citations, exports and canonical links carry site_url: a copy published without SITE_URL would cite localhost.
	@test -n "$$SITE_URL" || echo "NOTE: built for this machine: citations, exports and canonical links point at" \
	  "http://127.0.0.1:8000/. To publish, build with SITE_URL=https://your.host/path/ make build" >&2

check: $(RUNTIME) ## Validate annotations, glossary, taxonomy, pages and their links, published ids, paragraph words and the lock's history in about a second (no site build)
	@$(BIN)/python -m hooks.cli.check

# make annotate's URL, QUOTE and AUTHOR reach it as typed: make would read `$5` in a quote as its variable 5,
# empty, and `$$` (the shell's process id in double quotes) is no way out.
override URL := $(value URL)
override QUOTE := $(value QUOTE)
override AUTHOR := $(value AUTHOR)
export URL QUOTE AUTHOR

annotate: $(RUNTIME) ## New annotation: make annotate URL="…/migration-and-transnationalism/opportunities/#p3" QUOTE="words" [AUTHOR="Name"]
	@# URL, QUOTE and AUTHOR reach the script through the environment: no shell quoting to get wrong.
	@$(BIN)/python -m hooks.cli.annotate

anchors: $(RUNTIME) ## Record newly published ids (anchors.lock.json) and paragraphs' words (anchors.words.json); commit both; records nothing while the build fails
	@# The site built on the way is not wanted: it goes to a temporary folder, removed however the build ends.
	@out=$$(mktemp -d) && trap 'rm -rf "$$out"' EXIT && \
	  EDITION_ANCHORS=record $(BIN)/mkdocs build --strict --site-dir "$$out"

CODE = hooks tests bench
LINT = $(BIN)/ruff check $(CODE) && $(BIN)/ruff format --check $(CODE)
test: $(DEV) system-deps $(NODE_TOOLS) ## Run every test (lint, unit, end-to-end, quality gates)
	$(LINT)
	$(BIN)/python -m pytest

quick: $(DEV) ## Lint and the fast tests (no browser or other slow gates; make test runs everything)
	$(LINT)
	$(BIN)/python -m pytest -m "not slow"

lint: $(DEV) ## Lint the code and check its layout (ruff), as make test and the pre-commit hook do
	$(LINT)

format: $(DEV) ## Lay the code out as make lint wants it (ruff format)
	$(BIN)/ruff format $(CODE)

SCALE ?= 10 100
bench: $(RUNTIME) ## Time the edition against plain Material (SCALE="10 100" or SCALE=1000)
	$(BIN)/python bench/run.py --scales $(SCALE)

clean: ## Remove build output (keeps .venv)
	rm -rf site .pytest_cache test-artifacts
