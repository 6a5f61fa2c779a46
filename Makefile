# warwire: the two quick-start commands, and the checks CI runs.
#   make demo   install what running needs, store the bundled sample news in warwire.db, serve the dashboard on :8000
#   make test   install with the test and gazetteer-build extras and run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000

.PHONY: install demo test lint bench

# A venv's bundled pip is old (it leaves trafilatura without lxml_html_clean): upgrade it first.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,gazetteer-build]'
	touch $@

install: $(BIN)/.installed

# Only what running needs: no test tools, browsers' drivers or gazetteer sources. A regular (not editable)
# install: setuptools warns on every editable one, and a user running the demo edits nothing.
$(BIN)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q .
	touch $@

demo: $(BIN)/.runtime
	$(BIN)/warwire ingest warwire/data/samples
	$(BIN)/warwire import airforce warwire/data/samples/airforce-record-2024-11.csv
	$(BIN)/warwire serve --port $(PORT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check warwire tests benchmarks scripts
	$(BIN)/mypy warwire

bench: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r benchmarks/requirements-extract.txt
	$(BIN)/python benchmarks/extract_speed.py
