"""The Sphinx extension on a small project, with Sphinx's own testing fixtures."""

from __future__ import annotations

import json
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES
from sphinx.testing.util import SphinxTestApp

from edition.apparatus import model
from edition.apparatus.citation import FORMATS, STYLES, Edition, Locator, cite, cite_all
from edition.apparatus.registry import current_entries, dump_registry
from edition.texts.provenance import load_provenance


@pytest.fixture(scope="module")
def fixture_book(tmp_path_factory):
    """The fixture project as it is, built once for the tests that only read the result.

    Like a checkout after `npm ci`, it has Markdown files in npm's folder (in a hidden
    folder, which sphinx-external-toc's exclusions miss)."""
    project = tmp_path_factory.mktemp("sphinxext") / "project"
    shutil.copytree(FIXTURES / "project", project)
    github = project / "node_modules" / "some-package" / ".github"
    github.mkdir(parents=True)
    (github / "SECURITY.md").write_text("# Security\n", encoding="utf-8")
    app = SphinxTestApp("html", srcdir=project, freshenv=True)
    app.build()
    yield app
    app.cleanup()


def built(make_app, srcdir):
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    return app


def html(app, name: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def test_the_metadata_block_renders_the_record_with_no_warnings(fixture_book):
    app = fixture_book
    assert app._warning.getvalue() == ""
    block = html(app, "book/essays/part").select_one("div.editorial.source-record")
    text = " ".join(block.get_text(" ").split())
    assert "Author: Someone (The byline reads “By Someone”.)" in text
    assert "Title: supplied by the editor (the capture has none)" in text
    assert "Venue in the capture: unknown (None named.)" in text
    assert "Rights: No licence stated, as far as the capture shows. No permission" in text
    assert block.select_one('a[href$="whole.html"]').get_text() == "The Whole"
    assert block.select_one('a[href$="notes.html#textual-notes-part"]') is not None
    whole = html(app, "book/essays/whole").select_one("div.source-record")
    assert whole.select_one('a[href$="part.html"]').get_text() == "[A Part]"


def test_markdown_in_npm_packages_is_not_read_as_pages(fixture_book):
    assert (fixture_book.srcdir / "node_modules" / "some-package" / ".github").is_dir()
    assert fixture_book._warning.getvalue() == ""
    assert not (fixture_book.outdir / "node_modules").exists()


def test_the_textual_notes_list_removed_and_moved_lines(fixture_book):
    app = fixture_book
    assert app._warning.getvalue() == ""
    text = " ".join(html(app, "notes").select_one("article, body").get_text(" ").split())
    assert "line 9: “Tagged , , ,”" in text
    assert "line 5: “Continue Reading” line 6: “Another article”" in text
    assert "line 1: “By Someone” (A byline, shown in the metadata block.)" in text
    assert "“[A Part]” is the editor's" in text


def test_a_changed_capture_rebuilds_its_notes(make_app, project):
    built(make_app, project)
    capture = project / "sources" / "captures" / "000_whole.txt"
    capture.write_text(capture.read_text() + "\nShare this:\n", encoding="utf-8")
    app = make_app("html", srcdir=project)
    app.build()
    assert "line 11: “Share this:”" in html(app, "notes").get_text()


def test_an_unknown_text_id_is_a_warning_naming_the_record_file(make_app, project):
    page = project / "book" / "essays" / "whole.md"
    page.write_text(page.read_text().replace("} whole", "} nope"), encoding="utf-8")
    app = built(make_app, project)
    warnings = app._warning.getvalue()
    assert "whole.md" in warnings
    assert "provenance.toml: no record for 'nope'" in warnings


def test_a_broken_record_file_is_a_warning_naming_its_line(make_app, project):
    record = project / "sources" / "provenance.toml"
    record.write_text(
        record.read_text().replace('venue = "A Venue"', 'venue = "A Venue"\nvenu = "typo"')
    )
    app = built(make_app, project)
    assert "provenance.toml:8: unknown key 'venu'" in app._warning.getvalue()


def test_scripts_are_written_once_and_unused_ones_not_at_all():
    from sphinx.builders.html._assets import _JavaScript

    from edition.sphinxext.assets import trim_assets

    config = "const edition = 'x'"
    context = {
        "script_files": [
            _JavaScript(None, body=config),
            _JavaScript("a.js"),
            _JavaScript("", body=config),
            _JavaScript("a.js", priority=200),
            _JavaScript("_static/sphinx-thebe.js"),
            _JavaScript(None, body="const THEBE_JS_URL = 'https://unpkg.com/thebe'"),
        ]
    }
    trim_assets(None, "page", "page.html", context, None)
    assert [(s.filename, s.priority) for s in context["script_files"]] == [
        (None, 500),
        ("a.js", 500),
        ("a.js", 200),
    ]


def test_head_scripts_wait_for_the_parsed_page_except_the_options_and_on_the_search_page():
    from sphinx.builders.html._assets import _JavaScript

    from edition.sphinxext.assets import trim_assets

    def deferred(pagename: str) -> dict:
        context = {
            "script_files": [
                _JavaScript("_static/documentation_options.js?v=1"),
                _JavaScript("_static/doctools.js?v=2"),
                _JavaScript("_static/theme.js", priority=200, **{"data-x": "1"}),
                _JavaScript("_static/late.js", **{"async": "async"}),
                _JavaScript(None, body="DOCUMENTATION_OPTIONS.pagename = 'page';"),
            ]
        }
        trim_assets(None, pagename, "page.html", context, None)
        return {
            (s.filename, s.priority, s.attributes.get("data-x")): "defer" in s.attributes
            for s in context["script_files"]
        }

    assert deferred("book/page") == {
        ("_static/documentation_options.js?v=1", 500, None): False,
        ("_static/doctools.js?v=2", 500, None): True,
        ("_static/theme.js", 200, "1"): True,
        ("_static/late.js", 500, None): False,
        (None, 500, None): False,
    }
    assert not any(deferred("search").values())


def test_paragraphs_are_numbered_with_anchors_and_editorial_matter_is_not(fixture_book):
    app = fixture_book
    assert app._warning.getvalue() == ""
    page = html(app, "book/essays/whole")
    numbers = [(a.get_text(), a["href"], a.parent.get("id")) for a in page.select("a.para-num")]
    assert numbers == [("1", "#p1", "p1"), ("2", "#p2", "p2")]
    assert page.select_one(".editorial a.para-num") is None


def test_a_changed_paragraph_fails_the_build_naming_its_anchor(make_app, project):
    page = project / "book" / "essays" / "whole.md"
    page.write_text(page.read_text().replace("The second paragraph", "A new paragraph"))
    # Strict as the book's build is (-W --keep-going): the build finishes, and fails.
    app = make_app("html", srcdir=project, freshenv=True, warningiserror=True, keep_going=True)
    app.build()
    assert app.statuscode == 1
    warnings = app._warning.getvalue()
    assert "whole#p2 would point at a different paragraph" in warnings
    assert "published as “The second paragraph in a section …”" in warnings
    assert "whole.md" in warnings


def test_a_lost_or_new_paragraph_is_reported(make_app, project):
    page = project / "book" / "essays" / "whole.md"
    page.write_text(page.read_text().replace("The second paragraph, in a section.", ""))
    assert "whole#p2 would disappear" in built(make_app, project)._warning.getvalue()
    page.write_text(page.read_text() + "\nOne more paragraph.\n\nAnd another one.\n")
    warnings = built(make_app, project)._warning.getvalue()
    assert "whole#p3 is not in the registry yet" in warnings


def test_chapter_pages_carry_citation_meta_tags_and_cite_data(make_app, project):
    app = make_app(
        "html",
        srcdir=project,
        freshenv=True,
        confoverrides={"html_baseurl": "https://example.org/ed/"},
    )
    app.build()
    assert app._warning.getvalue() == ""
    page = html(app, "book/essays/part")
    meta = {m["name"]: m["content"] for m in page.select('meta[name^="citation_"]')}
    assert meta == {
        "citation_title": "[A Part]",
        "citation_author": "Someone",
        "citation_publication_date": "2003",
        "citation_public_url": "https://example.org/ed/book/essays/part.html",
    }
    whole = html(app, "book/essays/whole")
    assert whole.select_one('meta[name="citation_author"]') is None
    data = json.loads(whole.select_one("script#edition-cite-data").string)
    assert data["pageUrl"] == "https://example.org/ed/book/essays/whole.html"
    # The templates are the CSL engine's output for the placeholders, nothing assembled.
    record = load_provenance(project / "sources" / "provenance.toml")["whole"]
    edition = Edition("A Fixture Edition", "2026")
    for kind, number in [("paragraph", "⟦n⟧"), ("response", "⟦n⟧")]:
        locator = Locator(kind, number, "⟦a⟧")
        assert data["templates"][kind] == cite_all(record, edition, "⟦url⟧", locator)
    assert data["templates"]["paragraph"]["mla"].endswith("\n(“The Whole,” par. ⟦n⟧)")
    assert [style for style, _ in data["styles"]] == [*STYLES, *FORMATS]
    assert list(data["sections"]) == ["whole-a-section"]
    section = Locator("section", "A Section", "whole-a-section")
    assert data["sections"]["whole-a-section"]["citations"] == cite_all(
        record, edition, "⟦url⟧", section
    )
    block = whole.select_one("div.cite-this")
    url = "https://example.org/ed/book/essays/whole.html"
    assert cite(record, edition, url)["mla"].entry in block.get_text()
    assert "“The Whole.”" in block.get_text()
    assert "as you opened them" not in block.get_text()
    assert html(app, "notes").select_one('meta[name="citation_title"]') is None


def test_without_a_base_url_the_citations_say_the_address_is_the_readers(fixture_book):
    app = fixture_book
    whole = html(app, "book/essays/whole")
    assert json.loads(whole.select_one("script#edition-cite-data").string)["pageUrl"] == ""
    block = whole.select_one("div.cite-this").get_text()
    assert "The addresses in these citations are those of the pages as you opened them" in block
    assert "book/essays/whole.html" in block


def test_the_bibliography_files_hold_every_text(fixture_book):
    app = fixture_book
    folder = app.outdir / "bibliography"
    bib = (folder / "from-ally-to-affinity.bib").read_text()
    assert "@misc{whole," in bib and "@misc{part," in bib
    assert (folder / "from-ally-to-affinity.ris").read_text().count("TY  - ELEC") == 2
    items = json.loads((folder / "from-ally-to-affinity.json").read_text())
    assert [item["id"] for item in items] == ["whole", "part"]


def test_a_concepts_first_use_links_to_the_glossary_and_previews_are_written(fixture_book):
    app = fixture_book
    assert app._warning.getvalue() == ""
    links = html(app, "book/essays/whole").select("a[href$='glossary.html#term-paragraph']")
    assert [(a.get_text(), a.find_parent("p")["id"]) for a in links] == [("paragraph", "p1")]
    previews = json.loads((app.outdir / "_static" / "edition-previews.json").read_text())
    assert previews["glossary.html#term-paragraph"] == {
        "title": "paragraph",
        "text": "A unit of the text.",
    }
    assert previews["book/essays/whole.html#p2"]["text"] == "The second paragraph, in a section."


def test_a_broken_lexicon_is_a_warning_naming_its_line(make_app, project):
    lexicon = project / "apparatus" / "concepts.toml"
    lexicon.write_text(lexicon.read_text().replace('"paragraphs?"', '"paragraphs?("'))
    warnings = built(make_app, project)._warning.getvalue()
    assert "concepts.toml:5: invalid pattern in 'forms'" in warnings


SOURCES_BIB = """
@online{shared, author = {{Wikipedia contributors}}, title = {{Shared}},
        url = {https://example.org/shared}, shorthand = {Wikipedia, “Shared”}}
@online{own, author = {Turl, Adam}, title = {{Own}}, year = {2009}, url = {https://example.org/own}}
"""
SOURCES_NOTES = """
[[note]]
text = "whole"
paragraph = "1"
phrase = "first paragraph"
title = "A note"
body = '''Explained {cite:p}`shared,own`.'''
sources = ["shared", "own"]
identifies = [{name = "A Thing", kind = "work"}]

[[note]]
text = "part"
paragraph = "1"
phrase = "first paragraph"
title = "Another note"
body = '''Explained again {cite:p}`shared`.'''
sources = ["shared"]
identifies = [{name = "A Thing", kind = "work"}]
"""


def with_sources(project, bib: str = SOURCES_BIB):
    (project / "refs.bib").write_text(bib, encoding="utf-8")
    (project / "apparatus" / "notes.toml").write_text(SOURCES_NOTES, encoding="utf-8")
    (project / "sources.md").write_text("# Sources\n\n```{bibliography}\n:all:\n```\n")
    (project / "index.md").write_text(
        (project / "index.md").read_text().replace("glossary\n", "glossary\nsources\n")
    )
    with (project / "conf.py").open("a") as conf:
        conf.write(
            'extensions.append("sphinxcontrib.bibtex")\nbibtex_bibfiles = ["refs.bib"]\n'
            'bibtex_default_style = "edition"\nbibtex_reference_style = "edition"\n'
        )
    return project


def test_each_chapter_ends_with_the_sources_of_its_notes_under_their_labels(make_app, project):
    app = built(make_app, with_sources(project))
    # The same source cited by two chapters is in both their lists: no duplicate warning.
    assert app._warning.getvalue() == ""
    for name, labels in [("whole", ["Turl, 2009", "Wikipedia, “Shared”"]),
                         ("part", ["Wikipedia, “Shared”"])]:  # fmt: skip
        page = html(app, f"book/essays/{name}")
        block = page.select("div.editorial")[-1]
        assert block.select_one("p.rubric").get_text() == "Sources of the notes in this text"
        entries = block.select("div.citation")
        assert [e.select_one("span.label").get_text().strip("[]") for e in entries] == labels
        # Each citation shows the label of its entry and links to it on the same page.
        for citation in page.select("div.editorial-note span.bibtex-citation a"):
            entry = page.select_one(citation["href"])
            assert entry in entries
            assert citation.get_text() == entry.select_one("span.label").get_text().strip("[]")
        assert block.select("a.reference.external")
    everything = html(app, "sources").select("div.citation span.label")
    assert [e.get_text().strip("[]") for e in everything] == ["Turl, 2009", "Wikipedia, “Shared”"]


def test_two_sources_under_one_label_fail_the_build(make_app, project):
    bib = SOURCES_BIB.replace(", shorthand = {Wikipedia, “Shared”}", "")
    bib += "@online{other, author = {{Wikipedia contributors}}, title = {{Other}}}\n"
    warnings = built(make_app, with_sources(project, bib))._warning.getvalue()
    label = "Wikipedia contributors, n.d."
    assert f'duplicate label "{label}" for keys "shared" and "other"' in warnings


def test_a_chapter_without_notes_has_no_list_of_sources(fixture_book):
    app = fixture_book
    assert "Sources of the notes" not in html(app, "book/essays/whole").get_text()


def test_a_shared_paragraph_is_followed_by_an_editorial_link_outside_it(
    make_app, project, monkeypatch
):
    # The fixture's shared paragraph is shorter than a real text's shortest shared passage.
    find = model.find_parallels
    monkeypatch.setattr(model, "find_parallels", lambda passages: find(passages, size=3))
    app = built(make_app, project)
    assert app._warning.getvalue() == ""
    for name, other in [("whole", "part"), ("part", "whole")]:
        page = html(app, f"book/essays/{name}")
        paragraph = page.select_one("p#p1")
        # Copying the paragraph copies the author's words only.
        assert "Also in" not in paragraph.get_text()
        assert paragraph.select(".parallel, .editorial") == []
        block = paragraph.find_next_sibling()
        assert {"editorial", "parallel"} <= set(block["class"])
        assert block.get_text(" ", strip=True).startswith("Also in")
        assert block.select_one("a")["href"].endswith(f"{other}.html#p1")
        # It is not numbered: the text's numbers go on as before.
        assert block.select("a.para-num") == []
    assert [a.get_text() for a in html(app, "book/essays/whole").select("a.para-num")] == ["1", "2"]


def test_a_lexicon_at_another_path_is_the_one_every_part_of_the_build_reads(make_app, project):
    """edition_lexicon names the lexicon for the glossary links and the concept pages alike."""
    (project / "apparatus" / "concepts.toml").rename(project / "lexicon.toml")
    (project / "apparatus" / "concepts.toml").write_text("this is not TOML [", encoding="utf-8")
    (project / "concept.md").write_text(
        "# Paragraph\n\n```{concept-occurrences} paragraph\n```\n", encoding="utf-8"
    )
    index = project / "index.md"
    index.write_text(index.read_text() + "\n```{toctree}\n:hidden:\nconcept\n```\n")
    app = make_app(
        "html", srcdir=project, freshenv=True, confoverrides={"edition_lexicon": "lexicon.toml"}
    )
    app.build()
    assert app._warning.getvalue() == ""
    links = html(app, "book/essays/whole").select("a[href$='glossary.html#term-paragraph']")
    assert links
    assert "“paragraph” in each text" in html(app, "concept").get_text()


def test_without_an_argument_the_pages_that_treat_each_text_list_every_record(make_app, project):
    """A new text's record is enough for its textual notes, source record and questions."""
    (project / "notes.md").write_text("# Notes\n\n```{textual-notes}\n```\n", encoding="utf-8")
    (project / "sources.md").write_text("# Sources\n\n```{source-record}\n```\n", "utf-8")
    (project / "guide.md").write_text(
        "# Guide\n\n## On each text\n\n```{study-guide} questions\n```\n", encoding="utf-8"
    )
    (project / "apparatus" / "study-guide.toml").write_text(
        'reading_order = ["part"]\n\n[[question]]\ntext = "part"\nfrom = "1"\nto = "1"\n'
        'question = "What does the part leave out?"\n',
        encoding="utf-8",
    )
    guide_file = project / "apparatus" / "study-guide.toml"
    registry = dump_registry(current_entries(project / "sources", guide_file))
    (project / "registry" / "paragraphs.json").write_text(registry, encoding="utf-8")
    index = project / "index.md"
    index.write_text(index.read_text().replace("notes\n", "notes\nsources\nguide\n"), "utf-8")
    app = built(make_app, project)
    assert app._warning.getvalue() == ""
    for page, prefix in (("notes", "textual-notes"), ("sources", "sources")):
        sections = html(app, page).select("section section")
        assert [s["id"] for s in sections] == [f"{prefix}-whole", f"{prefix}-part"]
        assert [s.select_one("h2").get_text().rstrip("¶#") for s in sections] == [
            "The Whole",
            "[A Part]",
        ]
    notes = html(app, "notes").select_one("section#textual-notes-part")
    assert notes.select_one("a[href$='book/essays/part.html']").get_text() == "[A Part]"
    assert "line 1: “By Someone”" in notes.get_text()
    # The metadata block's link to its text's notes finds the generated section.
    part = html(app, "book/essays/part").select_one("div.source-record")
    assert part.select_one('a[href$="notes.html#textual-notes-part"]') is not None
    # Only a text with questions has a section in the guide; 'whole' has none and is not in
    # the reading order, which is the editor's suggestion, not a list of every text.
    guide = html(app, "guide").select("section section section")
    assert [s["id"] for s in guide] == ["study-guide-part"]
    assert guide[0].select_one("li#q-part-1") is not None


def test_a_text_without_headnote_or_questions_shows_neither_and_builds_cleanly(make_app, project):
    (project / "apparatus" / "headnotes.toml").write_text(
        '[whole]\ntext = "The editor\'s headnote on the whole."\n', encoding="utf-8"
    )
    (project / "apparatus" / "study-guide.toml").write_text("reading_order = []\n", "utf-8")
    for name in ("whole", "part"):
        page = project / "book" / "essays" / f"{name}.md"
        page.write_text(
            page.read_text() + f"\n```{{headnote}} {name}\n```\n\n"
            f"```{{study-guide}} questions {name}\n```\n",
            encoding="utf-8",
        )
    app = built(make_app, project)
    assert app._warning.getvalue() == ""
    whole = html(app, "book/essays/whole")
    assert "The editor's headnote on the whole." in whole.select_one("div.headnote").get_text()
    part = html(app, "book/essays/part")
    assert part.select_one("div.headnote") is None
    assert part.select_one("div.study-questions") is None
    assert "Questions for discussion" not in part.get_text()
