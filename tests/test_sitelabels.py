"""The labels every kind of site sets (edition.texts.sitelabels) and the shape rules of the
second round, applied by edition.texts.furniture on small invented pages."""

import pytest

from edition.texts.furniture import strip_furniture

TEXT = "A paragraph of the essay, which is long enough to be prose and not a widget label."
MORE = "Another paragraph of the essay follows it, and it is long enough to read as prose."


def _rules_of(lines):
    _, removed = strip_furniture(lines)
    return {r.text: r.rule for r in removed}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Skip to main content", "skip-links"),
        ("Toggle navigation", "skip-links"),
        ("Back to top", "skip-links"),
        ("Privacy Policy", "legal-links"),
        ("Terms of Use", "legal-links"),
        ("Impressum", "legal-links"),
        ("Tags: politics, housing, cities", "tag-line"),
        ("Filed under: Essays", "tag-line"),
        ("Your email address will not be published.", "comment-form-fields"),
        ("Required fields are marked *", "comment-form-fields"),
        ("Name *", "comment-form-fields"),
        ("Post Comment", "comment-form-fields"),
        ("1.2k shares", "counters"),
        ("5 min read", "counters"),
        ("Lesezeit: 4 Minuten", "counters"),
        ("Anzeige", "ad-labels"),
        ("Next Chapter", "neighbour-links"),
        ("Vorheriger Beitrag", "neighbour-links"),
        ("Article suivant »", "neighbour-links"),
        ("Weiter ›", "neighbour-links"),
        ("Load more", "more-buttons"),
        ("Mehr anzeigen", "more-buttons"),
        ("Voir plus d'articles", "more-buttons"),
    ],
)
def test_a_label_alone_is_removed_wherever_it_stands(line, rule):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {line: rule}


@pytest.mark.parametrize(
    ("opener", "rule"),
    [
        ("Post a comment", "comments-opener"),
        ("Join the discussion", "comments-opener"),
        ("Sign up for our newsletter", "newsletter-box"),
        ("Newsletter", "newsletter-box"),
        ("Read next", "read-next"),
        ("Lesen Sie auch", "read-next"),
        ("Sur le même sujet", "read-next"),
    ],
)
def test_an_opener_takes_the_labels_after_it_up_to_the_next_prose(opener, rule):
    found = _rules_of([TEXT, MORE, opener, "A Teaser Headline", "Another One", TEXT])
    assert found == {opener: rule, "A Teaser Headline": rule, "Another One": rule}


def test_a_block_ends_at_a_note_of_the_author():
    lines = [TEXT, MORE, "Read next", "A Teaser Headline", "[1] Smith, Cities, 2009", "[2] Ibid"]
    kept, _ = strip_furniture(lines)
    assert [line.text for line in kept] == [TEXT, MORE, "[1] Smith, Cities, 2009", "[2] Ibid"]


@pytest.mark.parametrize(
    "labels",
    [["Home", "About", "Contact"], ["Instagram", "LinkedIn", "WhatsApp"], ["Menu", "Search"]],
)
def test_labels_an_author_may_set_alone_are_removed_in_a_row_outside_the_text(labels):
    found = _rules_of([*labels, TEXT, MORE])
    assert set(found) == set(labels)


@pytest.mark.parametrize("label", ["Home", "Search", "Instagram", "More"])
def test_such_a_label_alone_or_inside_the_text_is_kept(label):
    assert _rules_of([label, TEXT, MORE]) == {}
    assert _rules_of([TEXT, MORE, label, "Contact", TEXT, MORE]) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Privacy policy is what this essay is about, and it matters more than ever.",
        "Tags: the word is small, but it has shaped how we read the web for years.",
        "Newsletter writers have told me that they read every reply they get from readers.",
    ],
)
def test_no_general_rule_removes_prose(sentence):
    assert _rules_of([TEXT, sentence, MORE]) == {}


def test_a_number_above_the_text_does_not_join_a_row_of_labels():
    lines = ["Share", "Tweet", "Donate", "102", TEXT, MORE]
    kept, _ = strip_furniture(lines)
    assert [line.text for line in kept] == ["102", TEXT, MORE]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("×", "icon-glyphs"),
        ("☰", "icon-glyphs"),
        ("A heat pump on a roof © Agency/Photographer", "credit-caption"),
        ("A garda watches over an empty city (Image: @GardaTraffic)", "bracketed-credit"),
        ("Two senators at the Capitol [Photo: J. Doe/Agency]", "bracketed-credit"),
        ("Photo (cc) : svenwerk", "bracketed-credit"),
        ("Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images", "colon-credit"),
        ("Souček after the win at Villa Park. | Foto: Reuters", "colon-credit"),
        ("Hurricane Matthew. Source: NASA", "colon-credit"),
        ("Share this page via Twitter (opens in a new window)", "window-links"),
        ("Seite drucken", "window-links"),
        ("Print this article", "window-links"),
        ("21 minutes - 4312 words", "length-note"),
    ],
)
def test_a_label_read_on_other_pages_is_removed_wherever_it_stands(line, rule):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {line: rule}


def test_a_sentence_that_ends_in_brackets_is_no_credit():
    line = "The figures are the council's own, as it told us in March (source: its report)."
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {}


@pytest.mark.parametrize(
    "line",
    [
        # A quotation's source in a fact-check (unseen pangea page): the text's.
        "Source: Russian Defense Ministry, October 25, 2019",
        # A sentence that names a photograph is no credit: it goes on past the colon.
        "He showed me the photo: a house by the sea, with the shutters closed and the door open.",
    ],
)
def test_a_source_opening_a_line_or_a_sentence_after_a_colon_is_no_credit(line):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {}


def test_a_scene_break_is_no_icon():
    assert _rules_of([TEXT, MORE, "* * *", TEXT, MORE]) == {}


def test_teasers_on_the_subject_are_a_block():
    found = _rules_of([TEXT, MORE, "Weitere Beiträge zum Thema", "Ein Teaser", "Noch einer"])
    assert set(found.values()) == {"topic-teasers"}
    assert len(found) == 3


DATES = ["24. Oktober 2023", "March 3, 2021", "03.10.2023"]


def test_three_dates_alone_after_the_text_are_a_lists():
    lines = [TEXT, MORE]
    for date in DATES:
        lines += ["A Teaser Headline", date]
    found = _rules_of(lines)
    assert {text for text, rule in found.items() if rule == "teaser-dates"} == set(DATES)


def test_two_dates_alone_after_the_text_are_its_own():
    lines = [TEXT, MORE, "A Teaser Headline", DATES[0], "Another Headline", DATES[1]]
    assert "teaser-dates" not in _rules_of(lines).values()


def test_dates_inside_the_text_are_the_authors():
    lines = [TEXT, MORE]
    for date in DATES:
        lines += [date, TEXT, MORE]
    assert _rules_of(lines) == {}


def test_a_comment_counter_by_the_byline_opens_no_block():
    lines = ["A Title", "Kim Doe", "2 responses", "Highlights", "Short item", TEXT, MORE]
    found = _rules_of(lines)
    assert found["2 responses"] == "comment-counters"
    assert "comments-opener" not in found.values()


def test_form_fields_one_under_the_other_are_the_pages():
    lines = [TEXT, MORE, "Your name *", "Subject:", "Comment:", TEXT]
    assert set(_rules_of(lines).values()) == {"form-fields"}
    assert len(_rules_of(lines)) == 3


@pytest.mark.parametrize(
    "lines",
    [["Sources:", "Smith, Cities, 2009"], ["services:", "python-app:", "build:"], ["Note:"]],
)
def test_a_label_that_leads_into_its_matter_is_no_form(lines):
    assert _rules_of([TEXT, MORE, *lines, TEXT, MORE]) == {}


def test_a_headline_said_twice_on_one_line_is_a_link_card():
    card = "How Stores Trick You How Stores Trick You How Stor…"
    assert _rules_of([TEXT, MORE, card, TEXT, MORE]) == {card: "doubled-lines"}


def test_a_phrase_said_twice_in_a_sentence_is_prose():
    sentence = "We said it again and again and again, and nobody in the room would listen."
    assert _rules_of([TEXT, sentence, MORE]) == {}


COMMENT = "A reader's comment, long enough to read as a sentence of prose on the page."


def test_the_buttons_every_comment_carries_are_a_template():
    lines = [TEXT, MORE]
    for _ in range(3):
        lines += ["Edit", "Delete", "Flag", COMMENT]
    found = _rules_of(lines)
    assert set(found) == {"Edit", "Delete", "Flag"}
    assert set(found.values()) == {"template-labels"}


def test_two_repeated_labels_are_too_few_for_a_template():
    lines = [TEXT, MORE]
    for _ in range(3):
        lines += ["Example", "Result", TEXT, MORE]
    assert _rules_of(lines) == {}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Posted in News", "post-labels"),
        ("Tagged jobs, cities", "post-labels"),
        ("Show more related content", "more-links"),
        ("More articles in “News”", "more-links"),
        ("Previous entry: The Winter Issue", "more-links"),
        ("BlogAgencyChangelogContactPrivacy Policy", "glued-labels"),
    ],
)
def test_a_post_label_is_removed_wherever_it_stands(line, rule):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {line: rule}


@pytest.mark.parametrize("line", ["JavaScript", "WordPress and McDonald", "HttpServletRequest x;"])
def test_a_name_or_a_line_of_code_is_no_glued_row(line):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Story continues below advertisement", "ad-breaks"),
        ("You can skip this ad in 5 seconds", "ad-breaks"),
        ("Photo: Jane Doe/Agency", "image-credit"),
        ("Foto: dpa", "image-credit"),
        ("Photo: AP Photo/Evan Vucci, File", "image-credit"),
        ("Log in to comment", "account-links"),
        ("Create an account", "account-links"),
        ("Listen to this article", "player-labels"),
        ("1:02 / 4:30", "player-labels"),
        ("Loading…", "loading-notices"),
        ("Please enable JavaScript to view the comments.", "loading-notices"),
        ("Accept all cookies", "cookie-buttons"),
    ],
)
def test_a_widget_label_is_removed_wherever_it_stands(line, rule):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {line: rule}


def test_a_photographer_named_under_a_photograph_is_kept():
    assert _rules_of([TEXT, MORE, "Photo by Jane Doe", TEXT, MORE]) == {}


def test_a_caption_set_after_image_and_a_colon_is_kept():
    caption = "Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager of Spurs"
    assert _rules_of([TEXT, MORE, caption, TEXT, MORE]) == {}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Related: Rich are paying more in taxes", "inline-teasers"),
        ("Related Topics", "topic-list"),
        ("Read Later", "reading-tools"),
        ("Your video will play in 00:25", "reading-tools"),
        ("Abonnez-vous à partir de 1 €", "subscription-offers"),
        ("Politique ▪ Société ▪ Économie ▪ Culture", "separated-rows"),
        ("Home | World | Business", "separated-rows"),
    ],
)
def test_a_news_pages_label_is_removed_wherever_it_stands(line, rule):
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {line: rule}


def test_a_place_its_note_and_address_between_slashes_are_the_authors():
    line = "Surf Lodge / perfect for the sunset / www.example.com"
    assert _rules_of([TEXT, MORE, line, TEXT, MORE]) == {}


def test_a_teaser_list_goes_with_its_blurbs():
    blurb = "A town decided to pay for rides rather than build a line of buses."
    teasers = [
        line
        for i, date in enumerate(DATES)
        for line in (f"Teaser Headline {i}", blurb + f" ({i})", "Ann Lee", date)
    ]
    found = _rules_of([TEXT, MORE, TEXT, *teasers])
    # The dates alone are credited to teaser-dates, which comes first.
    assert {text for text, rule in found.items() if rule == "teaser-units"} == set(teasers) - set(
        DATES
    )
