# The two commands of the README: `make demo` and `make test`. Each sets up what it needs from scratch.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Tesseract's OpenMP threads thrash when processes run side by side: one thread per process.
export OMP_THREAD_LIMIT := 1

RUN_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd poppler-utils fonts-dejavu-core
TEST_PACKAGES := $(RUN_PACKAGES) chromium chromium-driver qpdf
DEMO_INPUT := samples/letters/demo-scan.pdf
DEMO_OUT := out/demo
# The sample letter is dated 2023-10-11; counting days left from a few days later shows what a reader
# holding a fresh letter sees. Drop --as-of to count from today.
DEMO_AS_OF := 2023-10-16

.PHONY: demo test lint typecheck pytest bench system-run system-test venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

system-run:
	@scripts/ensure-system.sh $(RUN_PACKAGES)

system-test:
	@scripts/ensure-system.sh $(TEST_PACKAGES)

demo: system-run venv
	@mkdir -p $(DEMO_OUT)
	$(VENV)/bin/letter4390 summarize $(DEMO_INPUT) -o $(DEMO_OUT)/summary.pdf --ics $(DEMO_OUT)/deadlines.ics --as-of $(DEMO_AS_OF)

lint: venv
	$(VENV)/bin/ruff check .

typecheck: venv
	$(VENV)/bin/mypy

pytest: venv
	$(PY) -m pytest -n 2 --dist loadgroup -q --durations=25

test: system-test venv lint typecheck pytest

bench: system-test venv
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	$(PY) -m bench

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
