# The knowledge bank's commands. `make help` lists them.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
EXTRA_PRACTICES ?= 0

.DEFAULT_GOAL := help
.PHONY: help install catalogues system-packages test-tools tokens icons lighthouse elasticsearch test-elasticsearch run test lint messages bench-import bench-export bench-pages bench-relevance bench-swedish bench-search clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	@$(MAKE) --no-print-directory system-packages
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install everything

system-packages: ## Debian's Voikko (Finnish morphology for search), with apt-get when run as root
	@if [ -e /usr/lib/voikko/5/mor-standard/mor.vfst ] && ldconfig -p | grep -q libvoikko.so.1; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvoikko1 voikko-fi >/dev/null; \
	else echo "Finnish search falls back to plain stemming: install Voikko with apt-get install libvoikko1 voikko-fi"; fi

test-tools: ## Test tools: Debian's Chromium, Java and nginx; axe-core, the Nu HTML Checker and the Suomi.fi tokens (npm)
	@command -v chromium >/dev/null 2>&1 && command -v java >/dev/null 2>&1 && { command -v nginx || test -x /usr/sbin/nginx; } >/dev/null 2>&1 || { \
	  [ "$$(id -u)" = 0 ] || { echo "Install chromium, a Java runtime and nginx (apt-get install chromium default-jre-headless nginx)"; exit 1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium default-jre-headless nginx >/dev/null; }
	@[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] && [ -f node_modules/suomifi-design-tokens/package.json ] && [ -f node_modules/@fontsource-variable/source-sans-3/package.json ] || npm ci --no-audit --no-fund

tokens: ## Regenerate static/css/tokens.css and static/fonts/ from the Suomi.fi design tokens and Source Sans 3 (npm)
	@[ -f node_modules/suomifi-design-tokens/package.json ] && [ -f node_modules/@fontsource-variable/source-sans-3/package.json ] || npm ci --no-audit --no-fund
	node scripts/build_tokens.mjs

icons: install ## Redraw the favicon PNG and ICO files from the mark (Pillow)
	$(PY) scripts/build_icons.py

LIGHTHOUSE_PAGES ?= /fi/ /fi/kaytannot/turun-kulttuuriluotsit/ /fi/haku/?q=kulttuuri /sv/ /en/
lighthouse: ## Lighthouse scores of a running site as a Markdown table (BASE=http://127.0.0.1:8000; Chromium, npx)
	bash scripts/lighthouse.sh $(or $(BASE),http://$(HOST):$(PORT)) $(LIGHTHOUSE_PAGES)

catalogues: install ## Compile the translation catalogues (locale/*.po to .mo) the site reads its own addresses from
	$(MANAGE) compile_catalogues

run: catalogues ## Migrate, seed the demo site and serve it on http://127.0.0.1:8000
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) create_demo_admin
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/fi/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (user: admin, password: admin — local demo only)"
	@echo "  Mail:  the background worker sends it (to the console unless EMAIL_URL says otherwise)"
	@echo ""
	$(MANAGE) db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

test: install test-tools ## Run the whole test suite (DATABASE_URL picks the database; default SQLite)
	$(PY) -m pytest

lint: install ## ruff (lint and format), the template indenter, Django's own checks
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(find templates -name '*.html')
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

messages: install ## Extract UI strings into locale/ (then translate fi and sv; en copies the source)
	$(MANAGE) makemessages -l fi -l sv -l en --no-obsolete --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests
	msgen locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	$(MANAGE) compile_catalogues

bench-import: catalogues ## Time importing 1,000 generated practices into a fresh database
	$(PY) scripts/bench_import.py

BENCH_PAGE_URLS ?= home=/fi/ index=/fi/kaytannot/ detail=/fi/kaytannot/kempeleen-kulttuurikumppanuuspoyta/ \
	search=/fi/haku/?q=kulttuuri /sv/praxis/kulturlotsar-for-aldre/ /fi/webinaarit/kumppanuuspoydat-ja-yhdistysyhteistyo/ \
	/fi/kuntavierailut/kuntavierailu-kempele/
bench-pages: catalogues ## Pages through gunicorn and wrk, uncached and cached, beside a floor (and bakerydemo: BAKERYDEMO_GIT=dir; EXTRA_PRACTICES=n)
	EXTRA_PRACTICES=$(EXTRA_PRACTICES) bash scripts/bench/bench-pages.sh . $(BENCH_PAGE_URLS)

bench-export: catalogues ## Export 50,000 generated practices as CSV and JSON: time and peak memory
	$(PY) scripts/bench_export.py $(BENCH_EXPORT_ARGS)

bench-relevance: catalogues ## The relevance set on SQLite, PostgreSQL and Elasticsearch: first, top 3, top 10, MRR@10
	$(PY) scripts/bench_relevance.py --show-misses

bench-swedish: catalogues ## The Swedish relevance queries with each candidate analysis: Snowball, simplemma, simplemma with the compound split, hunspell-sv
	@[ -f /usr/share/hunspell/sv_SE.dic ] || [ "$$(id -u)" != 0 ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell-sv >/dev/null; }
	@$(PY) -c "import spylls" 2>/dev/null || $(PY) -m pip install --quiet spylls==0.1.7
	$(PY) scripts/bench_swedish.py --show-misses

bench-search: catalogues ## Search requests on 10,000 and 50,000 practices (PostgreSQL), database and Elasticsearch, beside a floor
	$(PY) scripts/bench_search.py $(BENCH_SEARCH_ARGS)

elasticsearch: ## Install and start a real Elasticsearch 8 on 127.0.0.1:9200 (then set ELASTICSEARCH_URL)
	scripts/elasticsearch.sh start 1

test-elasticsearch: install ## Run the search tests against Elasticsearch (starts it first)
	scripts/elasticsearch.sh start 1
	ELASTICSEARCH_URL=http://127.0.0.1:9200 ELASTICSEARCH_INDEX=kbtest $(PY) -m pytest tests/search

clean: ## Remove the virtualenv, node_modules, the SQLite database and collected static files
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles .elasticsearch
