# Two commands do everything on a fresh Debian/Ubuntu machine:
#   make site   builds the whole site (and PDFs) into site/
#   make test   runs every test
PY := .venv/bin/python

.PHONY: site test check serve assemble lint clean setup setup-test benchmark lock

setup:
	@scripts/bootstrap.sh

setup-test:
	@scripts/bootstrap.sh --test

site: setup
	@$(PY) -m quanyi build

check: setup
	@$(PY) -m quanyi check

assemble: setup
	@$(PY) -m quanyi assemble

# make serve EDITION=guangdong previews the national edition and one province (faster)
serve: setup
	@$(PY) -m quanyi serve $(EDITION)

lint: setup-test
	@$(PY) -m ruff check src tests

test: setup-test
	@$(PY) -m ruff check src tests
	@.venv/bin/lint-imports --no-cache
	@$(PY) -m pytest -q

clean:
	rm -rf build site

benchmark: setup-test
	@$(PY) -m quanyi benchmark
	@$(PY) -m quanyi benchmark-web
	@$(PY) -m quanyi benchmark-search

# Re-pin requirements.lock from requirements.in for the oldest Python we support (3.10).
lock: setup-test
	@$(PY) -m pip install -q uv && $(PY) -m uv pip compile requirements.in --python-version 3.10 \
	  --no-header --no-annotate -o requirements.lock.new && \
	  { printf '# Exact versions of everything, for Python 3.10 to 3.13 (Debian 12/13, Ubuntu 22.04/24.04).\n# Regenerate from requirements.in with: make lock\n'; cat requirements.lock.new; } > requirements.lock && rm requirements.lock.new
