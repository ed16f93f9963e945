# The two commands of the README: `make run` and `make test`. Both set everything up
# on a fresh machine that has only Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck bench samples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip >/dev/null
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/poe-reviewer check sample_poe/* --queue

test: $(STAMP)
	$(BIN)/ruff check poe_reviewer tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports
# A throw-away PostgreSQL on loopback for the team-mode tests (apt-get installs it when missing);
# if it cannot start, the run fails loudly rather than skipping those tests.
	$(BIN)/python tools/pg_test_server.py --install -- env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_check_bundle.py

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
