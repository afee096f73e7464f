"""Scoring the importer against labelled captures."""

import pytest
from conftest import FIXTURES

from edition.errors import EditionError
from edition.texts import endmatter
from edition.texts.furniture import RULES, rules_not_tuned_on
from edition_tools.importscore import choose_shape_figures, corpus, load_labelled, score

DEMO = FIXTURES / "corpus"


def test_a_capture_is_scored_line_by_line():
    (item,) = corpus(DEMO)
    result = score(item)
    assert (result.text, result.text_lost) == (2, ())
    assert (result.furniture, result.furniture_removed) == (6, 6)
    assert (result.metadata, result.metadata_recognised) == (2, 2)


def test_holding_a_platform_out_disables_the_rules_tuned_on_it():
    held_out = rules_not_tuned_on("wordpress")
    assert {r.id for r in RULES} - {r.id for r in held_out} >= {"comment-form", "login-prompt"}
    assert all("wordpress" not in r.tuned_on for r in held_out)


def test_every_nonblank_line_must_have_one_label(tmp_path):
    (tmp_path / "x.txt").write_text("One line\n\nAnother\n", encoding="utf-8")
    (tmp_path / "x.toml").write_text('[lines]\ntext = ["1"]\n', encoding="utf-8")
    with pytest.raises(EditionError, match=r"unlabelled lines \[3\]"):
        load_labelled(tmp_path / "x.toml")
    (tmp_path / "x.toml").write_text('[lines]\ntext = ["1-3"]\nfurniture = ["3"]\n', "utf-8")
    with pytest.raises(EditionError, match="line 3 has two labels"):
        load_labelled(tmp_path / "x.toml")
    (tmp_path / "x.toml").write_text('[lines]\ntext = ["1-4"]\n', encoding="utf-8")
    with pytest.raises(EditionError, match="line 4 is past the capture's end"):
        load_labelled(tmp_path / "x.toml")


COMMENT_PAGE = """A Title

A paragraph of the post, long enough to be prose, as the author wrote it for the blog.

Another paragraph of the post, which the author wrote to follow the first one here.

View comments (2)

Anonymous

I read this twice and I still disagree with the second half of the argument.

reply

April 5, 2018

Great piece, thank you.

reply
"""


def _write(tmp_path, labels: str):
    (tmp_path / "x.txt").write_text(COMMENT_PAGE, encoding="utf-8")
    (tmp_path / "x.toml").write_text(f'platform = "demo"\n[lines]\n{labels}', "utf-8")
    return load_labelled(tmp_path / "x.toml")


def test_a_comment_threads_lines_moved_to_the_responses_are_counted_apart(tmp_path):
    item = _write(tmp_path, 'title = ["1"]\ntext = ["3-5"]\nfurniture = ["7-19"]\n')
    result = score(item)
    assert result.text_lost == ()
    # Two readers' lines are shown apart as responses, five lines are set aside.
    assert (result.furniture, result.furniture_removed, result.furniture_separated) == (7, 5, 2)


def test_a_line_of_the_text_moved_to_the_responses_is_lost(tmp_path):
    # Were the second reader's line the author's, moving it to the responses would lose it;
    # the review list says where the responses begin, so the editor sees it go.
    item = _write(tmp_path, 'title = ["1"]\ntext = ["3-5", "17"]\nfurniture = ["7-15", "19"]\n')
    assert score(item).text_lost == (17,)
    assert score(item).text_lost_unreviewed == ()


def test_a_line_lost_inside_the_text_without_a_word_on_the_review_list_is_unreviewed(tmp_path):
    paragraph = "A paragraph of the post, long enough to be prose, as the author wrote it."
    (tmp_path / "x.txt").write_text(
        f"A Title\n\n{paragraph}\n\nAdvertisement\n\n{paragraph}\n", "utf-8"
    )
    (tmp_path / "x.toml").write_text('[lines]\ntitle = ["1"]\ntext = ["3-7"]\n', "utf-8")
    result = score(load_labelled(tmp_path / "x.toml"))
    assert result.text_lost == result.text_lost_unreviewed == (5,)


THREAD_PAGE = """A Title

A paragraph of the post, long enough to be prose, as the author wrote it for the blog.

Another paragraph of the post, which the author wrote to follow the first one here.

Like

Gift

Flip

Kim

3/09/15 8:12am

I read this twice and I still disagree with the second half of the argument.

Report abuse

Jo

3/09/15 8:14am

Thank you for writing this, it named something I had felt for years.

Report abuse

Sam

3/09/15 8:20am

I had not thought of it that way, and now I will.

Report abuse
"""


def test_the_shape_figures_are_chosen_on_the_other_platforms(tmp_path):
    for platform in ("one", "two"):
        folder = tmp_path / platform
        folder.mkdir()
        (folder / "x.txt").write_text(THREAD_PAGE, encoding="utf-8")
        (folder / "x.toml").write_text(
            f'platform = "{platform}"\n[lines]\ntitle = ["1"]\ntext = ["3-5"]\n'
            'furniture = ["7-35"]\n',
            encoding="utf-8",
        )
    before = endmatter._MAX_BUTTON_WORDS
    choices = choose_shape_figures(corpus(tmp_path))
    assert before == endmatter._MAX_BUTTON_WORDS
    assert set(choices) == {"one", "two"}
    ties, out, furniture, lost = choices["one"]
    # The two-word button ("Report abuse") is seen only where buttons of two words count.
    assert all(values[1] >= 2 for values in ties)
    assert (out, furniture, lost) == (15, 15, 0)
