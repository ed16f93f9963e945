# The two commands of the README: `make run` and `make test`. Both set everything up
# on a fresh machine that has only Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: fuzz lock run test test-fast test-pythons check lint typecheck bench bench-workers bench-ocr package ocr-engine samples clean

LOCK := requirements.lock
# `make test PYTEST_JOBS=` runs the suite in one process (to debug a failure with -x, --pdb, -s).
PYTEST_JOBS ?= -n auto --dist worksteal

# Installs come from the lock (every package pinned with its hashes), never from the ranges in
# pyproject.toml: a fresh machine next month gets what was tested. uv installs it (about 5 s from an
# empty cache where pip takes about 50 s, see the README); uv itself comes from the lock, installed
# by pip with its hash checked. The project goes in last, editable and without build isolation, so
# even its build backend (setuptools) is the locked one.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	awk '/^uv==/{p=1} p&&/^[a-z]/&&!/^uv==/{p=0} p' $(LOCK) > $(VENV)/uv.lock.txt
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r $(VENV)/uv.lock.txt
	VIRTUAL_ENV=$(VENV) $(BIN)/uv pip sync -q --require-hashes --compile-bytecode --python $(BIN)/python $(LOCK)
	VIRTUAL_ENV=$(VENV) $(BIN)/uv pip install -q --no-deps --no-build-isolation --python $(BIN)/python -e .
	$(BIN)/python -m compileall -q poe_reviewer
	touch $(STAMP)

# Refresh the lock on purpose (never as a side effect of another target): newest versions inside
# pyproject.toml's ranges, for every Python the project supports, with hashes.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes --upgrade -q -o $(LOCK)
	@echo "$(LOCK) refreshed: review the diff, run 'make test', commit it"

# Debian packages, installed where the machine lets us (root with apt-get, as on CI), else named:
# * the OCR engine for scanned POE (its English and orientation models; nothing is downloaded at
#   run time): without it `make run` still works and scans are listed as not read;
# * the system libraries Qt's X11 plugin needs (the workbench asks the plugin itself which are
#   missing), so that a bare Linux opens the window instead of Qt's "Aborted";
# * for the tests: strace (the no-network test traces system calls, native code included), Xvfb and
#   xwininfo (the real window on a virtual screen), PostgreSQL (team-mode tests, started below).
OCR_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd
TEST_PACKAGES := strace xvfb x11-utils
WINDOW_PACKAGES = $$($(BIN)/python -m poe_reviewer.ui.display --missing-packages)

# The workbench on the sample queue, imported (once; again changes nothing) into its own SQLite
# file in your data folder. Needs a display: without one it says so and fails.
run: $(STAMP)
	@sh tools/debian_packages.sh "the OCR engine and the window's libraries" $(OCR_PACKAGES) $(WINDOW_PACKAGES)
	$(BIN)/poe-reviewer gui --sample-queue

ocr-engine:
	@sh tools/debian_packages.sh "the OCR engine" $(OCR_PACKAGES)

test: $(STAMP)
	@sh tools/debian_packages.sh "what the tests need" $(OCR_PACKAGES) $(WINDOW_PACKAGES) $(TEST_PACKAGES)
	$(BIN)/ruff check poe_reviewer tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports
# A throw-away PostgreSQL on loopback for the team-mode tests (apt-get installs it when missing);
# if it cannot start, the run fails loudly rather than skipping those tests. The tests run on every
# core (pytest-xdist; each test has its own files, database and virtual screen), work-stealing so
# that the few long tests do not leave a core idle at the end.
	$(BIN)/python tools/pg_test_server.py --install -- env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_JOBS)

# The fast lane while working: the unit tests (no PostgreSQL, no real-world sweep, no whole processes,
# no OCR engine, no window), under a minute. `make test` is what counts.
# Fuzz claim.json, the bundle loader and every reader for FUZZ_MINUTES (tests/test_fuzz.py; a short
# pass of the same targets is part of `make test`).
FUZZ_MINUTES ?= 10
fuzz: $(STAMP)
	$(BIN)/python tools/fuzz.py --minutes $(FUZZ_MINUTES)

test-fast: $(STAMP)
	$(BIN)/ruff check poe_reviewer tests benchmarks tools
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_JOBS) -m "not slow and not realworld and not gui and not integration"

# The suite on other Pythons, each in its own venv from the same (universal) lock: Debian's own
# python3 (installed with its venv module where we can; on Debian 12 that is 3.11) and the newest
# Python 3.12+ this machine has (on PATH, or installed by pyenv), so a reviewer's newer system Python
# does not break the app.
NEWEST_PYTHON := $(lastword $(foreach p,$(sort $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3)) \
	$(foreach v,3.12 3.13 3.14,$(shell command -v python$(v) 2>/dev/null)),$(if $(shell $(p) -c 'print(1)' 2>/dev/null),$(p))))
test-pythons:
	@sh tools/debian_packages.sh "Debian's Python" python3 python3-venv
	@for pair in debian:/usr/bin/python3 newest:$(NEWEST_PYTHON); do \
		name=$${pair%%:*}; py=$${pair#*:}; [ -n "$$py" ] || continue; \
		v=$$($$py -c 'import sys; print("%d.%d" % sys.version_info[:2])') || exit 1; \
		echo "== the suite on $$py (Python $$v)"; \
		$(MAKE) --no-print-directory test PYTHON=$$py VENV=.venv-$$name-$$v || exit 1; \
	done

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_check_bundle.py
	$(BIN)/python benchmarks/bench_extract_pdf.py
	$(BIN)/python benchmarks/bench_scaling.py

# The one-folder app of build.spec, with the OCR engine and its models inside: dist/poe-reviewer/poe-reviewer
package: $(STAMP) ocr-engine
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@echo "Built dist/poe-reviewer/ (run dist/poe-reviewer/poe-reviewer --help)"

bench-workers: $(STAMP)
	$(BIN)/python tools/pg_test_server.py --install -- $(BIN)/python benchmarks/bench_workers.py

bench-ocr: $(STAMP) ocr-engine
	$(BIN)/python benchmarks/bench_ocr.py

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
