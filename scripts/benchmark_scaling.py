"""Measure how the time of import, concept index and build grows with the number of texts.

    .venv/bin/python scripts/benchmark_scaling.py [--sizes 50 200] [--corpus fresh|resampled]
        [--seed N] [--json]

For each size N it makes a synthetic corpus of N texts in a temporary folder laid out like
the repository (edition_tools.synthetic, each text titled "Synthetic text 1" … and recorded as
synthetic, never as real): by default of fresh paragraphs made of the real texts' words,
which share no passage; with --corpus resampled, of the real paragraphs resampled, which
recur in many texts. It times three stages:

- import: every capture through edition.texts.importer (prepare_import, then write_chapter), as
  scripts/import_capture.py runs it;
- concept index: edition.analysis.corpus.concept_index over the synthetic texts, the work that
  scripts/benchmark_analysis.py times;
- build: `jupyter-book build DIR --all -W -n --keep-going` of a book made of the imported
  chapters, with the repository's configuration and the edition's extension, and the
  apparatus made for the synthetic texts: the paragraph registry, a headnote each, a study
  guide with their reading order, no editorial notes, a glossary of the lexicon's terms and
  the textual notes page. There are no notebooks: a one-line page stands in for each text's
  notebook, which its chapter links to.

A table goes to standard output, or JSON with --json: for each size the paragraphs, words
and "also in" links, each stage's time, each with its growth over the previous size (× the
previous figure), each stage's time per text, and the build's peak resident memory; then
the build's time per text at the largest size over the smallest (flat is 1.0; the goal is at
most 1.2 from 50 to 200 texts). Time that
grows linearly grows as the paragraphs do. The "also in" links are the shared passages the
build marks between texts: resampling repeats every paragraph in many texts, so they grow
with the square of the size; a fresh corpus has none.
If a build fails, its last 40 lines of output go to standard error and the script exits 1.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

from edition import paths
from edition.analysis import corpus as analysis
from edition.apparatus.lexicon import load_lexicon
from edition.apparatus.parallels import Passage, find_parallels
from edition.apparatus.registry import current_entries, dump_registry
from edition.texts.cleaning import clean_sources
from edition.texts.importer import prepare_import, write_chapter
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.words import words
from edition_tools.bookbuild import STRICT, BuildError, measured_build
from edition_tools.synthetic import (
    SyntheticText,
    fresh,
    headnotes_toml,
    resample,
    study_guide_toml,
    write_sources,
)

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("import", "index", "build")
STAND_IN = (
    "This page belongs to the scaling benchmark, which runs no notebooks. It stands in for "
    "the text's notebook, which the chapter's concept figure links to."
)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def book_config(count: int) -> str:
    """The repository's _config.yml, retitled, with nothing to execute."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = f"Synthetic corpus of {count} texts (scaling benchmark, not the edition)"
    config["execute"]["execute_notebooks"] = "off"
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def book_toc(texts: list[SyntheticText]) -> str:
    def chapters(files: list[str]) -> list[dict[str, str]]:
        return [{"file": file} for file in files]

    toc = {
        "format": "jb-book",
        "root": "book/index",
        "parts": [
            {
                "caption": "Synthetic texts",
                "chapters": chapters([paths.chapter(t.slug) for t in texts]),
            },
            {
                "caption": "Apparatus",
                "chapters": chapters(
                    ["book/glossary", "book/study-guide", "book/about/textual-notes"]
                ),
            },
            {
                "caption": "Notebooks (stand-ins)",
                "chapters": chapters([paths.notebook(t.slug) for t in texts]),
            },
        ],
    }
    return yaml.safe_dump(toc, sort_keys=False)


def glossary_page(terms: list[str]) -> str:
    entries = "\n\n".join(f"{term}\n  The benchmark's stand-in for this entry." for term in terms)
    return f"(glossary)=\n# Glossary\n\n:::{{glossary}}\n{entries}\n:::\n"


def textual_notes_page(texts: list[SyntheticText]) -> str:
    sections = [
        f"(textual-notes-{t.slug})=\n## {t.title}\n\n```{{textual-notes}} {t.slug}\n```"
        for t in texts
    ]
    return "(textual-notes)=\n# Textual notes\n\n" + "\n\n".join(sections) + "\n"


def write_book(folder: Path, texts: list[SyntheticText]) -> None:
    """Everything but the chapters, which the import writes, and the registry."""
    write_sources(folder / "sources", texts)
    _write(folder / "_config.yml", book_config(len(texts)))
    _write(folder / "_toc.yml", book_toc(texts))
    shutil.copytree(ROOT / "_static", folder / "_static")
    # The version and date the footer and citations print (edition_citation_file).
    shutil.copy(ROOT / "CITATION.cff", folder / "CITATION.cff")
    apparatus = folder / "apparatus"
    for name in ("concepts.toml", "references.bib"):
        _write(apparatus / name, (ROOT / "apparatus" / name).read_text(encoding="utf-8"))
    _write(apparatus / "headnotes.toml", headnotes_toml(texts))
    _write(apparatus / "notes.toml", "# The synthetic texts have no editorial notes.\n")
    _write(apparatus / "study-guide.toml", study_guide_toml(texts))
    terms = dict.fromkeys(c.glossary for c in load_lexicon(apparatus / "concepts.toml"))
    _write(
        folder / "book" / "index.md",
        f"# Synthetic corpus\n\n{len(texts)} synthetic texts of the scaling benchmark, made "
        "from the words or paragraphs of the edition's texts. None of them is real.\n",
    )
    _write(folder / "book" / "glossary.md", glossary_page(list(terms)))
    _write(
        folder / "book" / "study-guide.md",
        "(study-guide)=\n# Study guide\n\n```{study-guide} order\n```\n",
    )
    _write(folder / "book" / "about" / "textual-notes.md", textual_notes_page(texts))
    for text in texts:
        _write(folder / "notebooks" / f"{text.slug}.md", f"# {text.title}\n\n{STAND_IN}\n")


def import_all(folder: Path, texts: list[SyntheticText]) -> None:
    sources = folder / "sources"
    for text in texts:
        capture = sources / "captures" / text.file
        imported = prepare_import(capture, sources / "provenance.toml", folder / paths.ESSAYS)
        write_chapter(imported, force=False)


def also_in_links(sources: Path) -> int:
    """How many "also in" links the build adds to the chapters, one per paragraph and text
    that shares a passage with it: resampling repeats each paragraph in many texts."""
    passages = [
        Passage(record.slug, p.number, p.block.text)
        for record, text in clean_sources(sources)
        for p in citable_paragraphs(text)
    ]
    return len(find_parallels(passages))


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def measure_size(texts: list[SyntheticText]) -> dict:
    """Make the corpus and book of ``texts`` in a temporary folder and time the stages."""
    with tempfile.TemporaryDirectory(prefix="benchmark-scaling-") as tmp:
        folder = Path(tmp)
        write_book(folder, texts)
        import_s = _timed(import_all, folder, texts)
        index_s = _timed(analysis.concept_index, folder)
        registry = dump_registry(current_entries(folder / "sources"))
        _write(folder / "registry" / "paragraphs.json", registry)
        build_s, peak = measured_build([str(folder), "--all", *STRICT])
        links = also_in_links(folder / "sources")
    paragraphs = [p for text in texts for p in text.paragraphs]
    return {
        "texts": len(texts),
        "paragraphs": len(paragraphs),
        "words": sum(len(words(p)) for p in paragraphs),
        "also_in_links": links,
        "import_s": import_s,
        "index_s": index_s,
        "build_s": build_s,
        "build_peak_mib": peak / 2**20,
    }


CORPORA = {"fresh": fresh, "resampled": resample}


def measure(sizes: list[int], seed: int, corpus: str = "fresh") -> list[dict]:
    real = [text for _, text in clean_sources(ROOT / "sources")]
    return [measure_size(CORPORA[corpus](real, size, seed)) for size in sizes]


# (key, heading, format) of the figures shown, each followed by its growth over the size before.
COLUMNS = (
    ("texts", "texts", ","),
    ("paragraphs", "paragraphs", ","),
    ("words", "words", ","),
    ("also_in_links", "also-in links", ","),
    ("import_s", "import s", ".2f"),
    ("index_s", "index s", ".2f"),
    ("build_s", "build s", ".1f"),
    ("build_peak_mib", "build MiB", ".0f"),
)
LEGEND = (
    "×: the figure over the previous size's; time that grows linearly grows as the paragraphs do.\n"
    "index: the concept index. /text: each stage's time per text."
)


def _growth(rows: list[dict], index: int, key: str) -> str:
    """The figure over the previous size's; none for the first size or from nothing."""
    before = rows[index - 1][key] if index else 0
    return f"×{rows[index][key] / before:.1f}" if before else ""


def format_table(rows: list[dict]) -> str:
    columns: list[tuple[str, list[str]]] = []
    for key, heading, spec in COLUMNS:
        columns.append((heading, [format(row[key], spec) for row in rows]))
        columns.append(("", [_growth(rows, i, key) for i in range(len(rows))]))
    for stage in STAGES:
        per_text = [f"{row[f'{stage}_s'] / row['texts'] * 1000:.1f} ms" for row in rows]
        columns.append((f"{stage}/text", per_text))
    widths = [max(len(heading), *map(len, cells)) for heading, cells in columns]
    headings = [heading for heading, _ in columns]
    table = [headings, *zip(*(cells for _, cells in columns), strict=True)]
    lines = [
        "  ".join(f"{cell:>{w}}" for cell, w in zip(line, widths, strict=True)) for line in table
    ]
    ratio = (rows[-1]["build_s"] / rows[-1]["texts"]) / (rows[0]["build_s"] / rows[0]["texts"])
    flat = (
        f"build time per text, {rows[-1]['texts']} texts over {rows[0]['texts']}: ×{ratio:.2f}"
        f" (goal: at most ×{FLAT_GOAL:.2f})"
    )
    return "\n".join([*lines, "", flat, LEGEND])


# Issue 12: a clean build's time per text stays flat from 50 to 200 texts.
FLAT_GOAL = 1.2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[50, 200], metavar="N",
        help="numbers of synthetic texts (default 50 200)",
    )  # fmt: skip
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="fresh")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corpus (default 0)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if min(args.sizes) < 1:
        parser.error("every size must be at least 1")
    try:
        rows = measure(args.sizes, args.seed, args.corpus)
    except BuildError as error:
        print(error.tail(), file=sys.stderr)
        return 1
    print(json.dumps(rows, indent=2) if args.json else format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
