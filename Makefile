# make run  - install into .venv (once) and start studybot (Discord when DISCORD_TOKEN is set, else console)
# make test - install with test extras (once) and run ruff + pytest
# make bench - ingest and query speed on seeds + the BBC corpus in ../shared (skips without it)
# make score - extraction and answers scored against the gold data (needs ../shared/eval)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files: reinstall only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/studybot run

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Both benchmarks share one ingested database; exit 1 when ingest misses its 15 s bar or a run fails.
bench: $(VENV)/.installed-run
	@d=$$(mktemp -d); trap 'rm -rf "$$d"' EXIT; status=0; \
	$(BIN)/python bench/ingest_speed.py --keep-db "$$d/bbc.db" || status=1; echo; \
	$(BIN)/python bench/query_speed.py --db "$$d/bbc.db" || status=1; exit $$status

score: $(VENV)/.installed-run
	$(BIN)/python bench/score_gold.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
