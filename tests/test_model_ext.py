"""The extension reads one edition model per build: every setting honoured, each text cleaned
once, and an incremental build renders only what changed."""

from __future__ import annotations

from collections import Counter

from bs4 import BeautifulSoup

from edition.analysis import notebook
from edition.sphinxext import context, directives


def html(app, name: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def _with_concept_page(project) -> None:
    (project / "concept.md").write_text(
        "# Paragraph\n\n```{concept-occurrences} paragraph\n```\n", encoding="utf-8"
    )
    index = project / "index.md"
    index.write_text(index.read_text() + "\n```{toctree}\n:hidden:\nconcept\n```\n")


def test_sources_and_lexicon_at_other_paths_are_the_ones_every_part_reads(make_app, project):
    """Each file where its setting places it; a broken file at the default path is never read."""
    (project / "sources").rename(project / "texts")
    (project / "sources").mkdir()
    (project / "sources" / "provenance.toml").write_text("not TOML [", encoding="utf-8")
    (project / "apparatus" / "concepts.toml").rename(project / "lexicon.toml")
    (project / "apparatus" / "concepts.toml").write_text("not TOML [", encoding="utf-8")
    _with_concept_page(project)
    settings = {"edition_sources": "texts", "edition_lexicon": "lexicon.toml"}
    app = make_app("html", srcdir=project, freshenv=True, confoverrides=settings)
    app.build()
    assert app._warning.getvalue() == ""
    assert app.edition_model.provenance_file == project / "texts" / "provenance.toml"
    whole = html(app, "book/essays/whole")
    # The records (metadata block, numbering), the texts (textual notes), the lexicon
    # (glossary links and the concept page) all come from the settings' paths.
    assert "A Venue" in whole.select_one("div.source-record").get_text()
    assert [a.get_text() for a in whole.select("a.para-num")] == ["1", "2"]
    assert whole.select("a[href$='glossary.html#term-paragraph']")
    assert "line 9: “Tagged , , ,”" in html(app, "notes").get_text()
    assert "“paragraph” in each text" in html(app, "concept").get_text()


def test_each_text_is_cleaned_once_per_build(make_app, project, cleanings):
    _with_concept_page(project)
    app = make_app("html", srcdir=project, freshenv=True)
    app.build()
    assert app._warning.getvalue() == ""
    # Read by the textual notes, the notes' placing, the author's notes, the shared
    # passages and the concept analysis: cleaned once.
    assert cleanings == {"000_whole.txt": 1, "001_part.txt": 1}


def test_citations_are_rendered_again_only_for_a_record_that_changed(
    make_app, project, monkeypatch
):
    make_app("html", srcdir=project, freshenv=True).build()
    rendered: Counter = Counter()

    def counting(module, name: str, slug_of) -> None:
        render = getattr(module, name)

        def count(*args):
            rendered[name, slug_of(*args)] += 1
            return render(*args)

        monkeypatch.setattr(module, name, count)

    counting(context, "templates", lambda record, config: record.slug)
    counting(context, "section_citations", lambda record, *_: record.slug)
    counting(directives, "cite_block_markdown", lambda record, *_: record.slug)
    # New words in a chapter: the chapter is read and written again, its citations are not
    # rendered again.
    for name in ("whole", "part"):
        page = project / "book" / "essays" / f"{name}.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nA new last paragraph.\n", "utf-8")
    app = make_app("html", srcdir=project)
    app.build()
    assert "A new last paragraph." in html(app, "book/essays/part").get_text()
    assert rendered == {}
    # The passages' data still holds every chapter, with its citations.
    data = (app.outdir / "_static" / "edition-passages.js").read_text(encoding="utf-8")
    assert "The Whole" in data and "[A Part]" in data and "⟦url⟧" in data
    # A changed record: every page that shows records is read again (they depend on the
    # records' file), and that text's citations alone are rendered again.
    records = project / "sources" / "provenance.toml"
    records.write_text(records.read_text().replace('date = "1/2/2003"', 'date = "2003"'))
    app = make_app("html", srcdir=project)
    app.build()
    assert rendered == {("templates", "part"): 1}
    date = html(app, "book/essays/part").select_one('meta[name="citation_publication_date"]')
    assert date["content"] == "2003"


def test_a_chapter_read_again_for_its_words_keeps_its_concept_figure(
    make_app, project, monkeypatch
):
    """The figure is made from the capture and the lexicon: new words in the chapter's source
    make no analysis; a changed lexicon does."""
    page = project / "book" / "essays" / "whole.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n```{concept-figure} whole\n```\n")
    make_app("html", srcdir=project, freshenv=True).build()
    analysed: list[str] = []
    corpus = notebook.Corpus

    def counting(*args, **kwargs):
        analysed.append("corpus")
        return corpus(*args, **kwargs)

    monkeypatch.setattr(notebook, "Corpus", counting)
    page.write_text(page.read_text(encoding="utf-8") + "\nA new last paragraph.\n", "utf-8")
    app = make_app("html", srcdir=project)
    app.build()
    figure = html(app, "book/essays/whole").select_one("div.concept-figure svg")
    assert figure is not None and "A new last paragraph." in html(app, "book/essays/whole").text
    assert analysed == []
    lexicon = project / "apparatus" / "concepts.toml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    make_app("html", srcdir=project).build()
    assert analysed == ["corpus"]
