# The two commands of the README: `make run` and `make test`. Both set everything up
# on a fresh machine that has only Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck bench bench-ocr ocr-engine samples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip >/dev/null
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

# The workbench on the sample queue, imported (once; again changes nothing) into its own SQLite
# file in your data folder. Needs a display: without one it says so and fails.
run: $(STAMP)
	$(BIN)/poe-reviewer gui --sample-queue

# OCR of scanned POE: Tesseract from Debian's packages (the engine and its English and
# orientation models; nothing is downloaded at run time). `make test` installs it where it can
# (root with apt-get, as on CI); `make run` works without it: scans are then listed as not read.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd

ocr-engine:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx osd; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing the OCR engine: $(OCR_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; \
	else echo "OCR engine not installed (apt-get install $(OCR_PACKAGES)): scans will not be read" >&2; fi

test: $(STAMP) ocr-engine
	$(BIN)/ruff check poe_reviewer tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports
# A throw-away PostgreSQL on loopback for the team-mode tests (apt-get installs it when missing);
# if it cannot start, the run fails loudly rather than skipping those tests.
	$(BIN)/python tools/pg_test_server.py --install -- env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_check_bundle.py

bench-ocr: $(STAMP) ocr-engine
	$(BIN)/python benchmarks/bench_ocr.py

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
