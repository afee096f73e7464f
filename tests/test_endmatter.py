"""Where the text ends and the page's end matter begins; where reader comments begin."""

from edition.texts.endmatter import (
    comment_thread_shape,
    comment_thread_start,
    end_matter_start,
    headline_runs,
    label_runs,
    page_marks,
    teaser_lists,
)
from edition.texts.furniture import (
    COMMENT_SHAPE,
    COMMENT_STAMPS,
    HEADLINE_LISTS,
    HEADLINE_RUNS,
    LABEL_RUN_END,
    LABEL_RUNS,
    PAGE_MARKS,
    RULES,
    RULES_BY_ID,
    TEASER_BLURBS,
)

PROSE = "A paragraph of the essay, which is long enough to be prose and not a widget label."
MORE = "Another paragraph of the essay, which the author wrote to follow the first one."
BLURB = "A teaser's blurb reads as prose too, as the blurbs of related stories often do."
COMMENT = "I read this twice and I still disagree with the second half of the argument."


def test_the_end_matter_begins_at_the_first_label_after_the_last_paragraphs():
    lines = [
        PROSE,
        MORE,
        "Share this story",
        "More on this story",
        "Another Story Title",
        BLURB,
        "A Third Story Title",
        "© 2024 Example Media",
    ]
    assert end_matter_start(lines, RULES) == 3


def test_it_never_begins_inside_the_text():
    lines = [PROSE, MORE, "Share this story", PROSE, MORE, "Most Popular", "A Story Title"]
    assert end_matter_start(lines, RULES) == 6


def test_a_label_after_the_text_begins_the_end_matter_before_a_feed_s_paragraphs():
    """A magazine page goes on after the text with a feed of other stories, one of which
    quotes two paragraphs (unseen set 6, clay): those stand together, the text's do not."""
    feed = ["Most Popular", *["A Story Title", "By A. Writer", "7:00 a.m."] * 4]
    lines = [PROSE, MORE, "Share this story", "More on this story", *feed, BLURB, COMMENT]
    assert end_matter_start(lines, RULES) == 3


def test_the_end_matter_does_not_begin_above_the_title():
    """A cookie notice's two paragraphs above the menu and the title stand together too
    (unseen set 6, timetoweb): the text begins under the title."""
    notice = [PROSE.replace("essay", "notice"), MORE.replace("essay", "notice")]
    menu = ["Share this story", "Most Popular", *(f"Section {n}" for n in range(50))]
    text = ["A Title", PROSE, MORE, PROSE, MORE, "Most Popular", "A Story Title"]
    lines = [*notice, *menu, *text]
    assert end_matter_start(lines, RULES, title=len(notice) + len(menu) + 1) == len(lines) - 1
    assert end_matter_start(lines, RULES) == 3


def test_a_box_inside_the_text_does_not_end_it_where_the_paragraphs_go_on():
    """A newsletter box between paragraphs (news-citylab-neon): the text's paragraphs stand
    together again soon after it, with a caption between them."""
    box = ["Share this story", "Sign up for our newsletter.", "Subscribe"]
    after = [PROSE, "A neon sign, 1990", MORE, PROSE, "Most Popular"]
    titles = [f"Story Title {n}" for n in range(8)]
    assert end_matter_start([PROSE, MORE, *box, *after, *titles], RULES) == 10


def test_a_label_over_a_long_list_of_the_author_s_does_not_end_the_text():
    """An advertisement's label inside the text, then twenty short items of the author's,
    then sections of paragraphs: the text reads so again within a few windows."""
    items = [f"Demand number {n}" for n in range(20)]
    sections = [line for n in range(2) for line in (f"Heading {n}", PROSE, MORE)]
    lines = [PROSE, MORE, "Advertisement", *items, *sections, "Most Popular", "A Story"]
    assert end_matter_start(lines, RULES) == len(lines) - 1
    # Further on than a few windows, paragraphs that stand together are the page's (a feed).
    lines = [PROSE, MORE, "Advertisement", *items * 3, *sections, "Most Popular", "A Story"]
    assert end_matter_start(lines, RULES) == 3


def test_a_stray_widget_among_the_texts_last_paragraphs_does_not_end_the_text():
    lines = [
        PROSE,
        MORE,
        "Advertisement",
        "What We Learned",
        PROSE,
        "What Comes Next",
        MORE,
        "Who Pays for It",
        PROSE,
    ]
    assert end_matter_start(lines, RULES) is None


def test_a_text_whose_paragraphs_never_stand_together_tells_too_little():
    lines = [PROSE, "A Heading", MORE, "Share this story", "Most Popular"]
    assert end_matter_start(lines, RULES) is None


def test_without_the_rules_that_know_its_labels_there_is_no_end_matter():
    lines = [PROSE, MORE, "Share this story", "Most Popular", "A Story Title"]
    assert end_matter_start(lines, ()) is None


THREAD = [
    PROSE,
    MORE,
    "View comments (2)",
    "Anonymous",
    COMMENT,
    "reply",
    "April 5, 2018",
    "Jo",
    "Thank you for writing this, it named something I had felt for years.",
    "reply",
]


def test_reader_comments_after_the_text_are_found_by_their_heading_and_reply_buttons():
    assert comment_thread_start(THREAD, RULES) == 3


def test_a_comment_counter_without_reply_buttons_after_it_opens_no_thread():
    lines = [PROSE, MORE, "941 comments", "Share this story", BLURB, "Most Popular"]
    assert comment_thread_start(lines, RULES) is None


def test_a_comment_counter_above_the_text_opens_no_thread():
    lines = ["941 comments", PROSE, MORE, "Reply", "Reply"]
    assert comment_thread_start(lines, RULES) is None


def test_reader_comments_end_the_search_for_the_end_matter():
    # The comments' paragraphs stand together like the text's: the search stops at them.
    lines = [*THREAD, COMMENT, COMMENT, "Share this story", "Most Popular"]
    assert end_matter_start(lines, RULES) == 13
    assert end_matter_start(lines, RULES, until=comment_thread_start(lines, RULES)) is None


# A thread whose labels no rule knows (held out): only its shape tells.
SHAPED = [
    PROSE,
    MORE,
    "Like",
    "Tweet",
    "Email",
    "Leave this field blank",
    "Kim",
    COMMENT,
    "Antworten",
    "April 5, 2018 at 6:32 PM",
    "Jo",
    "Thank you for writing this, it named something I had felt for years.",
    "Antworten",
    "April 6, 2018 at 2:20 AM",
    "Sam",
    "I had not thought of it that way.",
    "Antworten",
]


def test_a_comment_thread_is_recognised_by_its_shape_without_its_wording():
    # The header of the first unit is as long as the second's (a timestamp and a name).
    assert comment_thread_start(SHAPED, (COMMENT_SHAPE,)) == 6
    assert comment_thread_start(SHAPED, ()) is None


def test_a_live_blogs_entries_right_under_its_opening_are_no_thread():
    # Its entries have the shape of comments, but no page matter stands above them.
    entry = ["Updated", "12:05pm", COMMENT, "Share"]
    assert comment_thread_shape([PROSE, MORE, *entry * 4]) is None
    assert comment_thread_shape([PROSE, MORE, "Like", "Tweet", "Email", *entry * 4]) == 6


def test_a_repeated_line_among_the_texts_paragraphs_is_no_thread():
    # A dialogue repeats its speakers' names between sentences, but carries no timestamps.
    dialogue = [PROSE, MORE, *["Kim", "(laughing)", COMMENT, "Jo", "(quietly)", MORE] * 3]
    assert comment_thread_shape(dialogue) is None


def test_a_thread_of_two_comments_is_too_little_to_tell():
    assert comment_thread_shape(SHAPED[:13]) is None


def test_a_thread_never_begins_above_the_texts_last_paragraph():
    # Comments without a header, right under the text, could be its own paragraphs.
    lines = [PROSE, MORE, *[COMMENT, "Antworten", "6:32 PM"] * 3]
    assert comment_thread_shape(lines) is None


TAIL = [
    PROSE,
    MORE,
    "Love",
    "Pamela",
    "Link copied",
    "Link copied",
    "Home",
    "About",
    "Home",
]


def test_the_end_matter_begins_at_the_first_line_whose_shape_marks_it_as_the_pages():
    # "Love" and "Pamela" are the author's sign-off: nothing marks them.
    assert end_matter_start(TAIL, (PAGE_MARKS,)) == 5
    assert end_matter_start(TAIL, ()) is None


def test_dates_and_teasers_cut_off_mark_the_page():
    lines = [PROSE, MORE, "Sources:", "Posted by Jo on 3 May 2019", "Labels: a, b"]
    assert page_marks(lines, 2) == [False, False, False, True, False]
    lines = [PROSE, MORE, "A Story Title That Runs On And On...", "Another"]
    assert page_marks(lines, 2) == [False, False, True, False]
    # A longer line with a year in it is a rule of the text's as often (set 14's guidelines).
    rule = "no space between day, month and year (e.g. 9.9.2019)"
    assert page_marks([PROSE, MORE, rule], 2) == [False, False, False]


def test_a_year_a_clock_time_or_a_date_leading_on_marks_nothing():
    """A match report's kick-off time, a reference's month and year, a wrapped reference's
    date before its comma: the text's (unseen joomla and rfcmarkup pages)."""
    lines = [PROSE, MORE, "Hora: 14:00", "Internet-Draft remoteStorage December 2014"]
    lines += ["W3C Candidate Recommendation 29 January 2013,", "Posted 29 January 2013"]
    assert page_marks(lines, 2) == [False] * 5 + [True]


def test_a_line_repeated_only_before_the_text_does_not_mark_its_end():
    # A table of contents above the text repeats its closing heading.
    lines = ["Conclusion", PROSE, MORE, "Conclusion", "Short closing words", "A label"]
    assert page_marks(lines, 3) == [False] * 6


def test_the_first_unit_is_read_with_the_second_units_layout():
    # Each comment: a name, a timestamp run into its "am", the words, a like count, a button.
    # Read from the like count, the second unit's header would take in the first unit's
    # button and the line above the thread: of the buttons' readings, the latest start wins.
    unit = ["jo", "3/09/15 8:14am", COMMENT, "12Reply", "Flagged"]
    lines = [PROSE, MORE, "Share", "Tweet", "Discussions", *unit * 3]
    assert comment_thread_shape(lines) == 6


LONG_ITEM = "mstriemer hid the print setting that does not relate to PDFs in the dialog Bug 1669725"


def test_a_shape_alone_does_not_end_the_text_above_its_long_items():
    # A heading with a year over release notes: long lines, not sentences, are the text's.
    lines = [PROSE, MORE, "2021 Planning underway", *[LONG_ITEM] * 6, "Jan 2, 2020", "Home"]
    assert end_matter_start(lines, (PAGE_MARKS,)) == 10


def test_a_closing_note_trailing_off_after_a_sentence_does_not_begin_the_end_matter():
    """An author's update under the text ends in an ellipsis (an SQL tutorial of unseen set
    5); a teaser is cut off before a sentence of prose is whole."""
    note = (
        "UPDATE: many readers asked me how I created the charts in this article... well, I "
        "used a new editor. It is made for editing queries together with the whole team. If "
        "you need one, go check it out..."
    )
    teaser = "Stack Overflow published the results of its survey, summarizing responses from…"
    after = ["Subscribe", "Home", "About"]
    assert end_matter_start([PROSE, MORE, note, *after, teaser], (PAGE_MARKS,)) == 7
    assert end_matter_start([PROSE, MORE, teaser, *after], (PAGE_MARKS,)) == 3


def test_one_line_said_again_after_the_text_is_a_refrain_not_a_menu():
    poem = [PROSE, MORE, "And still we rise", "out of the cold", "And still we rise"]
    assert not any(page_marks(poem, 2))
    menus = [*poem, "Home", "About", "Home", "About"]
    assert page_marks(menus, 2) == [False, False, True, False, True, True, True, True, True]


def test_a_shape_does_not_end_the_text_where_the_text_goes_on_after_it():
    # An embedded video player's labels (timestamps, repeated), then the article again.
    player = ["Current Time 0:00", "Chapters", "Chapters", "Duration Time 0:00", "Close"] * 3
    rest = ["A Caption Of The Photo", PROSE, "2. A numbered heading", MORE, "Another caption"]
    lines = [PROSE, MORE, *player, *rest, PROSE, "3. Another heading", MORE]
    assert end_matter_start(lines, (PAGE_MARKS,)) is None


def test_a_code_listings_repeated_keywords_are_no_comment_buttons():
    # "SELECT" recurs with the author's sentences and logged timestamps between: the lines
    # said once between two of them are many, as no comment's header is.
    page = [f"Menu item {n}" for n in range(12)]
    query = ["SELECT", "period,", "entries", "FROM logs", "WHERE period > now()"]
    lines = [PROSE, MORE, *page]
    for n in range(4):
        lines += [f"Then we count step {n} of the query, as the listing below does it."]
        lines += [*query, *[f"{400 + k} | 2020-08-0{n + 1} 18:0{k} | {k}" for k in range(6)]]
    assert comment_thread_shape(lines) is None
    # Symbols are no button either: "}" closes every object of a listing.
    listing = [PROSE, MORE, *page]
    for n in range(4):
        listing += [f"Step {n}", f"Step {n} of the protocol, as the next object shows.", "{"]
        listing += [f'"at": "12:0{n}"', "}"]
    assert comment_thread_shape(listing) is None


MENU = ["Home", "Essays", "About us", "Contact"]


def test_a_run_of_short_labels_after_the_text_is_the_pages():
    lines = [PROSE, MORE, "Love,", "Pamela", *MENU, "© Example, 2024"]
    assert label_runs(lines, 2) == [False] * 4 + [True] * 5
    assert end_matter_start(lines, (LABEL_RUNS,)) == 5
    assert end_matter_start(lines, ()) is None


def test_a_sign_off_or_a_list_of_sources_is_no_run_of_labels():
    # Too short a run; a line that introduces what follows; web addresses.
    sources = ["Sources:", "1 https://example.org/a", "2 https://example.org/b"]
    lines = [PROSE, MORE, "Love,", "Pamela", *sources, "3 www.example.org/c", "Thanks"]
    assert not any(label_runs(lines, 2))


def test_an_address_without_its_scheme_or_a_price_is_no_label_of_a_run():
    # A note's source and a book's details, under the text's last paragraphs.
    details = ["example.org/a/31544183.html", "84,80 Euro", "$12.99"]
    for line in details:
        lines = [PROSE, MORE, line, *MENU]
        assert label_runs(lines, 2)[2] is False, line
        assert label_runs(lines, 2)[3:] == [True] * len(MENU)


def test_a_run_of_labels_begins_past_the_last_items_of_the_list_above_it():
    """A match report's top scorers: the last ones are short enough to read as labels, but
    they have the marks of the line above the run (a name, a club in brackets, a number), so
    the run of the page's labels begins after them."""
    scorers = ["Marcel Hernández (Cartaginés) 7", "Freddy Góndola (Alajuelense) 6"]
    lines = [PROSE, MORE, "Randall Azofeifa (Sporting FC) 6", *scorers, *MENU]
    assert label_runs(lines, 2) == [False] * 5 + [True] * len(MENU)
    # Under a line with no marks, or with other marks, they begin the run as before.
    for above in ("Top scorers of the season so far", "Randall Azofeifa, Sporting FC, 6 goals"):
        assert label_runs([PROSE, MORE, above, *scorers, *MENU], 2)[3:] == [True] * 6


def test_a_run_of_labels_ends_the_text_where_few_long_lines_follow():
    headline = "Council votes to close the old harbour bridge for repairs next spring"
    lines = [PROSE, MORE, *MENU, "Latest", *MENU, "Popular", "Older", "Newer", *[headline] * 4]
    # Alone, the run lets the long lines further on hold the text open; with label-run-end
    # only prose is kept after it.
    assert end_matter_start(lines, (LABEL_RUNS,)) is None
    assert end_matter_start(lines, (LABEL_RUNS, LABEL_RUN_END)) == 3
    assert end_matter_start(lines[:-4], (LABEL_RUNS,)) == 3


# Other articles' headlines in sentence case: long lines of the text's kind, ending no sentence.
HEADLINES = [
    "The council votes to close the old harbour bridge for repairs next spring",
    "Why the city's night buses are running late again this winter season",
    "A new museum of maps opens its doors in the former railway station",
    "Fishermen say the warmer sea has brought new kinds of fish to the coast",
    "The school board will hear parents on the longer day at its next meeting",
    "How a small bakery in the old town learned to sell its bread online",
]


def test_a_list_of_headlines_after_a_run_of_labels_is_no_return_of_the_text():
    # A menu and tags, then other articles: few long lines follow the run, but some do later.
    labels = [*MENU, "Topics", "harbour", "council", "transport", "Privacy", "Terms", "More"]
    lines = [PROSE, MORE, *labels, *HEADLINES]
    assert end_matter_start(lines, (LABEL_RUNS,)) is None
    assert end_matter_start(lines, (LABEL_RUNS, HEADLINE_LISTS)) == 3
    # A notice among the headlines is one sentence; with two, the text may be going on there.
    notice = [*labels, *HEADLINES[:3], BLURB, *HEADLINES[3:]]
    assert end_matter_start([PROSE, MORE, *notice], (LABEL_RUNS, HEADLINE_LISTS)) == 3
    going_on = [*labels, *HEADLINES[:2], BLURB, HEADLINES[2], COMMENT, *HEADLINES[3:]]
    assert end_matter_start([PROSE, MORE, *going_on], (LABEL_RUNS, HEADLINE_LISTS)) is None


def test_a_list_of_headlines_after_a_label_is_no_return_of_the_text_before_the_foot():
    # A share button a rule knows, the site's latest headlines with their ages, its menu,
    # then a notice's paragraphs that stand together at the page's foot.
    latest = [line for headline in HEADLINES for line in (headline, "20 hours ago")]
    menu = [f"Section {n}" for n in range(40)]
    lines = [PROSE, MORE, "Share this story", *latest, *menu, BLURB, COMMENT]
    share = (RULES_BY_ID["share-links"],)
    assert end_matter_start(lines, share) is None
    assert end_matter_start(lines, (*share, HEADLINE_LISTS)) == 3


def test_a_run_of_labels_followed_closely_by_long_lines_does_not_end_the_text():
    lines = [PROSE, MORE, *MENU, *[LONG_ITEM] * 6]
    assert end_matter_start(lines, (LABEL_RUNS, LABEL_RUN_END)) is None


def test_a_thread_recognised_by_its_timestamps_stops_the_search_for_the_end_matter():
    comment = "Thank you for writing this. It named something I had felt for years."
    units = [line for _ in range(3) for line in ("Kim", "2 days ago", comment, comment)]
    lines = [PROSE, MORE, "Share", "Tags", "Leave a comment", *units]
    assert comment_thread_start(lines, (COMMENT_STAMPS,)) == 6
    assert comment_thread_start(lines, ()) is None


LEAD_IN = "If you want more of the same mood, here are a few things to watch and read:"


def test_runs_of_labels_the_text_leads_into_are_its_list():
    # Titles under their headings: a longer title breaks the run, which the lead-in still holds.
    films = ["Films", "The Night of the Hunter", "Winter's Bone", "Paper Moon", "Harlan County"]
    shows = ["Series", "Treme", "True Blood", "The Wire, all five seasons of it", *films]
    lines = [PROSE, MORE, LEAD_IN, *shows, "Books", "Beloved", "Sula", "Jazz", *MENU]
    assert not any(label_runs(lines, 2))
    assert end_matter_start(lines, (LABEL_RUNS, LABEL_RUN_END)) is None
    # What the list announced ends with a sentence; a menu after it is the page's again.
    after = [PROSE, MORE, LEAD_IN, "Films", "Paper Moon.", *MENU]
    assert label_runs(after, 2) == [False] * 5 + [True] * 4


def test_a_mark_of_shape_over_a_paragraph_is_a_question_of_the_text():
    # An interviewer's question trails off; the answer follows.
    lines = [PROSE, MORE, "You will have to explain that …", PROSE, "Newsletter", "Sign up"]
    assert end_matter_start(lines, (PAGE_MARKS,)) is None
    assert end_matter_start([PROSE, MORE, "A teaser cut off …", "Newsletter"], (PAGE_MARKS,)) == 3


def test_a_thread_is_found_by_its_heading_and_reply_buttons_in_other_languages():
    prose = "A paragraph of the text, long enough to read as the author's prose on the page."
    comment = "Un commentaire de lecteur, assez long pour se lire comme une phrase entière."
    lines = [prose, prose, "Commentaires", comment, "Répondre à ce message", comment]
    lines += ["Répondre à ce message"]
    assert comment_thread_start(lines, RULES) == 3


LISTING = ["@classmethod", "def setUpClass(cls):", "super().setUpClass()", "..."]
PARAGRAPH = (
    "It seemed pretty isolated to me, since the test gets its own browser and touches no file, "
    "so I looked for what else could hold on to the state of an earlier test, and after a long "
    "evening of reading the framework's own code I found a cache of the static files' finders "
    "that no test had ever cleared, which explained why the test passed alone and failed in "
    "the suite."
)


def test_a_full_paragraph_after_repeated_lines_shows_that_the_text_goes_on():
    """A post whose sections are each a heading, a paragraph and a code listing (unseen set
    11): the listings' lines repeat after its last two paragraphs that stand together, but a
    full paragraph later shows that the text goes on; without it they begin the end matter."""
    closing = PARAGRAPH.replace("It seemed", "In the end it seemed")
    lines = [PROSE, MORE, *LISTING, *LISTING, "Finding a Fix", PARAGRAPH, *LISTING, closing]
    assert end_matter_start(lines, RULES) is None
    assert end_matter_start([PROSE, MORE, *LISTING, *LISTING, "Finding a Fix"], RULES) == 3


def test_a_printed_pages_running_head_after_the_last_paragraphs_does_not_end_the_text():
    """A paginated document's last pages hold its references, which read as no prose; the
    running head at each page's top is said on every page, not where the text ends (its date
    named to the day, a head's date marks the page but for the running-heads rule)."""
    head = "Internet-Draft remoteStorage 2 December 2014"
    references = [
        line
        for tag, rfc in (("HTTP", 7231), ("COND", 7232), ("RANGE", 7233), ("CACHE", 7234))
        for line in (f"[{tag}]", f"Fielding et al., HTTP/1.1, RFC {rfc}")
    ]
    lines = []
    for page in range(1, 4):
        lines += [PROSE, MORE, f"de Jong [Page {page}]", head]
    lines += [*references, "de Jong [Page 4]"]
    assert end_matter_start(lines, RULES) is None
    without = tuple(rule for rule in RULES if rule.id != "running-heads")
    assert end_matter_start(lines, without) == 12


def test_a_share_row_said_above_the_title_and_again_after_the_text_begins_the_end_matter():
    """Even before the page's last paragraphs that stand together (a site's rules for its
    community, after its lists of other stories): the row is the page's head said again."""
    row = ["Reddit", "Pinterest", "Telegram", "WhatsApp"]
    headlines = [f"Another Story Title Number {n} Of The Day" for n in range(40)]
    rules = [*headlines, BLURB, BLURB.replace("teaser's", "site's")]
    lines = [*row, "A Title", PROSE, MORE, *row, "Most Read", *rules]
    assert end_matter_start(lines, RULES, title=5) == 8
    without = tuple(rule for rule in RULES if rule.id not in {"echoed-runs"})
    assert end_matter_start(lines, without, title=5) != 8
    # An author's list of short items, not said above the title, does not end the text.
    names = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Evans"]
    lines = [*row, "A Title", PROSE, MORE, *names, "Most Read", *rules]
    assert end_matter_start(lines, RULES, title=5) != 8


# Other articles' headlines as a site lists them after the text: each begins with a capital,
# none ends a sentence (but a question may).
RELATED = [
    "The Harbour Bridge Closes for Repairs Next Spring",
    "Why the night buses are late again this winter",
    "Could the old railway station become a museum?",
    "Fishermen find new kinds of fish off the coast",
]
FOOTER = ["Imprint", "Privacy", "Contact the editors"]


def test_a_run_of_headlines_under_a_heading_begins_the_end_matter():
    lines = [PROSE, MORE, "Further reading", *RELATED, *FOOTER]
    assert headline_runs(lines, 2) == [False] * 2 + [True] * 5 + [False] * 3
    assert end_matter_start(lines, (HEADLINE_RUNS,)) == 3
    assert end_matter_start(lines, ()) is None


def test_a_headline_in_headline_capitals_heads_the_run_itself():
    lines = [PROSE, MORE, "More Great Stories From Us", *RELATED, *FOOTER]
    assert end_matter_start(lines, (HEADLINE_RUNS,)) == 3
    # In the capitals of a sentence, a first item under no heading may be the text's.
    lines = [PROSE, MORE, *RELATED[1:], RELATED[1], *FOOTER]
    assert end_matter_start(lines, (HEADLINE_RUNS,)) is None


def test_a_run_of_headlines_refuses_the_text_s_own_lists():
    # Two headlines could be the author's closing pair of links.
    assert end_matter_start([PROSE, MORE, "Read more", *RELATED[:2]], (HEADLINE_RUNS,)) is None
    # A list a lead-in leads into is the text's.
    led = [PROSE, MORE, "Sources:", *RELATED, *FOOTER]
    assert end_matter_start(led, (HEADLINE_RUNS,)) is None
    # A code listing's imports and a hard-wrapped paragraph's lines are no headlines.
    code = [
        "from django.conf import settings",
        "from django.test.utils import override_settings",
        "from selenium.webdriver.common.by import By",
    ]
    assert end_matter_start([PROSE, MORE, "Tests", *code], (HEADLINE_RUNS,)) is None
    wrapped = [
        "Sharing what we know is the first act of friendship",
        "between thinking beings, and it binds them together",
        "more than any law or contract that could be written",
    ]
    assert end_matter_start([PROSE, MORE, "A Quote", *wrapped], (HEADLINE_RUNS,)) is None


def test_a_run_of_headlines_does_not_end_the_text_where_it_comes_back():
    # A list of the author's under its heading, then the text going on in paragraphs that
    # stand alone, each under its figure (the list's own lines not counted as the text's).
    more = ["The Second Bridge Over the River", "A Third Item in the Author’s List", "And a Fourth"]
    going_on = [PROSE, "Figure 1", MORE, "Figure 2", BLURB, "Figure 3", COMMENT, "Figure 4"]
    lines = [PROSE, MORE, "Four questions", *RELATED, *more, *going_on]
    assert end_matter_start(lines, (HEADLINE_RUNS,)) is None
    assert end_matter_start([PROSE, MORE, "Four questions", *RELATED, *more], (HEADLINE_RUNS,)) == 3


# A list of other articles that gives each headline its blurb, a sentence that reads as prose.
TEASERS = [
    "More from our writers",
    RELATED[0],
    "The bridge will be closed to cars for six months while its cables are replaced.",
    RELATED[1],
    "Drivers say the buses wait too long at the depot before they set out each night.",
    "12 March 2024",
    RELATED[3],
    "A survey boat found three species that nobody had recorded in the bay before.",
]


def test_a_list_of_teasers_with_blurbs_begins_the_end_matter():
    lines = [PROSE, MORE, *TEASERS, *FOOTER]
    blurbs, listed = teaser_lists(lines, 2)
    assert [n for n, flag in enumerate(blurbs, start=1) if flag] == [5, 7, 10]
    assert [n for n, flag in enumerate(listed, start=1) if flag] == [3, 4, 6, 8, 9]
    assert end_matter_start(lines, (TEASER_BLURBS,)) == 3
    # Without the rule the blurbs read as the text going on after the heading.
    assert end_matter_start(lines, ()) is None


def test_a_list_of_teasers_with_blurbs_lets_a_label_above_it_begin_the_end_matter():
    # The blurbs, one line in two, no longer hold off the label a rule knows above the list.
    lines = [PROSE, MORE, "Share this story", *TEASERS[1:], *FOOTER]
    without = tuple(rule for rule in RULES if rule is not TEASER_BLURBS)
    assert end_matter_start(lines, RULES) == 3
    assert end_matter_start(lines, without) != 3


def test_teaser_blurbs_refuse_the_text_s_sections():
    # Two teasers could be the text's last two sections.
    assert end_matter_start([PROSE, MORE, *TEASERS[:5], *FOOTER], (TEASER_BLURBS,)) is None
    # A paragraph of sixty words or more under each heading is the text's.
    long = " ".join([BLURB.rstrip(".")] * 5) + "."
    sections = [TEASERS[0], RELATED[0], long, RELATED[1], long, RELATED[3], long]
    assert not any(teaser_lists([PROSE, MORE, *sections], 2)[0])
    # Two lines of prose that stand together under a heading are paragraphs, not a blurb.
    paired = [TEASERS[0], RELATED[0], BLURB, COMMENT, RELATED[1], BLURB, COMMENT]
    assert not any(teaser_lists([PROSE, MORE, *paired, RELATED[3], BLURB, COMMENT], 2)[0])
    # Under a line that is no headline (a figure's label), a short paragraph is no blurb.
    figures = [TEASERS[0], "Figure 1", BLURB, "Figure 2", COMMENT, "Figure 3", BLURB]
    assert not any(teaser_lists([PROSE, MORE, *figures], 2)[0])
