from edition.texts.cleaning import clean_lines
from edition.texts.paragraphs import anchor_for, citable_paragraphs

LONG = "A sentence of the text that runs on for a good many words to be prose, as texts do."


def test_the_authors_text_is_numbered_and_nothing_else():
    text = clean_lines(
        [
            "A Title",
            "By Someone",
            "This piece was first published somewhere else.",
            "Dear Friends,",
            LONG,
            "A Section Heading",
            "We are told to wait and to be quiet and to follow, and never to lead. —A Source",
            "One: a.",
            "Two: b.",
            "Three: the last one.Marked for its note.",
            "1. A note.",
            "2 thoughts on “A Title",
            "1. someone says:",
            "  More.",
            "2. Thanks!",
        ],
        "x.txt",
        "A Title",
    )
    numbered = [(p.number, p.anchor, p.block.kind) for p in citable_paragraphs(text)]
    assert numbered == [
        ("1", "p1", "salutation"),
        ("2", "p2", "paragraph"),
        ("3", "p3", "epigraph"),
        ("4", "p4", "list-item"),
        ("5", "p5", "list-item"),
        ("6", "p6", "list-item"),
        ("R1", "r1", "response"),
        ("R2", "r2", "response"),
    ]
    assert citable_paragraphs(text)[1].first_words == "A sentence of the text that"


def test_anchors():
    assert anchor_for(12) == "p12"
    assert anchor_for("R3") == "r3"
