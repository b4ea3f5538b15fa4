# Two commands do everything on a fresh Debian/Ubuntu machine:
#   make site   builds the whole site (and PDFs) into site/
#   make test   runs every test
PY := .venv/bin/python

.PHONY: site test check serve assemble lint clean setup setup-test benchmark

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

serve: setup
	@$(PY) -m quanyi serve

lint: setup-test
	@$(PY) -m ruff check src tests

test: setup-test
	@$(PY) -m ruff check src tests
	@$(PY) -m pytest -q

clean:
	rm -rf build site

benchmark: setup-test
	@$(PY) -m quanyi benchmark
	@$(PY) -m quanyi benchmark-web
