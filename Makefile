# Two commands for a fresh machine: `make run` sets up and starts the app,
# `make test` sets up and runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-quick screenshots translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/footcare-gui

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick

# The languages beside English: translations/footcare_gui_<lang>.ts (edited in Qt Linguist,
# docs/translating.md), compiled to assets/translations/*.qm, which ship in the wheel.
LANGS := de es
TS := $(foreach l,$(LANGS),translations/footcare_gui_$(l).ts)

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete \
		$$(find src/footcare_gui -name '*.py' | LC_ALL=C sort) -ts $(TS)
	mkdir -p assets/translations
	for l in $(LANGS); do \
		$(BIN)/pyside6-lrelease -silent translations/footcare_gui_$$l.ts \
			-qm assets/translations/footcare_gui_$$l.qm || exit 1; \
	done

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1920x1200x24" $(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
