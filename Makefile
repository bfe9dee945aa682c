# The two commands a new user types: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= data
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test ingest explorer serve bench lint typecheck clean help

help:
	@echo "make run    create $(VENV), install, ingest seeds/ into $(STORE)/ and serve on http://$(HOST):$(PORT)"
	@echo "make test   create $(VENV) with the dev extra and run the whole test suite"
	@echo "make bench  run the benchmarks on 200k events (BENCH_ARGS= for 1M); they print, they assert nothing"
	@echo "make lint   ruff and the type checker (mypy) over the code; make test runs them first"
	@echo "make explorer  build the explorer and the API docs' assets from web/ into api/static/ (run and test do)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "diplograph needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[explorer]"
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed

# The browser's files: the explorer bundled from web/ and the API docs' assets (Swagger UI, ReDoc), written
# to api/static/ (ignored by git) with the Node.js and npm that the explorer extra puts into $(VENV):
# npm ci installs what web/package-lock.json pins, web/build.mjs bundles with esbuild. Redone when web/ changes.
EXPLORER := api/static/BUILT
WEB_SOURCES := web/package.json web/package-lock.json web/build.mjs $(wildcard web/src/*)
NODE_PATH_FOR_MAKE := PATH="$(abspath $(BIN)):$$PATH"

$(EXPLORER): $(VENV)/.installed $(WEB_SOURCES)
	cd web && $(NODE_PATH_FOR_MAKE) npm ci --no-audit --no-fund --loglevel=error
	cd web && $(NODE_PATH_FOR_MAKE) node build.mjs

explorer: $(EXPLORER)

ingest: $(VENV)/.installed $(EXPLORER)
	$(BIN)/diplograph --store $(STORE) ingest seeds/

run: ingest
	$(BIN)/diplograph --store $(STORE) serve --host $(HOST) --port $(PORT)

# jing checks the GEXF exports against the GEXF 1.3 grammar, Chromium and its driver run the explorer's browser
# tests, Virtuoso is the store suite's third engine (the package starts no daemon: the tests start their own);
# installed where this machine lets us (root with apt-get), else those tests skip, saying why.
# ruff and mypy run first: a lint or type error fails `make test` (and so CI) before any test runs.
test: lint $(EXPLORER)
	@missing=""; command -v jing >/dev/null 2>&1 || missing="jing"; \
	  { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || \
	  missing="$$missing chromium chromium-driver"; \
	  command -v virtuoso-t >/dev/null 2>&1 || missing="$$missing virtuoso-opensource"; \
	  [ -z "$$missing" ] || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } || \
	  echo "not installed: $$missing; the tests that need them will be skipped (apt-get install $$missing)"
	$(BIN)/python -m pytest

# every benchmark against its anchor, one table; BENCH_ARGS= for the full 1M-event run (tens of minutes)
BENCH_ARGS ?= --quick
bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	@$(MAKE) --no-print-directory typecheck

# mypy sees the package as it is installed: package-dir maps graph/, api/, ingest/, ontology/ into
# diplograph, so they are linked into that shape under build/typecheck (links, so new files need nothing).
TYPECHECK := build/typecheck
typecheck: $(VENV)/.installed-dev
	@mkdir -p $(TYPECHECK)/diplograph
	@find $(TYPECHECK)/diplograph -maxdepth 1 -type l -delete
	@for file in diplograph/*; do ln -sfn ../../../$$file $(TYPECHECK)/diplograph/; done
	@for room in graph api ingest ontology; do ln -sfn ../../../$$room $(TYPECHECK)/diplograph/$$room; done
	cd $(TYPECHECK) && $(abspath $(BIN))/mypy --config-file $(abspath pyproject.toml) -p diplograph

clean:
	rm -rf $(VENV) $(STORE) $(STORE).view .pytest_cache .ruff_cache *.egg-info api/static web/node_modules
