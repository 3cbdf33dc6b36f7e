# The knowledge bank's commands. `make help` lists them.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run test test-sqlite test-postgres lint messages bench-import clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install everything

run: install ## Migrate, seed the demo site and serve it on http://127.0.0.1:8000
	$(MANAGE) compile_catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) create_demo_admin
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/fi/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (user: admin, password: admin — local demo only)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

test: install ## Run the whole test suite (DATABASE_URL picks the database; default SQLite)
	$(PY) -m pytest

lint: install ## ruff and Django's own checks
	$(VENV)/bin/ruff check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

messages: install ## Extract UI strings into locale/ (then translate fi and sv; en copies the source)
	$(MANAGE) makemessages -l fi -l sv -l en --no-obsolete --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests
	msgen locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	$(MANAGE) compile_catalogues

bench-import: install ## Time importing 1,000 generated practices into a fresh database
	$(PY) scripts/bench_import.py

clean: ## Remove the virtualenv, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles
