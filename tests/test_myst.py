import pytest
from docutils import nodes
from docutils.core import publish_doctree
from myst_parser.parsers.docutils_ import Parser

from edition.texts.myst import escape, link, slugify

# The extensions the book enables (see _config.yml): escaping must hold under them.
SETTINGS = {
    "myst_enable_extensions": ["colon_fence", "deflist", "attrs_inline", "attrs_block"],
    "report_level": 2,
    "halt_level": 2,
}


def rendered_text(markdown: str) -> str:
    return publish_doctree(markdown, parser=Parser(), settings_overrides=SETTINGS).astext()


@pytest.mark.parametrize(
    "text",
    [
        "Its author, M., can be reached at sweet_things*at*",
        "an oppressed [fill in the blank with a person] and {braces} and <b>tags</b>",
        "1. Not a list item, but a sentence that starts with a number.",
        "2) Nor this.",
        "- Not a bullet.",
        "+ Nor this.",
        "# Not a heading",
        "% Not a comment",
        "(label)= not a target",
        ": not a definition",
        "Subscribe for $5/mo, not $math$; a `code` span; ~~strike~~; a | pipe; x^2 & y",
        'A backslash \\ stays, and so do “curly” and "straight" quotes -- and dashes—like this…',
        "Log\xa0Out\xa0/\xa0 Change )",
    ],
)
def test_escaped_text_renders_as_exactly_itself(text):
    assert rendered_text(escape(text)) == text.strip()


def test_slugs_are_ascii_words_joined_by_hyphens():
    assert slugify("We’re Not Trying to Get Comfortable; We’re Trying to Get Free") == (
        "were-not-trying-to-get-comfortable"
    )
    assert slugify("Charity Is to Solidarity, What Ally Is to Affinity", max_words=3) == (
        "charity-is-to"
    )


@pytest.mark.parametrize(
    "title",
    [
        "A Title",
        "Evil `{download}`../../../../etc/hostname` x",
        "``double`` and ```triple``` ticks",
        "`starts with a tick",
        "<script>alert(1)</script> & {braces} \\ *stars* [brackets](x) <target>",
    ],
)
def test_a_link_shows_its_title_as_exactly_its_characters_and_nothing_else(title):
    markdown = link(title, "https://example.org/")
    doctree = publish_doctree(markdown, parser=Parser(), settings_overrides=SETTINGS)
    [reference] = doctree.findall(nodes.reference)
    assert reference.astext() == title
    # Nothing else came out of the title: no role, no second link, no raw markup.
    assert [type(n).__name__ for n in doctree.findall(nodes.Element)] == [
        "document",
        "paragraph",
        "reference",
    ]
