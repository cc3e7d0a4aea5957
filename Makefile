# PolyEval: `make demo` for a running site, `make test` for the test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DATA_DIR ?= var
TINY_MODEL := $(DATA_DIR)/models/tiny
export DJANGO_DEBUG ?= 1

.PHONY: setup demo test lint tiny-model clean-demo

setup: $(VENV)/.installed

# The virtual environment is rebuilt only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[hf,dev]'
	touch $@

tiny-model: $(TINY_MODEL)/config.json

$(TINY_MODEL)/config.json: | setup
	$(PY) -m benchmark make-tiny-model $(TINY_MODEL)

demo: setup tiny-model
	DATA_DIR=$(DATA_DIR) scripts/demo.sh

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check benchmark webapp workers tests
	$(VENV)/bin/mypy benchmark webapp workers

clean-demo:
	rm -rf $(DATA_DIR)/polyeval.sqlite3* $(DATA_DIR)/broker
