# Two commands for a fresh machine with Python 3.11+ (see README.md):
#   make book   install everything into .venv, build the HTML book, say where it is
#   make test   install everything into .venv, build the book, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := $(BIN)/jupyter-book build . --all -W -n --keep-going

.PHONY: book test serve lint lock anchors clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	touch $(STAMP)

book: $(STAMP)
	$(BUILD)
	@echo "The book is built: open _build/html/index.html, or run 'make serve'."

test: book
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

serve:
	$(BIN)/python -m http.server --directory _build/html --bind 127.0.0.1 8000

lint: $(STAMP)
	$(BIN)/ruff check .

# Publish new paragraph anchors in registry/paragraphs.json (see README: "Citations").
anchors: $(STAMP)
	$(BIN)/python scripts/register_anchors.py

# Re-resolve every pin from requirements.in (needs the network).
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --output-file requirements.lock requirements.in

clean:
	rm -rf _build
