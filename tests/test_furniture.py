import pytest

from edition.texts.furniture import EDITOR_RULE, RULES, RULES_BY_ID, strip_furniture

TEXT = "A paragraph of the essay, which is long enough to be prose and not a widget label."


@pytest.mark.parametrize(
    ("furniture", "rule"),
    [
        (
            ["Leave a Reply", "Fill in your details below or click an icon to log in: Logo"],
            "comment-form",
        ),
        (
            ["Leave A Reply", "Social media & sharing icons powered by UltimatelySocial"],
            "comment-form",
        ),
        (
            ["Continue Reading", "Written By", "Another Article: A Teaser", "Read More"],
            "teaser-block",
        ),
        (["More from Agency", "A teaser title"], "teaser-block"),
        (["Rate this article\xa0", "Principles to Guide Our Activism"], "rating-prompt"),
        (["Trending Videos", "Carnage (2017)", "65 min - A blurb of a film..."], "trending-block"),
        (["Subscribe here", "Our library is free"], "subscription-block"),
        (
            ["Subscribe for $5/mo", "Become a Patron. Support Films For Action."],
            "subscription-block",
        ),
    ],
)
def test_blocks_are_removed_to_the_end_when_no_prose_follows(furniture, rule):
    kept, removed = strip_furniture([TEXT, "", *furniture])
    assert [line.text for line in kept] == [TEXT]
    assert removed[0].rule == rule
    assert [r.text for r in removed] == furniture
    assert [r.line for r in removed] == list(range(3, 3 + len(furniture)))


def test_each_line_of_a_block_is_credited_to_the_nearest_opener():
    lines = [
        TEXT,
        "Rate this article",
        "Related title",
        "Trending Articles",
        "Hope",
        "Subscribe here",
    ]
    _, removed = strip_furniture(lines)
    assert [r.rule for r in removed] == [
        "rating-prompt",
        "rating-prompt",
        "trending-block",
        "trending-block",
        "subscription-block",
    ]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tagged , , , , ,", "tag-list"),
        ("Tagged", "tag-list"),
        ("You are commenting using your Twitter account. Log Out /  Change )", "login-prompt"),
        ("Google+ photo", "login-prompt"),
        ("Connecting to %s", "login-prompt"),
        ("%d bloggers like this:", "login-prompt"),
        ("Social media & sharing icons powered by UltimatelySocial", "sharing-plugin"),
        ("Share this:", "sharing-plugin"),
    ],
)
def test_line_rules_remove_single_lines_and_keep_what_follows(line, rule):
    kept, removed = strip_furniture([TEXT, line, TEXT])
    assert [k.number for k in kept] == [1, 3]
    assert [(r.line, r.rule) for r in removed] == [(2, rule)]


@pytest.mark.parametrize(
    "prose",
    [
        "Tagged as a troublemaker, she went on organizing.",
        "We should read more, and continue reading the people who came before us, every day.",
        "Please subscribe to the idea that everyone has a stake in one another's liberation.",
        "Trending topics come and go, but the struggle stays with us.",
        "I will leave a reply to that question for another day, when we have more time.",
        "Subscribe to solidarity, not to charity.",
        "Read more.",
        "This post was shared with sharing icons in mind, as many of ours are.",
    ],
)
def test_prose_that_mentions_furniture_words_is_kept(prose):
    kept, removed = strip_furniture([prose, TEXT])
    assert removed == []
    assert [k.text for k in kept] == [prose, TEXT]


def test_blank_lines_are_dropped_without_being_recorded():
    kept, removed = strip_furniture(["", TEXT, "   ", "\t"])
    assert [k.number for k in kept] == [2]
    assert removed == []


def test_every_rule_has_an_id_and_a_description():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule.description.endswith(".") for rule in RULES)


def test_inside_a_block_a_line_rule_names_the_line_more_exactly():
    lines = [TEXT, "Leave A Reply", "Social media & sharing icons powered by UltimatelySocial"]
    _, removed = strip_furniture(lines)
    assert [r.rule for r in removed] == ["comment-form", "sharing-plugin"]


MORE = "Another paragraph of the essay, after the box, which the author wrote as well."


@pytest.mark.parametrize(
    "box",
    [
        ["Subscribe", "Get the newsletter"],
        ["Trending"],
        ["Read More", "Another Article: A Teaser", "One of the experts is alarmed by what he..."],
        ["Related posts", "Why We Organize: Notes From the Field?"],
    ],
)
def test_a_block_in_the_middle_of_the_text_ends_at_the_next_prose(box):
    kept, removed = strip_furniture([TEXT, *box, MORE, TEXT])
    assert [k.text for k in kept] == [TEXT, MORE, TEXT]
    assert [r.text for r in removed] == box


def test_a_block_ends_at_a_sentence_full_of_names():
    names = (
        '"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, '
        "Chelsea, Real Madrid and Manchester United."
    )
    lines = [TEXT, "More from UK", "A Teaser Title From Another Page", names, "Club statement"]
    kept, removed = strip_furniture(lines)
    assert [k.text for k in kept] == [TEXT, names, "Club statement"]
    assert [r.rule for r in removed] == ["teaser-block", "teaser-block"]


def test_a_short_sentence_never_opens_a_block():
    lines = [TEXT, "Subscribe to solidarity, not to charity.", MORE]
    kept, removed = strip_furniture(lines)
    assert [k.text for k in kept] == lines
    assert removed == []


def test_the_editor_sets_aside_lines_the_rules_keep():
    appeal = "For $5 a month, you will keep this site free of ads and independent of donors."
    kept, removed = strip_furniture([TEXT, "Subscribe here", appeal], frozenset({3}))
    assert [k.text for k in kept] == [TEXT]
    assert [(r.line, r.rule) for r in removed] == [(2, "subscription-block"), (3, EDITOR_RULE)]
    assert "editor" in RULES_BY_ID[EDITOR_RULE].description


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("View comments (27)", "comment-count"),
        ("941 comments", "comment-count"),
        ("There are 13 comments", "comment-count"),
        ("No comments:", "comment-count"),
        ("Share this story", "share-links"),
        ("Share via Email", "share-links"),
        ("61Click to share on Facebook (Opens in new window)61", "share-links"),
        (
            "© 2019 Example Media Limited or its affiliated companies. All rights reserved.",
            "copyright",
        ),
        ("Copyright © 2017 A Blog. Powered by WordPress and a theme.", "copyright"),
        ("Powered by SmartAsset.com", "copyright"),
        ("Advertisement", "advertisement"),
        ("Previous Post: Google Launches Invisible reCAPTCHA", "post-navigation"),
        ("← Previous story Next story →", "post-navigation"),
        ("Copy", "copy-button"),
    ],
)
def test_general_labels_are_removed_one_line_at_a_time(line, rule):
    kept, removed = strip_furniture([TEXT, line, TEXT])
    assert [k.number for k in kept] == [1, 3]
    assert [(r.line, r.rule) for r in removed] == [(2, rule)]


@pytest.mark.parametrize(
    "prose",
    [
        "Copyright law is a bargain struck long ago between authors and their readers.",
        "Advertisement pays for most of what we read, and it shapes what gets written.",
        "Share this story with someone who was not there, and ask what they would have done.",
        "Reply",
        "Comments",
        "Copyright and Its Discontents",
    ],
)
def test_sentences_and_headings_inside_the_text_are_kept(prose):
    lines = [TEXT, MORE, prose, TEXT, MORE]
    kept, removed = strip_furniture(lines)
    assert [k.text for k in kept] == lines
    assert removed == []


@pytest.mark.parametrize(
    ("box", "rule"),
    [
        (["Related Content", "A Story Title", "09.28.15"], "related-block"),
        (["Most Popular", "Transportation", "A Story Title"], "related-block"),
        (["More on this story", "A Story Title", "4 hours ago"], "recommended-block"),
    ],
)
def test_lists_of_other_stories_are_blocks(box, rule):
    kept, removed = strip_furniture([TEXT, *box, MORE])
    assert [k.text for k in kept] == [TEXT, MORE]
    assert [r.text for r in removed] == box
    assert removed[0].rule == rule


def test_a_teaser_title_that_begins_with_related_is_not_a_block_label():
    kept, removed = strip_furniture([TEXT, "Related title", MORE])
    assert [k.text for k in kept] == [TEXT, "Related title", MORE]
    assert removed == []


def test_a_row_of_share_buttons_before_the_text_is_removed_with_its_unknown_labels():
    lines = ["A Title", "Share", "Gift", "Flip", "Email", "Print", TEXT, MORE]
    kept, removed = strip_furniture(lines, title="A Title")
    assert [k.text for k in kept] == ["A Title", TEXT, MORE]
    # "Share" stands by a label no rule knows: the row, not a run of buttons, takes it.
    assert [(r.text, r.rule) for r in removed] == [
        ("Share", "label-row"),
        ("Gift", "label-row"),
        ("Flip", "label-row"),
        ("Email", "share-targets"),
        ("Print", "share-targets"),
    ]


def test_a_short_caption_ending_in_a_full_stop_is_no_label_of_the_row():
    # "VR." reads as an initial, so the caption is not a sentence; its full stop still
    # tells it from a button.
    lines = ["A Title", "Share", "Tweet", "Email", "Sony's PlayStation VR.", TEXT, MORE]
    kept, removed = strip_furniture(lines, title="A Title")
    assert [k.text for k in kept] == ["A Title", "Sony's PlayStation VR.", TEXT, MORE]
    assert len(removed) == 3


def test_a_heading_next_to_a_single_share_button_stays_the_authors():
    lines = ["A Title", "Share", "How We Organize", TEXT, MORE]
    kept, removed = strip_furniture(lines, title="A Title")
    assert [k.text for k in kept] == ["A Title", "Share", "How We Organize", TEXT, MORE]
    assert removed == []


def test_names_of_services_inside_the_text_are_the_authors():
    lines = [TEXT, MORE, "Facebook", "Twitter", "Email", TEXT, MORE]
    kept, removed = strip_furniture(lines)
    assert [k.text for k in kept] == lines
    assert removed == []


def test_names_of_services_after_the_text_are_a_row_of_buttons():
    lines = [TEXT, MORE, "Facebook", "Twitter", "Email"]
    kept, removed = strip_furniture(lines)
    assert [k.text for k in kept] == [TEXT, MORE]
    assert {r.rule for r in removed} == {"share-targets"}


def test_an_empty_page_has_no_furniture():
    assert strip_furniture([]) == ([], [])


def test_a_run_of_labels_no_rule_knows_before_the_text_is_the_pages():
    row = ["Politics", "Long read", "Audio", "Gift", "Listen"]
    lines = ["A Title", *row, TEXT, MORE]
    kept, removed = strip_furniture(lines, title="A Title")
    # The line right above the first paragraph could be its heading: it stays.
    assert [k.text for k in kept] == ["A Title", "Listen", TEXT, MORE]
    assert {r.rule for r in removed} == {"head-runs"}
    assert strip_furniture(lines, rules=(), title="A Title")[1] == []


def test_short_lines_after_a_sentence_under_the_title_are_the_texts():
    # A colophon opens with a sentence and goes on with its lists of software: the text has
    # begun, though its paragraphs do not stand together yet. A standfirst and a row of
    # labels no rule knows have the same shape, and are kept too: no word of a text is lost.
    opening = "This site is written and produced by one person."
    lists = ["Mac Apps", "BBEdit", "Acorn", "MarsEdit", "Napkin", "Server Software"]
    lines = ["A Title", opening, *lists, TEXT, MORE]
    assert strip_furniture(lines, title="A Title")[1] == []


def test_three_labels_before_the_text_are_too_few_to_tell():
    lines = ["A Title", "Politics", "Save", "Gift", "Listen", TEXT, MORE]
    assert strip_furniture(lines, title="A Title")[1] == []


def test_a_table_of_contents_said_again_in_the_text_is_the_authors():
    contents = ["Introduction", "Features", "Data Model", "Results", "Conclusion"]
    lines = ["A Title", *contents, TEXT, MORE]
    for heading in contents:
        lines += [heading, TEXT, MORE]
    assert strip_furniture(lines, title="A Title")[1] == []


def test_a_code_listing_above_the_first_paragraphs_is_no_run_of_labels():
    listing = ["int main() {", "return 0;", "}", "(nop)", ")"]
    lines = ["A Title", TEXT, "A Heading", *listing, "Short words here", TEXT, MORE]
    assert strip_furniture(lines, title="A Title")[1] == []


def test_a_text_whose_paragraphs_never_stand_together_has_no_run_of_labels():
    poem = ["A Title", "the rain", "the hill", "the crow", "the hour", "the end"]
    assert strip_furniture(poem, title="A Title")[1] == []


def test_a_menu_said_again_in_the_footer_is_the_pages_above_the_text():
    lines = ["A Title", "Home", "Essays", "Politics", TEXT, MORE, "Home", "Essays", "© 2024"]
    removed = strip_furniture(lines, title="A Title")[1]
    # "Politics", said once, stays; the footer's lines are the end matter's to remove.
    assert [(r.text, r.rule) for r in removed] == [
        ("Home", "head-repeats"),
        ("Essays", "head-repeats"),
        ("© 2024", "copyright"),
    ]
    assert strip_furniture(lines, rules=(), title="A Title")[1] == []


def test_a_heading_said_again_after_the_text_stays_above_its_paragraph():
    lines = ["A Title", "Why It Matters", TEXT, MORE, "Why It Matters"]
    assert strip_furniture(lines, title="A Title")[1] == []


def test_no_rule_takes_a_piece_of_a_sentence_the_capture_set_on_its_own_line():
    above = "Additionally, all spaces in the query must be replaced with a"
    lines = [above, "+", ". To build the URL, we format the query."]
    kept, removed = strip_furniture(lines)
    assert [line.text for line in kept] == lines and not removed
    # The same glyph alone between sentences is a button.
    _, removed = strip_furniture(["A sentence ends here.", "+", "Another one begins."])
    assert [s.rule for s in removed] == ["icon-glyphs"]
