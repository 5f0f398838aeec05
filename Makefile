# Meldpunt: `make run` opens the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
LRELEASE = $(VENV)/bin/pyside6-lrelease

.DEFAULT_GOAL := help
.PHONY: help run test check lint fmt translations lupdate bench wheel package clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

# The venv is made when missing and reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(LRELEASE) -silent $< -qm $@

translations: $(STAMP) $(QM) ## compile the .ts translation sources to .qm

lupdate: $(STAMP) ## refresh the .ts sources from the code (keeps existing translations)
	$(VENV)/bin/pyside6-lupdate -extensions py -recursive src/meldpunt/ui -no-obsolete -ts $(TS)

run: translations ## open Meldpunt (needs a display; see README for xvfb-run)
	@$(PY) -c "import os, sys; sys.exit(0 if os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY') or os.environ.get('QT_QPA_PLATFORM') or sys.platform in ('win32', 'darwin') else 1)" \
	  || { echo "make run: no display found (DISPLAY is not set). On a machine without a screen use: xvfb-run -a make run"; exit 1; }
	$(PY) -m meldpunt $(ARGS)

lint: $(STAMP) ## ruff (check + format), mypy, import-linter
	$(VENV)/bin/ruff check src tests benchmarks resources
	$(VENV)/bin/ruff format --check src tests benchmarks resources
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

fmt: $(STAMP) ## format the code and apply safe fixes
	$(VENV)/bin/ruff check --fix src tests benchmarks resources
	$(VENV)/bin/ruff format src tests benchmarks resources

test: translations lint ## the whole suite, headless (PostgreSQL too when MELDPUNT_TEST_PG_URL is set)
	$(PY) -m pytest $(PYTEST_ARGS)

check: test ## alias of test

bench: translations ## run the benchmark scripts (they print tables, never fail)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

wheel: translations ## build the wheel into dist/
	rm -rf dist
	$(PY) -m pip wheel --quiet --no-deps -w dist .

package: $(STAMP) ## Linux bundle, .tar.gz and .deb in dist/, self-tested (installer/README.md)
	installer/build-and-test.sh

clean: ## remove build products (keeps .venv)
	rm -rf build dist src/*.egg-info $(QM) .pytest_cache .mypy_cache .ruff_cache
