"""Bidi controls: kept in the text, listed for the editor with their lines, isolated on the page."""

from docutils import nodes

from edition.sphinxext.bidi import bidi_isolate, isolate_bidi_controls
from edition.texts.bidi import review_items, show_controls
from edition.texts.document import Block, CleanText, Line, SetAside

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


def test_every_line_that_holds_a_control_is_listed_with_its_line_and_the_control_named():
    text = CleanText(
        source="x.txt",
        title_lines=(Line(1, "A title"),),
        head=(),
        body=(
            Block("paragraph", 3, f"Plain {RLO}reversed{PDF} words."),
            Block("paragraph", 5, "Nothing to see."),
            Block("quote", 7, f"An {LRI}isolate{PDI}."),
        ),
        responses=(),
        endnotes=(),
        set_aside=(SetAside(9, f"Menu {RLO}", "furniture"),),
    )
    items = review_items(text)
    assert [item.line for item in items] == [3, 7, 9]
    assert "U+202C POP DIRECTIONAL FORMATTING, U+202E RIGHT-TO-LEFT OVERRIDE" in items[0].reason
    assert "U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE" in items[1].reason
    assert items[0].text == "Plain <U+202E>reversed<U+202C> words."
    assert not any(RLO in str(item) or LRI in str(item) for item in items)


def test_the_controls_are_shown_as_code_points_and_other_text_is_unchanged():
    assert show_controls(f"a{RLO}b{PDF}c\u200fd") == "a<U+202E>b<U+202C>c\u200fd"


def test_a_control_a_terminal_would_act_on_is_shown_as_its_code_point():
    # U+009B begins an escape sequence in many terminals; DEL and ESC are controls too.
    assert show_controls("a\x9b2Jb\x7fc\x1b[31md") == "a<U+009B>2Jb<U+007F>c<U+001B>[31md"
    assert show_controls("a\tb\nc é") == "a\tb\nc é"


def test_text_with_a_control_is_isolated_and_a_code_listing_is_not():
    document = nodes.document(None, None)
    paragraph = nodes.paragraph("", "", nodes.Text(f"Before {RLO}after"), nodes.Text(" plain"))
    listing = nodes.literal_block("", f"code {RLO}x")
    document += [paragraph, listing]
    isolate_bidi_controls(None, document)
    assert [type(child) for child in paragraph.children] == [bidi_isolate, nodes.Text]
    assert paragraph.astext() == f"Before {RLO}after plain"
    assert not list(listing.findall(bidi_isolate))
