"""The paragraphs' text for the study tools' pages (edition.apparatus.passages), and the file
the build writes of it: every numbered paragraph of every chapter, once, in the book's order."""

from __future__ import annotations

import json

from conftest import ROOT
from site_text import page

from edition.apparatus.passages import GLOBAL, normalise, passage_id, passages_script
from edition.apparatus.registry import load_registry


def test_white_space_runs_become_one_space_as_javascript_reads_white_space():
    assert normalise("  a\tb\n\nc\u00a0d\u2028e\u3000f\ufeff ") == "a b c d e f"
    # Zero-width spaces are not white space, in JavaScript's \s or here.
    assert normalise("a\u200bb") == "a\u200bb"


def test_the_script_defines_the_data_and_only_that():
    data = {"chapters": [{"title": "“Quoted” </script> & co"}]}
    script = passages_script(data)
    prefix = f"window.{GLOBAL} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    assert json.loads(script[len(prefix) : -2]) == data


def _built(site) -> dict:
    text = (site / "_static" / "edition-passages.js").read_text(encoding="utf-8")
    return json.loads(text.removeprefix(f"window.{GLOBAL} = ").removesuffix(";\n"))


def test_the_build_writes_every_registered_paragraph_with_its_text(site):
    data = _built(site)
    registered = load_registry(ROOT / "registry" / "paragraphs.json")
    expected = {
        passage_id(e.text, e.anchor)
        for e in registered
        if e.anchor[0] in "pr" and e.anchor[1:].isdigit()
    }
    written = [passage_id(c["slug"], p[1]) for c in data["chapters"] for p in c["paragraphs"]]
    assert len(written) == len(set(written))
    assert set(written) == expected
    for chapter in data["chapters"]:
        html = page(site / chapter["path"])
        for number, anchor, text in chapter["paragraphs"]:
            assert html.select_one(f"p#{anchor} a.para-num")["data-number"] == number
            assert text and text == normalise(text)
        assert set(chapter["templates"]) == {"paragraph", "response"}
        assert all("⟦url⟧" in t for t in chapter["templates"]["paragraph"].values())
    assert [s for s, _ in data["styles"]][: len(data["prose"])] == data["prose"]


def test_the_data_loads_only_on_the_tools_pages(site):
    for path in site.rglob("*.html"):
        scripts = [s["src"] for s in page(path).select("script[src]")]
        loads = any("edition-passages.js" in src for src in scripts)
        tools = path.relative_to(site).as_posix() in {"book/passages.html", "book/my-notes.html"}
        assert loads == tools, path
