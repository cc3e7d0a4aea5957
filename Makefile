# PolyEval: `make demo` for a running site, `make test` for the test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DATA_DIR ?= var
TINY_MODEL := $(DATA_DIR)/models/tiny
# The PolyCoder authors' Pygments (their harness pins 2.11.2): token counts are made with it,
# in a child process (benchmark/pygments_count.py); the environment keeps its newer Pygments.
PINNED_PYGMENTS := $(VENV)/pygments-2.11.2
export DJANGO_DEBUG ?= 1

.PHONY: setup system-deps demo demo-models test lint tiny-model clean-demo

setup: system-deps $(VENV)/.installed $(PINNED_PYGMENTS)/.installed

# bubblewrap isolates generated code (Debian's python3 and util-linux's prlimit run inside
# it); chromium and a font serve the browser tests.
# The multilingual sandbox's toolchains (benchmark/multilang/toolchains.py) come from Debian too;
# TypeScript from npm into tools/typescript (pinned by its package-lock.json). The nodejs
# package (NodeSource 20 here) provides npm.
SYSTEM_PACKAGES := bubblewrap util-linux python3 chromium fonts-liberation
TOOLCHAIN_PACKAGES := gcc g++ openjdk-17-jdk-headless libjavatuples-java golang-go nodejs \
	php-cli ruby rustc scala mono-mcs mono-runtime
TOOLCHAIN_PROBE := test -x /usr/bin/gcc -a -x /usr/bin/g++ -a -x /usr/bin/javac \
	-a -f /usr/share/java/javatuples.jar -a -x /usr/bin/go -a -x /usr/bin/node -a -x /usr/bin/npm \
	-a -x /usr/bin/php -a -x /usr/bin/ruby -a -x /usr/bin/rustc -a -x /usr/bin/scalac \
	-a -x /usr/bin/mcs -a -x /usr/bin/mono
system-deps:
	@command -v bwrap >/dev/null && command -v prlimit >/dev/null && test -x /usr/bin/python3 \
	  && command -v chromium >/dev/null && test -d /usr/share/fonts/truetype/liberation \
	  && $(TOOLCHAIN_PROBE) || \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $(SYSTEM_PACKAGES) $(TOOLCHAIN_PACKAGES); \
	  else \
	    echo "missing system packages: sudo apt-get install $(SYSTEM_PACKAGES)" \
	      "$(TOOLCHAIN_PACKAGES)" >&2; exit 1; \
	  fi
	@test -x tools/typescript/node_modules/.bin/tsc || npm ci --prefix tools/typescript --no-audit --no-fund

# The virtual environment is rebuilt only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[hf,dev]'
	touch $@

$(PINNED_PYGMENTS)/.installed: $(VENV)/.installed
	$(PY) -m pip install --quiet --no-deps --upgrade --target $(PINNED_PYGMENTS) pygments==2.11.2
	touch $@

MODELS := $(DATA_DIR)/models
DEMO_MODELS := $(TINY_MODEL)/config.json $(MODELS)/tiny-trained/config.json \
	$(MODELS)/small-trained/config.json

tiny-model: $(TINY_MODEL)/config.json

# Random weights (the test fixture's shape).
$(TINY_MODEL)/config.json: | setup
	$(PY) -m benchmark make-tiny-model $(TINY_MODEL)

# A short training run saved at steps 50, 100 and 150: a checkpoint series.
$(MODELS)/tiny-trained/config.json: | setup
	$(PY) -m benchmark make-tiny-model $(MODELS)/tiny-trained --train-steps 150 --save-at 50,100

# A wider, deeper model (about 1.3 M parameters): the second size. Fewer steps keep the demo
# within a few minutes on two cores.
$(MODELS)/small-trained/config.json: | setup
	$(PY) -m benchmark make-tiny-model $(MODELS)/small-trained --width 128 --layers 4 --heads 4 \
	  --train-steps 60

demo-models: $(DEMO_MODELS)

demo: setup demo-models
	DATA_DIR=$(DATA_DIR) scripts/demo.sh

# Every tier: -m "" replaces the default selection (pyproject.toml), which leaves out the
# integration, browser and slow tests that a bare `pytest` skips.
test: setup
	$(PY) -m pytest -m ""

lint: setup
	$(VENV)/bin/ruff check benchmark webapp workers tests
	$(VENV)/bin/mypy benchmark webapp workers

clean-demo:
	rm -rf $(DATA_DIR)/polyeval.sqlite3* $(DATA_DIR)/broker
