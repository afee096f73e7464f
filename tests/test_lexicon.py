import pytest
from conftest import ROOT

from edition.apparatus.lexicon import load_lexicon
from edition.errors import EditionError

GOOD = """\
[[concept]]
id = "ally"
label = "ally / allyship"
glossary = "ally"
forms = ["ally", "allies", "allyship"]
exclude = ["Building a Better White Ally"]
"""


def lexicon(tmp_path, text):
    path = tmp_path / "concepts.toml"
    path.write_text(text, encoding="utf-8")
    return load_lexicon(path)


def test_forms_match_whole_words_and_exclusions_do_not_count(tmp_path):
    (ally,) = lexicon(tmp_path, GOOD)
    text = "An ally, allies and Allyship; totally, rally, ally-ship; Building a Better White Ally."
    assert [text[s:e] for s, e in ally.find(text)] == ["ally", "allies", "Allyship"]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (GOOD + 'colour = "red"\n', "unknown key 'colour'", 7),
        (
            GOOD.replace('forms = ["ally", "allies", "allyship"]', "forms = []"),
            "'forms' is empty",
            5,
        ),
        (GOOD.replace('"allies"', '"allies("'), "invalid pattern in 'forms'", 5),
        (
            GOOD.replace('exclude = ["Building', 'exclude = ["[Building'),
            "invalid pattern in 'exclude'",
            6,
        ),
        (GOOD.replace('"allies"', '""'), "'forms' must be a list of non-empty strings", 5),
        (GOOD.replace('"allies"', '"x?"'), "a form matches the empty string", 5),
        (GOOD + "\n" + GOOD, "duplicate id 'ally'", 9),
        (GOOD.replace('id = "ally"', 'id = "Ally Ship"'), "bad id 'Ally Ship'", 2),
        (GOOD.replace('label = "ally / allyship"\n', ""), "missing key(s): label", 1),
        ("", "no [[concept]] entries", None),
    ],
)
def test_a_broken_entry_is_named_with_file_and_line(tmp_path, text, message, line):
    with pytest.raises(EditionError) as caught:
        lexicon(tmp_path, text)
    assert message in caught.value.message
    assert caught.value.line == line
    assert str(caught.value).startswith(str(tmp_path / "concepts.toml"))


def test_the_edition_lexicon_loads_and_every_concept_occurs(cleaned):
    concepts = load_lexicon(ROOT / "apparatus" / "concepts.toml")
    assert len(concepts) >= 15
    every_text = " ".join(b.text for text in cleaned.values() for b in text.blocks())
    for concept in concepts:
        assert concept.find(every_text), concept.id
