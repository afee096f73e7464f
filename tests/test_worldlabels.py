"""The end-matter and share labels in more languages (edition.texts.worldlabels), applied by
edition.texts.furniture and edition.texts.endmatter on small invented pages."""

import pytest

from edition.texts.endmatter import end_matter_start
from edition.texts.furniture import RULES, strip_furniture

TEXT = "A paragraph of the essay, which is long enough to be prose and not a widget label."
MORE = "Another paragraph of the essay follows it, and it is long enough to read as prose."
LAST = "The essay's closing paragraph comes after the box, and it reads as prose as well."
SECTION_HEADINGS = [
    "Comentários (3)",
    "Deja un comentario",
    "12 komentářů",
    "コメントを書く",
    "Etiquetas",
    "댓글 쓰기",
]
TEASERS = ["Técnico do Santos dirigiu time em árvore", "Globo muda horário da rodada de quarta"]


def _removed(lines):
    _, removed = strip_furniture(lines)
    return {r.text: r.rule for r in removed}


@pytest.mark.parametrize(
    "heading",
    [
        "Leia também",
        "Notícias relacionadas",
        "Lo más leído",
        "Articoli correlati",
        "Lees ook",
        "Czytaj także",
        "Související články",
        "Читайте также",
        "【関連記事】",
        "相关文章",
        "관련 기사",
        "Verwandte Artikel",
        "Les plus partagés",
    ],
)
def test_a_related_heading_opens_a_block_that_ends_at_prose(heading):
    removed = _removed([TEXT, MORE, heading, *TEASERS, LAST, MORE])
    assert removed == dict.fromkeys([heading, *TEASERS], "related-headings")


@pytest.mark.parametrize("heading", SECTION_HEADINGS)
def test_a_heading_of_the_comments_or_tags_removes_nothing_in_the_text(heading):
    assert _removed([TEXT, MORE, heading, LAST, MORE]) == {}


@pytest.mark.parametrize("heading", SECTION_HEADINGS)
def test_a_heading_of_the_comments_or_tags_begins_the_end_matter_after_the_text(heading):
    lines = [TEXT, MORE, LAST, heading, "Paulo", "ontem", "Maria", "há 2 horas"]
    assert end_matter_start(lines, RULES) == 4


@pytest.mark.parametrize("heading", ["Comentários", "Komentáře", "コメント", "Комментарии"])
def test_a_comments_heading_without_its_count_may_be_the_authors(heading):
    """An author may set "Comments" over the text's last paragraph, in any language."""
    lines = [TEXT, MORE, heading, LAST, "Compartilhar", "Facebook", "Twitter", "WhatsApp"]
    assert end_matter_start(lines, RULES) != 3
    assert heading not in _removed(lines)


def test_share_words_are_removed_in_a_row_of_buttons_after_the_text():
    row = ["Compartilhar", "Поделиться", "シェアする", "Sdílet článek", "Imprimir"]
    assert _removed([TEXT, MORE, LAST, *row]) == dict.fromkeys(row, "share-words")


def test_a_share_word_alone_in_the_text_is_kept():
    assert _removed([TEXT, MORE, "Compartilhar", LAST, MORE]) == {}


def test_a_sentence_that_opens_with_a_label_word_is_the_authors():
    sentence = "Comentários de leitores mostram que o debate continua aberto em toda parte."
    assert _removed([TEXT, MORE, sentence, LAST, MORE]) == {}
