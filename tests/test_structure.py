import unicodedata

import pytest
from conftest import ROOT

from edition.texts.capture import read_capture
from edition.texts.document import Line
from edition.texts.structure import (
    HEADING_BEFORE_LEAD_IN,
    HEADING_BETWEEN_PARAGRAPHS,
    MARKED_LIST,
    PHRASE_LIST,
    SHAPE_RULES,
    classify_body,
    epigraph_parts,
    is_date_stamp,
    is_dateline,
    is_heading,
    is_publication_note,
    may_head_a_section,
    names_a_day,
    shape_rules_not_tuned_on,
    split_date_stamps,
    split_endnotes,
    split_head,
    split_responses,
    split_tail,
)
from edition.texts.words import words

PROSE = "This is an ordinary paragraph of the text, and it goes on for a while. It has sentences."


def lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allyship as Identity", True),
        ("Legitimacy, Justification, Authority", True),
        ("How to Start the Convo", True),
        (
            "Just because You Feel Like You’re the One Who Broke It, "
            "Doesn’t Mean You Need to Fix It",
            True,
        ),
        ("Our relationships are not what we need to be breaking.", False),
        ("Here are a few tips.", False),
        ("Thanks again Magda!", False),
        ("[Alden: Et Tu, Lexi?]", False),
        ("“Who Said That?”", False),
        ("a line in lower case without a full stop", False),
        (PROSE, False),
    ],
)
def test_headings_are_short_capitalised_lines_without_closing_punctuation(text, expected):
    assert is_heading(text) is expected


def test_an_epigraph_ends_with_a_short_dashed_source():
    quotation = (
        "We are told that resistance lies in speaking truth to power "
        "rather than attacking power materially."
    )
    assert epigraph_parts(f"{quotation} —Escalating Identity, “Who Is Oakland?”") == (
        quotation,
        "Escalating Identity, “Who Is Oakland?”",
    )
    assert epigraph_parts("Short line. —Someone") is None
    assert (
        epigraph_parts(
            f"{quotation} —and then a long clause that keeps going on as prose does here"
        )
        is None
    )


def test_the_head_gives_title_dateline_byline_and_publication_note():
    titles, head, set_aside, rest = split_head(
        lines(
            "Aug 28, 2017",
            "A Critique",
            "By M. /",
            "A Critique",
            "This piece was originally published as a zine.",
            PROSE,
        ),
        "A Critique",
    )
    assert [t.number for t in titles] == [2, 4]
    assert [(s.line, s.rule) for s in set_aside] == [
        (1, "dateline"),
        (2, "title"),
        (3, "byline"),
        (4, "title"),
    ]
    assert [(b.kind, b.line) for b in head] == [("publication-note", 5)]
    assert [r.number for r in rest] == [6]


def test_the_title_said_again_after_a_paragraph_of_prose_is_the_texts():
    """A column's reading under its own heading, the title again (unseen set 16, kath.net):
    once a paragraph of prose stands under the title, the text has begun."""
    titles, _head, set_aside, rest = split_head(
        lines("A Column", "Rome, Friday.", PROSE, "***", "A Column", PROSE), "A Column"
    )
    assert [t.number for t in titles] == [1]
    assert [(s.line, s.rule) for s in set_aside] == [(1, "title")]
    assert [r.number for r in rest] == [2, 3, 4, 5, 6]


def test_an_author_prefixed_page_title_counts_as_the_title():
    titles, _, _, _ = split_head(
        lines("M.: From Charity – A Critique", PROSE), "From Charity: A Critique"
    )
    assert [t.number for t in titles] == [1]


def test_prose_before_the_byline_is_a_standfirst():
    titles, head, set_aside, rest = split_head(
        lines("Allyship requires moving past performative action.", "By Regine Malibiran", PROSE),
        None,
    )
    assert titles == ()
    assert [(b.kind, b.text) for b in head] == [
        ("standfirst", "Allyship requires moving past performative action.")
    ]
    assert [s.rule for s in set_aside] == ["byline"]
    assert [r.number for r in rest] == [3]


def test_a_text_without_page_metadata_has_no_head():
    titles, head, set_aside, rest = split_head(
        lines(PROSE, "It was published in 2013, she said."), None
    )
    assert (titles, head, set_aside) == ((), [], [])
    assert len(rest) == 2


def test_responses_follow_the_count_heading_and_keep_their_signatures():
    body, responses, set_aside = split_responses(
        lines(
            PROSE,
            "2 thoughts on “A Title",
            "  1. someone says:",
            "    First paragraph.",
            "  2. Unsigned comment.",
            "    Thanks!",
        )
    )
    assert [b.number for b in body] == [1]
    assert [(r.number, r.text) for r in responses] == [
        (1, "someone says:"),
        (1, "First paragraph."),
        (2, "Unsigned comment."),
        (2, "Thanks!"),
    ]
    assert [(s.line, s.rule) for s in set_aside] == [(2, "responses-heading")]


def test_endnotes_are_a_closing_run_numbered_from_one():
    body, notes = split_endnotes(lines(PROSE, "  1. First note.", "  2. Second note."))
    assert [b.number for b in body] == [1]
    assert [(n.number, n.text, n.line) for n in notes] == [
        (1, "First note.", 2),
        (2, "Second note.", 3),
    ]


def test_a_numbered_run_that_does_not_start_at_one_is_not_notes():
    body, notes = split_endnotes(lines(PROSE, "2. Second.", "3. Third."))
    assert notes == []
    assert len(body) == 3


def test_a_run_of_lead_led_paragraphs_closing_a_section_is_a_list():
    blocks = classify_body(
        lines(
            "Here are a few tips.",
            "Slow down: Don’t try to fix it.",
            "Keep it internal: Don’t take up too much space.",
            "Write about it: Give yourself the space.",
            "Next Section Heading",
            PROSE,
        )
    )
    assert [b.kind for b in blocks] == ["paragraph", *["list-item"] * 3, "heading", "paragraph"]


def test_two_lead_led_paragraphs_or_a_run_inside_a_section_are_not_a_list():
    short = classify_body(lines("Slow down: Don’t.", "Keep it internal: Don’t."))
    assert [b.kind for b in short] == ["paragraph", "paragraph"]
    inside = classify_body(
        lines("Educate yourself. Read.", "Advocate. Act.", "Learn. Adjust.", PROSE)
    )
    assert [b.kind for b in inside] == ["paragraph"] * 4


def test_salutation_and_epigraph_are_recognised_in_the_body():
    quotation = " ".join(["word"] * 20) + "."
    blocks = classify_body(
        lines("Dear Beloved Ones in Struggle,", f"{quotation} —US Riot Commission Report, 1968")
    )
    assert [b.kind for b in blocks] == ["salutation", "epigraph"]
    assert blocks[1].attribution == "US Riot Commission Report, 1968"
    assert blocks[1].text == quotation


@pytest.mark.parametrize(
    "sentence",
    [
        "By then, it was too late.",
        "In May 2020 we met again.",
        "We came to the same conclusion: solidarity, not charity.",
    ],
)
def test_a_sentence_in_the_head_is_never_metadata(sentence):
    _, head, set_aside, rest = split_head(
        lines("Solidarity, Not Charity", PROSE, sentence, PROSE), "Solidarity, Not Charity"
    )
    assert [s.line for s in set_aside] == [1]
    assert head == []
    assert [line.text for line in rest] == [PROSE, sentence, PROSE]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Posted on August 28th, 2017", "dateline"),
        ("28 August 2017", "dateline"),
        ("28.08.2017", "dateline"),
        ("18. Okt 2023", "dateline"),
        ("7. oktober 2020", "dateline"),
        ("22 de Abril de 2022 - 00:00 HS", "dateline"),
        ("21.dez.2018 às 12h55", "dateline"),
        ("11 maja 2021, 11:49", "dateline"),
        ("13. 1. 2020", "dateline"),
        ("2017-03-10 09:58", "dateline"),
        ("2017年3月10日", "dateline"),
        ("5 октября 2019", "dateline"),
        ("Written by Jane Doe", "byline"),
        ("Posted by jdoe", "byline"),
        ("Author: Jane Doe", "byline"),
        ("By Amy Kuperinsky | NJ Advance Media for NJ.com", "byline"),
        ("// By Arun Sai Krishnan • Nov 11, 2020", "byline"),
        ("Posted by Andrew Zonenberg at 12:55 AM", "byline"),
        ("Von Georg Kasch", "byline"),
        ("par Florence Audier, le 15 septembre 2009", "byline"),
        ("Por Mariano Martín mmartin@ambito.com.ar", "byline"),
        ("By Ludwig van Beethoven", "byline"),
        ("Von: Moritz Pieczewski-Freimuth", "byline"),
        ("Geschrieben von Cooper am 25.08.2015 22:30", "byline"),
        ("Escrito por Ana López", "byline"),
        ("Текст: Лида Буслаева", "byline"),
        ("di Mario Rossi", "byline"),
        ("door Jan de Vries", "byline"),
    ],
)
def test_common_forms_of_dates_and_bylines_are_recognised(line, rule):
    _, _, set_aside, rest = split_head(lines("A Title", line, PROSE), "A Title")
    assert [(s.line, s.rule) for s in set_aside] == [(1, "title"), (2, rule)]
    assert [r.text for r in rest] == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "By the sea",
        "Von Berlin nach Paris",
        "By then, it was too late.",
        "Par ici",
        "Text: the river",
        "Di notte si dorme",
        "Av och till",
    ],
)
def test_a_heading_that_opens_with_by_is_no_byline(line):
    _, _, set_aside, rest = split_head(lines("A Title", line, PROSE), "A Title")
    assert [s.line for s in set_aside] == [1]
    assert [r.text for r in rest] == [line, PROSE]


def test_a_byline_s_word_on_a_line_of_its_own_takes_the_name_under_it():
    _, _, set_aside, rest = split_head(lines("A Title", "Von", "Denis Dilba", PROSE), "A Title")
    assert [(s.line, s.rule) for s in set_aside] == [(1, "title"), (2, "byline"), (3, "byline")]
    assert [r.text for r in rest] == [PROSE]
    # Under it, a line that is no name is the text's.
    _, _, _, rest = split_head(lines("A Title", "By", "the river we sat", PROSE), "A Title")
    assert [r.text for r in rest] == ["the river we sat", PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "https://sciblogs.co.nz/diplomaticimmunity/2017/02/14/hpv-vaccine-not-destroy-fertility/,",
        "Set out 2020 plans",
        "Mayo Clinic 2020",
        "Mars 2020",
    ],
)
def test_a_date_in_an_address_or_a_word_like_a_month_is_no_dateline(line):
    assert not is_dateline(line)


def test_a_quotation_s_source_with_its_date_is_the_text_s():
    """A fact check quotes a claim and names its source and date under it (unseen set 7,
    pangea): within the head's window, it is no dateline to stretch the head to."""
    source = "Source: Russian Defense Ministry, October 25, 2019"
    claim = "“A cause for serious concern is the situation in southern Syria.”"
    _, head, set_aside, rest = split_head(lines("A Title", claim, source, PROSE), "A Title")
    assert [s.line for s in set_aside] == [1]
    assert head == []
    assert [r.text for r in rest] == [claim, source, PROSE]


def test_the_sites_navigation_before_the_title_is_leading_furniture():
    nav = ["Skip to content", "Home", "About", "Essays", "Contact", "Menu", "Search", "🔍", "≡"]
    _, head, set_aside, rest = split_head(lines(*nav, "A Title", PROSE), "A Title")
    assert [s.rule for s in set_aside] == ["leading-furniture"] * len(nav) + ["title"]
    assert head == []
    assert [r.text for r in rest] == [PROSE]


def test_a_title_typed_with_combining_accents_is_the_title():
    decomposed = "Cafe\u0301 Solidarite\u0301"
    titles, _, _, _ = split_head(lines(decomposed, PROSE), "Café Solidarité")
    assert [t.text for t in titles] == [decomposed]


def test_a_sentence_that_counts_responses_is_the_authors():
    text = lines(PROSE, "3 responses to racism that do not work:", PROSE, "1. Denial.")
    kept, responses, set_aside = split_responses(text, "What Works")
    assert kept == text and responses == [] and set_aside == []


def test_a_count_heading_needs_the_posts_title_and_text_before_it():
    heading = "2 thoughts on “What Works"
    assert split_responses(lines(PROSE, heading, "A reply."), "What Works")[1]
    assert not split_responses(lines(heading, "A reply."), "What Works")[1]
    assert not split_responses(lines(PROSE, "2 thoughts on Other Things"), "What Works")[1]


def test_after_the_texts_last_sentence_short_labels_are_the_pages():
    tail = ["Share this:", "Related", "Another Post Title", "March 17, 2016", "In “News”"]
    closing = ["Further Demands", "1. Housing for all.", "2. An end to raids."]
    kept, set_aside = split_tail(lines(PROSE, *closing, *tail))
    assert [k.text for k in kept] == [PROSE, *closing]
    assert [s.text for s in set_aside] == tail
    assert {s.rule for s in set_aside} == {"trailing-furniture"}


@pytest.mark.parametrize("sign_off", ["--Ken", "-- Ken", "— Ann B.", "~Jo"])
def test_a_sign_off_after_a_dash_under_the_last_paragraph_is_the_writers(sign_off):
    """A mail's "--Ken" (set 12, marc), with the archive's matter after it."""
    kept, set_aside = split_tail(lines(PROSE, sign_off, "--", "More majordomo info"))
    assert [k.text for k in kept] == [PROSE, sign_off]
    assert [s.text for s in set_aside] == ["--", "More majordomo info"]
    # Not below the page's other lines, nor a line of more than a name.
    _, set_aside = split_tail(lines(PROSE, "Tags", sign_off))
    assert [s.text for s in set_aside] == ["Tags", sign_off]
    _, set_aside = split_tail(lines(PROSE, "— Read the full story here —"))
    assert [s.text for s in set_aside] == ["— Read the full story here —"]


def test_what_a_lead_in_announces_after_the_texts_last_sentence_is_kept():
    lead_in = "And if you want more of the same, here are a few things to watch and read:"
    announced = ["Films", "Paper Moon", "Winter's Bone", "Books", "Beloved"]
    kept, set_aside = split_tail(lines(PROSE, lead_in, *announced, "Paper Moon, again.", "Tags"))
    assert [k.text for k in kept] == [PROSE, lead_in, *announced, "Paper Moon, again."]
    assert [s.text for s in set_aside] == ["Tags"]


def test_what_a_label_opens_between_lines_of_the_text_is_kept():
    address = ["Adresse:", "Colosseum Theater", "Altendorfer Str. 1", "Telefon: 0201-2402-0"]
    hotline = "(* 0,14 € per minute from a landline in Germany, mobile prices may vary)"
    fields = ["Fax: 0201.2402-403", "Internet: www.colosseumtheater.de"]
    kept, set_aside = split_tail(lines(PROSE, *address, hotline, *fields, "Impressum"))
    assert [k.text for k in kept] == [PROSE, *address, hotline, *fields]
    assert [s.text for s in set_aside] == ["Impressum"]
    # Fields after the closing line count only where the block had fields too.
    plain = ["Adresse:", "Colosseum Theater", "Altendorfer Str. 1"]
    kept, set_aside = split_tail(lines(PROSE, *plain, hotline, "Tags: essays, cities"))
    assert [s.text for s in set_aside] == ["Tags: essays, cities"]
    # Where the page's end matter was found, its rules decide.
    kept, _ = split_tail(lines(PROSE, *address, hotline), end_matter=2)
    assert [k.text for k in kept] == [PROSE]


def test_notes_that_open_with_their_marks_after_the_text_are_kept():
    notes = ["1\u00a0\u00a0 IEA, The Future of Hydrogen, 2019", "[2] A Report, 2020", "³ Ibid."]
    kept, set_aside = split_tail(lines(PROSE, *notes, "Startseite"))
    assert [k.text for k in kept] == [PROSE, *notes]
    assert [s.text for s in set_aside] == ["Startseite"]


def test_a_long_line_cut_off_after_the_text_is_kept():
    cut = "The writer of this letter can be reached by readers at someone*at*"
    kept, set_aside = split_tail(lines(PROSE, cut))
    assert [k.text for k in kept] == [PROSE, cut] and set_aside == []


def test_a_title_line_in_decomposed_unicode_is_recognised_and_kept_as_it_is():
    nfd = unicodedata.normalize("NFD", "Café Solidarité")
    assert nfd != "Café Solidarité"
    titles, _, _, rest = split_head(lines(nfd, PROSE), "Café Solidarité")
    assert [(t.number, t.text) for t in titles] == [(1, nfd)]
    assert [r.text for r in rest] == [PROSE]


def test_in_the_end_matter_only_prose_and_numbered_lines_are_kept():
    blurb = "A teaser's blurb that reads as prose, as the blurbs of related stories often do."
    tail = ["Share this story", "More on this story", "A Story Title", blurb, "Sign me up!"]
    closing = ["Thanks for reading.", "1. Housing for all."]
    kept, set_aside = split_tail(lines(PROSE, *closing, *tail), end_matter=4)
    assert [k.text for k in kept] == [PROSE, *closing, blurb]
    assert [s.text for s in set_aside] == [
        "Share this story",
        "More on this story",
        "A Story Title",
        "Sign me up!",
    ]


def test_a_table_and_its_heading_are_kept_in_the_end_matter_too():
    """A schedule after a news item's last paragraph (cmsworks, unseen set 5): its heading
    has a year, where the end matter is found to begin."""
    heading = "Olympia 2022: Zeitplan bei den Olympischen Spielen in Peking"
    table = ["Tag\tDatum\tWettkampf", "6\tMittwoch, 9. Februar\tEinzel", "12\tDienstag\tTeam"]
    kept, set_aside = split_tail(lines(PROSE, heading, *table, "Mehr zum Thema"), end_matter=2)
    assert [k.text for k in kept] == [PROSE, heading, *table]
    assert [s.text for s in set_aside] == ["Mehr zum Thema"]
    # One row alone is no table: a label with a tab in it is the page's.
    kept, _ = split_tail(lines(PROSE, heading, table[0], "Mehr zum Thema"), end_matter=2)
    assert [k.text for k in kept] == [PROSE]


def test_a_clause_right_under_the_last_paragraph_is_the_text_s_closing_line():
    """A press release ends with the line of a link to its document (unseen set 6, xoops);
    a label or a headline there is the page's, and so is a clause further down."""
    closing = "Hier geht es zur neuen Vorstandsstruktur"
    kept, set_aside = split_tail(lines(PROSE, closing, "Drucken", "Weitere Nachrichten"))
    assert [k.text for k in kept] == [PROSE, closing]
    assert [s.text for s in set_aside] == ["Drucken", "Weitere Nachrichten"]
    kept, _ = split_tail(lines(PROSE, "Weitere Nachrichten Aus Der Region"))
    assert [k.text for k in kept] == [PROSE]
    kept, _ = split_tail(lines(PROSE, "Drucken", closing))
    assert [k.text for k in kept] == [PROSE]


def test_short_lines_before_the_end_matter_are_kept_as_the_authors_sign_off():
    blurb = "A teaser's blurb that reads as prose, as the blurbs of related stories often do."
    text = lines(PROSE, "Love", "Pamela", "Most Popular", blurb, "Another Story Title")
    kept, set_aside = split_tail(text, end_matter=4)
    assert [k.number for k in kept] == [1, 2, 3, 5]
    assert [s.line for s in set_aside] == [4, 6]


def test_a_byline_before_the_end_matter_is_still_the_pages():
    text = lines(PROSE, "Posted by Jane Doe at 12:55 AM", "Most Popular", "A Story Title")
    kept, set_aside = split_tail(text, end_matter=3)
    assert [k.number for k in kept] == [1]
    assert (set_aside[0].line, set_aside[0].rule) == (2, "byline")


def test_a_byline_under_the_text_is_metadata_and_a_teasers_date_is_not():
    text = lines(PROSE, "Posted by Jane Doe at 12:55 AM", "Share this:", "March 17, 2016")
    _, set_aside = split_tail(text)
    assert [s.rule for s in set_aside] == ["byline", "trailing-furniture", "trailing-furniture"]


def test_a_comment_thread_keeps_the_readers_words_and_sets_aside_its_buttons():
    comment = "I read this twice and I still disagree with the second half of the argument."
    text = lines(
        PROSE,
        "View comments (2)",
        "Anonymous",
        comment,
        "reply",
        "April 5, 2018",
        "Jo",
        "Great piece.",
        "reply",
    )
    body, responses, set_aside = split_responses(text, "A Title", thread=2)
    assert [b.number for b in body] == [1]
    assert [(r.number, r.line) for r in responses] == [(1, 4), (2, 8)]
    assert [(s.line, s.rule) for s in set_aside] == [
        (2, "responses-heading"),
        (3, "responses-furniture"),
        (5, "responses-furniture"),
        (6, "responses-furniture"),
        (7, "responses-furniture"),
        (9, "responses-furniture"),
    ]


def test_a_thread_whose_heading_was_set_aside_begins_at_its_next_line():
    text = [Line(1, PROSE), Line(5, "Anonymous"), Line(7, "Great piece.")]
    body, responses, set_aside = split_responses(text, "A Title", thread=3)
    assert [b.number for b in body] == [1]
    assert [(r.number, r.line) for r in responses] == [(1, 7)]
    assert [(s.line, s.rule) for s in set_aside] == [(5, "responses-furniture")]


def test_a_short_sentence_right_above_the_title_is_a_kicker_and_a_widgets_question_is_not():
    titles, head, set_aside, _ = split_head(
        lines("Ready to publish?", "Home", "Words need defenders.", "A Title", PROSE), "A Title"
    )
    assert [t.number for t in titles] == [4]
    assert [(b.kind, b.line) for b in head] == [("standfirst", 3)]
    assert [(s.line, s.rule) for s in set_aside] == [
        (1, "leading-furniture"),
        (2, "leading-furniture"),
        (4, "title"),
    ]


def _kinds(*texts: str, rules=SHAPE_RULES) -> list[str]:
    return [b.kind for b in classify_body(lines(*texts), rules)]


@pytest.mark.parametrize("heading", ["How we got here", "Using standalone mode #", "Kenya trip"])
def test_a_short_line_alone_between_paragraphs_is_a_heading(heading):
    assert _kinds(PROSE, heading, PROSE) == ["paragraph", "heading", "paragraph"]
    assert _kinds(heading, PROSE) == ["heading", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "We left.",
        "Why now?",
        "It was all over!",
        "For example:",
        "and then, the river",
        "By Ann Author",
        "March 3, 2020",
        "— Shay Friedman, 2013",
        # French typography sets "?", "!", ":" apart from the word, with a (no-break) space.
        "Combien d’articles\xa0?",
        "Pourquoi maintenant ?",
        "Voici la liste :",
    ],
)
def test_a_sentence_or_a_lead_in_between_paragraphs_is_never_a_heading(line):
    assert _kinds(PROSE, line, PROSE) == ["paragraph"] * 3


def test_a_short_line_that_does_not_stand_between_paragraphs_is_no_heading():
    # Before a short line, after a line that ends no sentence, or at the text's end (a
    # signature, a line of code, a table's cells).
    assert _kinds(PROSE, "Love", "Pamela") == ["paragraph"] * 3
    assert _kinds(PROSE, "Kenya is getting ready", "Kenya trip", PROSE)[2] == "paragraph"


def test_a_line_before_a_long_lead_in_is_a_heading():
    lead_in = "First, let's see what you can do with this new feature, in a short example:"
    assert _kinds(PROSE, "Write your own loader", lead_in) == ["paragraph", "heading", "paragraph"]
    held_out = tuple(r for r in SHAPE_RULES if r.id != HEADING_BEFORE_LEAD_IN)
    assert _kinds(PROSE, "Write your own loader", lead_in, rules=held_out)[1] == "paragraph"


def test_lines_opening_with_a_bullet_or_a_number_are_a_list_and_keep_their_words():
    texts = ("+ Added Slime Block", "+ Added Iron Trapdoor", "* Villager trading rebalanced")
    blocks = classify_body(lines(PROSE, *texts, PROSE))
    assert [b.kind for b in blocks] == ["paragraph", *["list-item"] * 3, "paragraph"]
    assert [b.text for b in blocks[1:4]] == list(texts)
    assert _kinds(PROSE, "1. Finland", "2. Norway", PROSE)[1:3] == ["list-item"] * 2
    assert _kinds(PROSE, "- one", PROSE) == ["paragraph"] * 3


def test_phrases_after_a_colon_are_a_list():
    lead = "In a wide-ranging interview, the president also said:"
    items = (
        "The country must stay in the union to have influence",
        "He is confident the deal will be passed",
        "He would speak bluntly against corruption",
    )
    assert _kinds(lead, *items, PROSE) == ["paragraph", *["list-item"] * 3, "paragraph"]
    leads = ("Web APIs: what programs use on the Web.", "WASI APIs: what servers use.")
    assert _kinds("There are two kinds of APIs:", *leads, PROSE)[1:3] == ["list-item"] * 2
    # Without the colon, two lines are no list.
    assert _kinds(PROSE, *items[:2], PROSE) == ["paragraph"] * 4


def test_a_run_of_phrases_after_a_sentence_is_a_list_but_code_and_cells_are_not():
    items = ("Lack of mentorship", "A news process without the web", "No editor for the web")
    assert _kinds(PROSE, *items, PROSE) == ["paragraph", *["list-item"] * 3, "paragraph"]
    code = ("var cow = new Cow();", "cow.greets(target);", "});")
    assert "list-item" not in _kinds(PROSE, *code, PROSE)
    cells = ("Entity status", "new", "scheduled_timestamp of the task")
    assert "list-item" not in _kinds(PROSE, *cells, PROSE)
    assert "list-item" not in _kinds(PROSE, *items, PROSE, rules=())


def test_the_shape_rules_name_the_platforms_they_were_written_from():
    assert {r.id for r in SHAPE_RULES} == {r.id for r in shape_rules_not_tuned_on("wordpress")}
    assert PHRASE_LIST not in {r.id for r in shape_rules_not_tuned_on("medium")}
    for platform in ("aem", "static", "medium"):
        held_out = {r.id for r in shape_rules_not_tuned_on(platform)}
        assert {HEADING_BETWEEN_PARAGRAPHS, MARKED_LIST} <= held_out


@pytest.mark.parametrize(
    "capture", sorted((ROOT / "tests" / "corpus").glob("*.txt")), ids=lambda p: p.stem
)
def test_the_body_keeps_one_block_per_line_and_every_word_of_it(capture):
    """Whatever kinds the lines are given, no line is merged with another or loses a word."""
    numbered = [
        Line(n, text) for n, text in enumerate(read_capture(capture), start=1) if text.strip()
    ]
    blocks = classify_body(numbered)
    assert [b.line for b in blocks] == [line.number for line in numbered]
    for block, line in zip(blocks, numbered, strict=True):
        assert words(f"{block.text} {block.attribution or ''}") == words(line.text)


def test_a_capitalised_heading_may_open_a_list():
    items = ("Slow down: do not rush it.", "Listen: let others speak.")
    assert _kinds(PROSE, "Ways to Begin", *items)[1] == "heading"
    assert _kinds(PROSE, "Ways to Begin", "71.1 MB", "13.4 MB")[1] == "paragraph"


def test_a_capitalised_heading_may_open_a_short_paragraph():
    assert _kinds(PROSE, "A Section", "The second paragraph, in a section.")[1] == "heading"


def test_a_tables_row_is_neither_a_heading_nor_a_list_item():
    # A browser copies a table's cells with tabs between them; a plain-text table aligns its
    # columns with runs of spaces.
    rows = ("Revues Générales\t316\t630\t18", "Gestion des R H\t56\t118\t0", "Droit   91   166")
    assert _kinds(PROSE, rows[0], PROSE) == ["paragraph"] * 3
    assert _kinds("Domaine", "Articles", rows[0], rows[1], rows[1]) == ["paragraph"] * 5
    assert _kinds(PROSE, *rows, PROSE) == ["paragraph"] * 5
    assert _kinds(PROSE, "Results By Field", PROSE)[1] == "heading"


@pytest.mark.parametrize(
    "code",
    [
        "$ pyenv install $PYTHON_VERSION",
        "% virtualenv -p python3 env",
        ">>> Import This",
        "Set PATH To ${HOME}/Bin",
        "Show Config With `Get`",
        "Check Whether Done()",
        "Copy ./Requirements.txt",
        "Run Pip Install -r Requirements",
    ],
)
def test_a_line_of_code_between_paragraphs_is_no_heading(code):
    assert _kinds(PROSE, code, PROSE) == ["paragraph"] * 3


def test_a_heading_may_name_a_price_a_formula_or_a_function():
    for heading in ("“Headmaster” ($20)", "Depth of Content = Quality + Frequency"):
        assert _kinds(PROSE, heading, PROSE)[1] == "heading"
    assert _kinds(PROSE, "Why fetch_all Is Slow", PROSE)[1] == "heading"


def test_a_listing_of_commands_is_no_list_of_phrases():
    commands = ("FROM python", "WORKDIR /opt/app/", "COPY ./requirements.txt .", "RUN pip -r x")
    assert "list-item" not in _kinds(PROSE, "The file looks like this", *commands, PROSE)


def test_an_aside_in_brackets_is_no_heading():
    for aside in ("(Symbolic Image)", "[Photo Gallery]"):
        assert _kinds(PROSE, aside, PROSE) == ["paragraph"] * 3
    assert _kinds(PROSE, "(Un)Learning Privilege", PROSE)[1] == "heading"
    assert _kinds(PROSE, "Patient Records (PEPA)", PROSE)[1] == "heading"


def test_a_run_of_short_lines_is_a_listing_whose_last_line_alone_may_head_what_follows():
    contents = ("Introduction", "Data Model", "Ownership Model", "Conclusion")
    # Held out, the phrase-list rule does not make the listing a list.
    no_phrases = tuple(r for r in SHAPE_RULES if r.id != PHRASE_LIST)
    assert _kinds(PROSE, *contents, PROSE, rules=no_phrases) == [
        *["paragraph"] * 4,
        "heading",
        "paragraph",
    ]
    # A heading over a subheading is no listing; nor is a lead-in among short lines.
    assert _kinds(PROSE, "Status Quo", "Analog Processes", PROSE)[1:3] == ["heading"] * 2
    lead_in = "Following are some rules we place on the code:"
    assert _kinds(PROSE, "Lambda Requirements", lead_in, "Idempotence", PROSE)[1] == "heading"


def test_a_short_question_alone_between_paragraphs_may_head_a_section():
    assert may_head_a_section(PROSE, "So what's next?", PROSE)
    assert may_head_a_section(None, "Combien d’articles\xa0?", PROSE)
    # Not after a line that ends no sentence, before a short line, nor a long question.
    assert not may_head_a_section("Pros:", "So what's next?", PROSE)
    assert not may_head_a_section(PROSE, "So what's next?", "Nothing.")
    assert not may_head_a_section(PROSE, "So what's next?", None)
    long_question = (
        "Aren’t those the kinds of things that libertarians say they hate about the state?"
    )
    assert not may_head_a_section(PROSE, long_question, PROSE)
    assert not may_head_a_section(PROSE, "So that is next.", PROSE)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Joan Bardeletti",
        "At the Testing Lab | Photo by Joan Bardeletti",
        "Image: Vjeran Pavic / The Verge",
        "Foto: Sean Gallup/Getty Images",
        "Photo (cc) : Svenwerk",
        "© Reuters",
    ],
)
def test_a_pictures_credit_between_paragraphs_is_no_heading(credit):
    assert _kinds(PROSE, credit, PROSE) == ["paragraph"] * 3


def test_a_heading_may_speak_of_pictures():
    for heading in ("Photographers of the Movement", "Bilder von der Reise", "Image Rights"):
        assert _kinds(PROSE, heading, PROSE)[1] == "heading"


@pytest.mark.parametrize(
    "line",
    [
        "First Published at Cultured",
        "Originally published in The Baffler",
        "Reprinted with permission from Jacobin",
        "Zuerst erschienen in der taz",
        "Publié initialement dans Le Monde diplomatique",
    ],
)
def test_a_short_note_of_where_the_text_was_published_is_one(line):
    assert is_publication_note(line)


@pytest.mark.parametrize(
    "line",
    [
        # A heading of the author's, with no place named after it.
        "First Published Works",
        # A sentence is the author's, whatever it opens with.
        "Originally published in 1850, the novel sold a few hundred copies.",
        "First published in The Nation, the essay was read across the country for a decade",
        # The words inside a line, not opening it.
        "The poems first published in Cultured",
    ],
)
def test_a_heading_or_sentence_about_publishing_is_no_publication_note(line):
    assert not is_publication_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "— NHKニュース (@nhk_news) January 28, 2019",
        "— Tottenham Hotspur (@SpursOfficial) November 20, 2019",
        "Source: Russian Defense Ministry, October 25, 2019",
    ],
)
def test_the_source_line_of_a_quoted_post_is_no_dateline(line):
    """An embedded tweet's attribution (set 15, a diary) says where a quotation comes from."""
    assert not is_dateline(line)


def test_a_date_alone_after_a_dash_is_still_a_dateline():
    assert is_dateline("— January 28, 2019")


def test_a_line_with_a_date_that_goes_on_below_is_no_dateline():
    """A wrapped reference of an Internet-Draft (unseen set 11) ends its line at a comma."""
    assert not is_dateline('W3C Candidate Recommendation 29 January 2013",')
    assert is_dateline("Posted on 29 January 2013")


@pytest.mark.parametrize(
    "text",
    [
        "Posted Nov 19, 2019",
        "Zuletzt geändert am 07.01.2020",
        "2019-11-19 08:00",
        "4 de mayo de 2022",
        "Bettina Kugler19.10.2019, 05:00 Uhr",
        "2014年3月5日",
    ],
)
def test_a_date_to_the_day_is_named(text):
    assert names_a_day(text)


@pytest.mark.parametrize(
    "text",
    [
        "Internet-Draft remoteStorage December 2014",
        "Festival de Cannes 2014",
        "Hora: 14:00",
        "2014年3月",
        "RFC 3987, January 2005.",
    ],
)
def test_a_year_a_month_or_a_clock_time_alone_names_no_day(text):
    assert not names_a_day(text)


@pytest.mark.parametrize(
    "text",
    [
        "Published Nov 8, 2023",
        "Aktualisiert: 30.12.2016",
        "Article mis à jour le 7 janvier 2020.",
        "Stand des Artikels: 26. Februar 2020, 12:30 Uhr.",
        "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02",
    ],
)
def test_a_date_led_by_a_word_of_publishing_is_a_stamp(text):
    assert is_date_stamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "Published in 1850, the novel sold few copies in its first year.",
        "Updated figures show that the council spent more than it said.",
        "Nov 8, 2023",
        "Published on 3 May 2019 by the city's own press, the report was read by few of those "
        "it named, and fewer still of those it blamed.",
        "Updated on 3 May 2019, the rules now require each member to vote.",
    ],
)
def test_a_sentence_or_a_date_alone_is_no_stamp(text):
    assert not is_date_stamp(text)


def test_date_stamps_among_the_text_are_set_aside_as_datelines():
    lines = [Line(1, "A paragraph."), Line(3, "Published Nov 8, 2023"), Line(5, "Another.")]
    rest, set_aside = split_date_stamps(lines)
    assert [line.number for line in rest] == [1, 5]
    assert [(s.line, s.rule) for s in set_aside] == [(3, "dateline")]


@pytest.mark.parametrize(
    "text", ["mercredi 11 septembre 2019", "7 janvier 2020", "le 3 novembre 2021"]
)
def test_french_months_make_a_dateline(text):
    assert is_dateline(text)
