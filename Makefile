# Two commands for a fresh machine with Python 3.11+ (see README.md):
#   make book   install everything into .venv, build the book and its downloads, say where
#   make test   install everything into .venv, build the book, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := $(BIN)/jupyter-book build . --all -W -n --keep-going
# The EPUB, from the same sources and notebook cache; scripts/export_book.py then puts it
# and the PDFs it prints with Chromium into _build/html/downloads/.
BUILD_EPUB := $(BUILD) --builder custom --custom-builder epub
# Wheels of Binder's runtime, so the test that builds a fresh environment from binder/ alone
# runs without the network.
WHEELS := $(VENV)/binder-wheels

.PHONY: book test test-fast serve preview lint lock anchors add-text release clean

$(STAMP): requirements.lock pyproject.toml tools/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable . --editable tools
	touch $(STAMP)

# Notebook outputs are cached by notebook source only; when the code or data they read
# changes, the cache must go, or the book would show outputs of the old code.
NOTEBOOK_INPUTS := $(shell find src/edition apparatus sources -type f -not -name '*.pyc')
_build/.notebook-inputs: $(NOTEBOOK_INPUTS)
	rm -rf _build/.jupyter_cache
	mkdir -p _build && touch $@

book: $(STAMP) _build/.notebook-inputs
	$(BUILD)
	rm -rf _build/epub
	$(BUILD_EPUB)
	$(BIN)/python scripts/export_book.py
	@echo "The book is built: open _build/html/index.html, or run 'make serve'."

$(WHEELS)/.downloaded: binder/requirements.txt requirements.lock $(STAMP)
	$(BIN)/python -m pip download --quiet --dest $(WHEELS) -r binder/requirements.txt \
		"$$(grep '^setuptools==' requirements.lock)"
	touch $@

# The browser-side checkers (axe-core, Lighthouse), pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The whole suite: one build of the book (HTML, EPUB, PDFs), the lint, every test; it says
# how long it took, pass or fail.
test: $(WHEELS)/.downloaded node_modules/.installed
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory book && $(MAKE) --no-print-directory lint \
		&& $(BIN)/python -m pytest; \
	status=$$?; echo "make test took $$(( $$(date +%s) - start )) s (exit status $$status)"; \
	exit $$status

# The fast tier: unit tests and small-project Sphinx tests; no book, no browser, no
# environment of its own. Run it before every commit.
test-fast: $(STAMP)
	@start=$$(date +%s); \
	$(BIN)/python -m pytest -m "not site and not browser and not build" -q; \
	status=$$?; echo "make test-fast took $$(( $$(date +%s) - start )) s (exit status $$status)"; \
	exit $$status

# Rebuild and reload in the browser as you save (http://127.0.0.1:8000/); see scripts/preview.py.
preview: $(STAMP)
	$(BIN)/python scripts/preview.py

serve:
	$(BIN)/python -m http.server --directory _build/html --bind 127.0.0.1 8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Publish new paragraph anchors in registry/paragraphs.json (see README: "Citations").
anchors: $(STAMP)
	$(BIN)/python scripts/register_anchors.py

# Add a text: its capture in sources/captures/ and its record in sources/provenance.toml
# come first; this writes the chapter, notebook, _toc.yml entries and anchors (README: "Add a text").
add-text: $(STAMP)
	@test -n "$(CAPTURE)" || { echo "usage: make add-text CAPTURE=sources/captures/FILE"; exit 1; }
	$(BIN)/python scripts/add_text.py "$(CAPTURE)"

# Check that this version can be released (version, changelog, .zenodo.json, address);
# the address comes from EDITION_BASEURL or html.baseurl.
release: $(STAMP)
	$(BIN)/python scripts/check_release.py

# Re-resolve every pin from requirements.in, and Binder's from the result (needs the network).
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --output-file requirements.lock requirements.in
	cd binder && ../$(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --output-file requirements.txt requirements.in

clean:
	rm -rf _build
