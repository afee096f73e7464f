"""Notes that declare what they identify: the index of names made from them (the pure
function, and the directive on a small Sphinx project), and the content notes."""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES

from edition.apparatus.names import index_of_names
from edition.apparatus.notes import Entity, Note

SHORT = {"whole": "Whole", "part": "[A Part]"}


def note(text, paragraph, *entities, identified=True, phrase="p"):
    return Note(
        text,
        paragraph,
        phrase,
        "T",
        "Body.",
        (),
        1,
        tuple(Entity(*e) for e in entities),
        identified,
    )


def test_the_index_groups_by_kind_sorts_names_and_links_every_paragraph():
    notes = [
        note("whole", "10", ("Zeta", "person"), ("A Work", "work")),
        note("part", "R1", ("zeta", "organization")),
        note("whole", "2", ("Zeta", "person")),
        note("part", "1", ("Alpha", "person")),
    ]
    text = index_of_names(notes, SHORT)
    lines = text.splitlines()
    people = lines.index("## People")
    assert lines[people + 2 : people + 4] == [
        "- **Alpha**: \\[A Part\\] {ref}`¶ 1 <part-p1>`",
        "- **Zeta**: *Whole* {ref}`¶ 2 <whole-p2>`, {ref}`¶ 10 <whole-p10>`",
    ]
    assert lines.index("## People") < lines.index("## Organizations") < lines.index("## Works")
    assert "- **zeta**: \\[A Part\\] {ref}`R1 <part-r1>`" in lines
    assert "## Places" not in lines and "## Events" not in lines


def test_unidentified_references_are_listed_apart_with_their_phrase():
    notes = [note("whole", "3", identified=False, phrase="the Team")]
    text = index_of_names(notes, SHORT)
    assert text.startswith("## Mentioned but not identified")
    assert "- “the Team”: *Whole* {ref}`¶ 3 <whole-p3>`" in text


def test_a_text_without_a_short_title_is_an_error():
    with pytest.raises(KeyError, match="no short title for other"):
        index_of_names([note("other", "1", ("X", "place"))], SHORT)


HEADNOTES = """\
[whole]
text = "A headnote on the whole text, with enough words to be one."
content_note = [{describes = "a paragraph", paragraphs = ["1-2"]}]

[part]
text = "A headnote on the part."
"""

NOTES = """\
[[note]]
text = "whole"
paragraph = "2"
phrase = "in a section"
title = "A section"
body = "A section is a part {cite:p}`src`."
sources = ["src"]
identifies = [{name = "A Section", kind = "place"}]

[[note]]
text = "whole"
paragraph = "1"
phrase = "whole text"
title = "“whole text”"
identified = false
body = "Not identified. The editor looked."
"""


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "project", root)
    (root / "apparatus" / "headnotes.toml").write_text(HEADNOTES, encoding="utf-8")
    (root / "apparatus" / "notes.toml").write_text(NOTES, encoding="utf-8")
    (root / "refs.bib").write_text(
        "@misc{src, title = {A Source}, author = {Someone}, year = {2020}}\n", encoding="utf-8"
    )
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('extensions.append("sphinxcontrib.bibtex")\nbibtex_bibfiles = ["refs.bib"]\n')
    whole = root / "book" / "essays" / "whole.md"
    whole.write_text(
        whole.read_text().replace("```{cite-this} whole\n```\n", "```{headnote} whole\n```\n"),
        encoding="utf-8",
    )
    (root / "names.md").write_text(
        "# Names\n\n```{index-of-names}\n```\n\n```{content-notes}\n```\n\n"
        "```{bibliography}\n:all:\n```\n",
        encoding="utf-8",
    )
    index = root / "index.md"
    index.write_text(index.read_text().replace("glossary\n", "glossary\nnames\n"))
    return root


def html(app, name: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def test_index_content_note_and_unidentified_note_render_without_warnings(make_app, project):
    app = make_app("html", srcdir=project, freshenv=True)
    app.build()
    assert app._warning.getvalue() == ""
    names = html(app, "names")
    index = names.select_one("div.index-of-names")
    assert [h.get_text() for h in index.select("h2")] == [
        "Places",
        "Mentioned but not identified",
    ]
    link = index.select_one("li a[href]")
    assert link["href"] == "book/essays/whole.html#p2"
    assert "whole.html#p1" in names.select_one("div.content-notes a[href*='#p1']")["href"]

    chapter = html(app, "book/essays/whole")
    note = chapter.select_one("div.content-note")
    assert note is not None
    # The content note comes first, before the headnote, and folds in a native <details>.
    assert note.find_next("div", class_="headnote") is not None
    assert note.select_one("details > summary").get_text() == "Content note"
    assert note.select_one("details a[href='#p1']").get_text() == "¶ 1–2"
    unidentified = chapter.select_one("div.editorial-note.not-identified")
    assert unidentified.get_text(" ").split("“whole text”")[1].strip().startswith("Not identified.")
    assert not unidentified.select("a[href*='#id']")
