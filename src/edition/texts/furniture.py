"""Page furniture: the parts of a captured web page that are not the text.

Rules are general (patterns of what such furniture says), never line numbers of one file.
A *line rule* removes the lines it matches.  A *block rule* matches a short label (never a
sentence) that opens a block of furniture: a comment form, a teaser list, a rating prompt
followed by trending lists, a subscription box.  The block runs until the first line that
reads as prose (``edition.texts.prose``), so a mid-article "Subscribe" box takes only itself and
its labels, never the paragraphs after it.  No rule removes a line that reads as prose.
Inside a block each line is credited to the line rule it matches or else to the block's
opener, so the textual notes say which kind of furniture each line was.

Some labels are words an author may write too. A rule for labels that come in runs
("Facebook", "Email": share buttons) fires only outside the text and only next to another
label; a rule for labels after the text ("Reply") removes nothing, and only tells
``edition.texts.endmatter`` where the page's end matter and its comment thread are. Before the
text, a row of short labels of which a rule knows two is the page's (``label-row``), with
the labels no rule knows ("Tweet", "Save"). Each rule names the platforms its wording was
taken from (``tuned_on``), so that the benchmark scores it on the others.

The wording of the labels sites of every kind set is in ``edition.texts.sitelabels``; the
shapes that mark a line as the page's whatever its wording (dates alone under teasers, a
template's buttons, a menu in one line), in ``edition.texts.lineshapes``.

Lines the rules keep but the editor knows to be furniture are set aside by the editor's
decision (``editor_furniture``), recorded in the provenance record and listed as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from edition.texts.document import Line, SetAside
from edition.texts.lineshapes import (
    LETTER,
    form_fields,
    is_doubled,
    is_glued,
    is_separated_row,
    is_word_label,
    outside_text,
    running_heads,
    sentence_pieces,
    teaser_dates,
    teaser_units,
    template_labels,
)
from edition.texts.prose import is_sentence, is_sentence_of_names, reads_as_prose
from edition.texts.rule import Rule, make_rule, shape_rule
from edition.texts.sitelabels import (
    GENERAL_RULES,
    NEWS_RULES,
    POST_RULES,
    READ_RULES,
    WIDGET_RULES,
)
from edition.texts.structure import NOTE_MARK, is_byline, is_dateline, is_title_line
from edition.texts.words import word_count
from edition.texts.worldlabels import WORLD_RULES

# A furniture opener is a widget label, never a sentence of prose.
_MAX_OPENER_WORDS = 12


EDITOR_RULE = "editor-furniture"
EDITOR_DESCRIPTION = (
    "Set aside by the editor as the page's furniture; the rules kept these lines, since they "
    "read as prose (recorded in sources/provenance.toml)."
)


RULES: tuple[Rule, ...] = (
    make_rule(
        "comment-form",
        "A comment form with its login prompts, from “Leave a Reply” on.",
        r"^\s*leave a (reply|comment)\s*$",
        trailing=True,
        tuned_on="wordpress",
    ),
    make_rule(
        "teaser-block",
        "Teasers of other articles (“Continue Reading”, “More from …”, “Read More”).",
        r"^\s*(continue reading|read more|more from\b.*|related (articles|posts|stories))\s*$",
        trailing=True,
        tuned_on="roar",
    ),
    make_rule(
        "rating-prompt",
        "A rating prompt (“Rate this article”) and the related-article titles after it.",
        r"^\s*rate this (article|post|story|page)\b",
        trailing=True,
        tuned_on="filmsforaction",
    ),
    make_rule(
        "trending-block",
        "“Trending” lists of other videos and articles, with their blurbs.",
        r"^\s*trending( videos| articles| now| posts)?\s*$",
        trailing=True,
        tuned_on="filmsforaction",
    ),
    make_rule(
        "subscription-block",
        "Subscription and patronage appeals of the hosting site.",
        r"^\s*(subscribe\b|become a patron\b)",
        trailing=True,
        tuned_on="filmsforaction",
    ),
    make_rule(
        "tag-list",
        "A “Tagged” line whose tags were lost in the capture (only commas remain).",
        r"^\s*tagged[\s,]*$",
        tuned_on="wordpress",
    ),
    make_rule(
        "login-prompt",
        "Login and notification prompts of a comment system.",
        r"^\s*(fill in your details below|you are commenting using your\b|"
        r"(google\+|twitter|facebook|wordpress\.com) (photo|picture|logo)\s*$|"
        r"connecting to %s\s*$|%d bloggers like this|notify me of (new|follow-up))",
        tuned_on="wordpress",
    ),
    make_rule(
        "sharing-plugin",
        "Lines of a social-sharing plugin.",
        r"(^.{0,40}\bsharing icons\b|\bpowered by \w*social\b|^\s*share this:?\s*$|"
        r"^\s*(click to share|share on (facebook|twitter|x))\b)",
        tuned_on="wordpress",
    ),
    make_rule(
        "comment-count",
        "Counters and links of the page's comment system (“View comments (27)”, “12 comments”).",
        r"^\s*(?:(?:view|show|read|see|load)\s+(?:all\s+)?(?:\d[\d,]*\s+)?comments?"
        r"|(?:there\s+(?:are|is)\s+)?(?:\d[\d,]*|no)\s+comments?)"
        r"\s*(?:\(\d[\d,]*\)|\d[\d,]*)?\s*:?\s*$",
        tuned_on="drupal wordpress blogger",
    ),
    make_rule(
        "comment-actions",
        "The buttons under each reader comment (“Reply”, “Report”).",
        r"^\s*(?:reply|report|flag|permalink)\s*$",
        after_text=True,
        tuned_on="wordpress drupal",
    ),
    make_rule(
        "share-links",
        "Share buttons (“Share this story”, “Share on Facebook”, “Click to share on …”).",
        r"^\s*(?:share\s+(?:this(?:\s+(?:story|article|post|page))?|(?:on|via|to)\s+\S+)"
        r"|\d*\s*click\s+to\s+(?:share|email|print)\b.*|like\s+this)\s*:?\s*$",
        tuned_on="wordpress",
    ),
    make_rule(
        "share-targets",
        "A row of share and follow buttons named by their service alone (“Facebook”, “Email”).",
        r"^\s*(?:facebook|twitter|reddit|e-?mail|print|share)\s*$",
        in_runs=True,
        tuned_on="drupal",
    ),
    make_rule(
        "copyright",
        "Copyright notices and “powered by” lines of the site.",
        r"^\s*(?:©|copyright\s+(?:©|\(c\)|\d{4})|(?:proudly\s+)?powered\s+by\b)"
        r"|\ball rights reserved\b",
    ),
    make_rule(
        "advertisement",
        "Advertisement labels (“Advertisement”, “From our sponsor”).",
        r"^\s*(?:advertisement|advertising|sponsored|paid\s+partner|from\s+our\s+sponsor"
        r"|advertiser\s+content(?:\s+from)?)\s*$",
        tuned_on="news-custom chorus",
    ),
    make_rule(
        "related-block",
        "Lists of related and popular articles (“Related Stories”, “Most Popular”).",
        r"^\s*(?:related(?:\s+(?:stories|articles|posts|content|links|reading))?"
        r"|most\s+(?:popular|viewed|shared)|recent\s+posts)\s*:?\s*$",
        trailing=True,
        tuned_on="drupal wordpress chorus",
    ),
    make_rule(
        "post-navigation",
        "Links to the previous and next posts (“Previous Post: …”, “Older Post”).",
        r"^\s*(?:(?:previous|next)\s+(?:post|story|article)\b|(?:newer|older)\s+posts?\b|←)",
        tuned_on="wordpress blogger",
    ),
    make_rule(
        "recommended-block",
        "Lists of recommended and top stories (“More on this story”, “Recommended”, “Top "
        "Stories”).",
        r"^\s*(?:more\s+on\s+this\s+story|related\s+coverage|recommended|top\s+stories"
        r"|most\s+read|you\s+(?:might|may)\s+also\s+like"
        r"|elsewhere\s+on\s+.+|from\s+around\s+the\s+web)\s*$",
        trailing=True,
        tuned_on="news-custom",
    ),
    make_rule(
        "copy-button",
        "The copy buttons of code listings and links (“Copy”, “Copied!”).",
        r"^\s*(?:copy|copied!?|copy\s+link|link\s+copied)\s*$",
        tuned_on="aem news-custom",
    ),
)

RULES = (*RULES, *GENERAL_RULES, *READ_RULES, *POST_RULES, *WIDGET_RULES, *NEWS_RULES, *WORLD_RULES)

# Rules of shape, not wording: they match no line by themselves, and stand in the rule set so
# that a benchmark holds them out like the others (edition.texts.endmatter applies them).
# Their tuned_on names the platforms whose captures were read while they were written or
# mended (kinja's "8:14am" showed that a clock time may run into its "am"; a wordpress
# heading with a year over release notes, that a shape alone is weak evidence).
COMMENT_SHAPE = shape_rule(
    "comment-shape",
    "A comment thread recognised by its shape: the same short button under each comment, "
    "with a timestamp and a reader's sentence in each.",
    tuned_on="drupal wordpress kinja",
)
PAGE_MARKS = shape_rule(
    "page-marks",
    "After the text, lines whose shape marks them as the page's: repeated, timestamps, or "
    "teasers cut off with an ellipsis.",
    tuned_on="blogger aem wordpress drupal kinja pelican",
)
# Two more rules of shape, written from how pages are built before any capture was read for
# them; their tuned_on names the captures read when they were first scored and mended (a
# news page's "latest" list of timestamped headlines and a wordpress thread whose buttons
# run into the comments' last words; a drupal thread whose units read either way; a ghost
# page's closing list of sources), and those
# whose results led to a change without being read (comment-stamps found threads in the
# squarespace and news pages' dated teasers; the sign-off "Love, / Pamela" of a squarespace
# page, quoted in tests/corpus/README.md, is kept out of a run of labels).
COMMENT_STAMPS = shape_rule(
    "comment-stamps",
    "A comment thread recognised by its units: a timestamp of the same kind over each "
    "reader's words, after the page's matter has followed the text.",
    tuned_on="news-custom wordpress squarespace drupal",
)
# Mended on unseen data of set 4: a web address without its scheme (a liferay page's note)
# and a price (a serendipity review's book details) are no labels of a run. Mended on set 11's
# joomla page: a run begins past the lines that have the marks of the line above it (the
# last of a football report's scorers, "Freddy Góndola (Alajuelense) 6"). With every
# platform held out it keeps those 2 lines, and changes one other capture: a founder page's
# run of credits, "作者︱春春" under "出品︱…", no longer begins its end matter (1 line of
# furniture and 1 byline fewer set aside).
LABEL_RUNS = shape_rule(
    "label-runs",
    "After the text, a run of short labels that are not sentences: a menu, a tag list, a "
    "share row, pagination.",
    tuned_on="ghost squarespace liferay serendipity joomla",
)
# Read from the lines that news and wordpress pages kept after label-runs was written: a run
# of labels ("Related Topics", its tags, "Show more") is followed by teasers' headlines, long
# lines that read like the text, so that label-runs alone lets them hold the text open.
LABEL_RUN_END = shape_rule(
    "label-run-end",
    "After the text, a run of short labels ends it even where long lines follow (teasers' "
    "headlines): only prose is kept after it.",
    tuned_on="ghost news-custom wordpress",
)
# Written from how pages are built before it was scored: between the title and the text,
# a page sets its kicker, share row, tags and reading time, each a word or a few. First
# scored, it lost 24 lines of the text on four platforms (a table of contents, a chapter
# number, lists and listings above the first paragraphs that stand together); mended from
# the aem and royalroad captures and the others' results, so it is held out on all four, and
# on the news and wordpress pages, whose kept lines had been read before it was written,
# and on the movabletype page of set 4, from which it was mended (see head-repeats).
HEAD_RUNS = shape_rule(
    "head-runs",
    "Before the text's first paragraphs, a run of short labels, however many of them a rule "
    "knows: a share row, tags, a reading time.",
    tuned_on="aem royalroad static tumblr news-custom wordpress movabletype",
)
# Written from how pages are built before it was scored: a site's menu stands above the
# text and again in its footer (held out on the news and wordpress pages, whose kept lines
# had been read before it was written). With head-runs, mended on unseen data of set 4 (a
# movabletype colophon's lists under its opening sentence): neither takes a line after a
# sentence that follows the title.
HEAD_REPEATS = shape_rule(
    "head-repeats",
    "Before the text's first paragraphs, a short label the page says again after the text "
    "(a menu repeated in the footer).",
    tuned_on="news-custom wordpress movabletype",
)
# Written from the lines kept on a joomla page after its text: a teaser list's dates, each
# a line of its own.
TEASER_DATES = shape_rule(
    "teaser-dates",
    "After the text, dates alone on their lines, three at least: a teaser list's or an archive's.",
    tuned_on="joomla",
)
# Written from a drupal page's comment form ("Your name *"): a form's fields are labels one
# under the other, with nothing between them, since the boxes give no text; an author's
# label ("Sources:") leads into what it labels. A field's label is capitalised, where a
# configuration file's keys are not (a hugo page's YAML, lost when the rule was first scored).
FORM_FIELDS = shape_rule(
    "form-fields",
    "The fields of a form: two or more short labels ending in “:” or “*”, one right under "
    "the other.",
    tuned_on="drupal hugo",
)
# Written from a kinja page: a card that links to another article gives its headline twice
# or more on one line (the link's text and its image's), perhaps cut off.
DOUBLED_LINES = shape_rule(
    "doubled-lines",
    "A link card: a headline said twice or more on one line.",
    tuned_on="kinja",
)
# Written from a kinja page's comment thread, whose every comment carries the same row of
# buttons ("Edit", "Delete", "Hide", "Flag"): several labels, each said again under each
# comment, are a template of the page's, not the author's words. Mended from the lines of a
# jekyll post's Dockerfiles and an Internet-Draft's HTTP transcripts that it took.
TEMPLATE_LABELS = shape_rule(
    "template-labels",
    "In and after the text, short labels of which several are each said three times or more: "
    "the buttons every comment or teaser carries.",
    tuned_on="kinja pelican jekyll rfcmarkup",
)
# Written from a gatsby page's footer ("BlogAgencyChangelogContactPrivacy Policy") and a
# kinja thread's ("ProfileFollowUnfollow"): a row of links whose spaces the capture lost.
GLUED_LABELS = shape_rule(
    "glued-labels",
    "A row of links run together into one word (“BlogAgencyContact”).",
    tuned_on="gatsby kinja",
)
# Written from the news pages' menus set in one line ("Politique ▪ Société ▪ Économie").
SEPARATED_ROWS = shape_rule(
    "separated-rows",
    "A menu in one line: three short items or more between separators (“▪”, “•”, “|”).",
    tuned_on="news-custom squarespace",
)
# Written from how pages are built before it was scored: every comment of a thread carries
# the site's reply button, where no heading stands over the thread and no timestamp is read
# (edition.texts.commentbuttons). Mended from a drupal thread (cicero).
COMMENT_BUTTONS = shape_rule(
    "comment-buttons",
    "A comment thread recognised by the reply button under each comment, with a reader's "
    "words between each two, after the page's matter has followed the text.",
    tuned_on="drupal",
)
# Written from how comment templates are built before it was scored: each comment is headed
# by its writer's name and a verb of saying (edition.texts.commentheaders).
COMMENT_HEADERS = shape_rule(
    "comment-headers",
    "A comment thread recognised by the line heading each comment (“Kim says:”, “Kim "
    "sagt:”, “Comment by Kim”), after the page's matter has followed the text.",
)
# Written from how teaser lists are built (a headline, its author, its date, a blurb: the
# same shape for every article), after the lines kept on the news-custom, interred and
# drupal pages had been read (for comment-buttons and this round's survey).
TEASER_UNITS = shape_rule(
    "teaser-units",
    "A list of other articles: three units or more of the same shape, each a headline, an "
    "author's name and a date, perhaps a blurb.",
    tuned_on="news-custom interred drupal",
)
# Written from an Internet-Draft shown as preformatted text, whose every page ends in its
# author's name and page number and begins with the draft's name and date.
RUNNING_HEADS = shape_rule(
    "running-heads",
    "A printed page's running head and foot carried into the text: a line naming its page, "
    "on three pages or more, and the line said beside it each time.",
    tuned_on="rfcmarkup",
)
# Written from a news page (news-custom) whose share row and menu, said above its title,
# stand again right after the text, before the site's community rules, paragraphs that stand
# together (so that only a label a rule knows could begin the end matter there).
ECHOED_RUNS = shape_rule(
    "echoed-runs",
    "After the text's first paragraphs, a run of short labels of which two or more the page "
    "says above the title too: its menu or share row again, where the end matter begins.",
    tuned_on="news-custom",
)
# Written from a news page (news-custom) whose lists of other articles after the text give
# their headlines in sentence case: long lines of the text's kind that end no sentence, which
# read as the text going on after the run of labels above them, and held the end matter off;
# and, read as they go on after a label a rule knows, before a notice's paragraphs that stand
# together at the page's foot (a sciencex page's "445 shares" over its headlines and ages).
HEADLINE_LISTS = shape_rule(
    "headline-lists",
    "After the text, a list of other articles' headlines (long lines that end no sentence) is "
    "no return of the text: a label or a line marked by its shape begins the end matter "
    "above it.",
    tuned_on="news-custom sciencex",
)
# Written from the lists of other articles kept after the text on the other platforms'
# captures (a wired page's "More Great WIRED Stories", a moraso page's "Weitere Interessante
# Informationen", a pelican page's "Similar articles"), and mended from the lines it took of
# a django post's code listing and of hard-wrapped paragraphs; its tuned_on names every
# platform whose captures were read while it was written (also those read only to see what
# the text's last lines look like), so that the benchmark scores it on the others.
HEADLINE_RUNS = shape_rule(
    "headline-runs",
    "After the text, a run of other articles' headlines under a short heading (lines of a "
    "few words, each beginning with a capital and ending no sentence): the end matter begins "
    "at the heading.",
    tuned_on="adhocracy aem arc blogger blogophon blox chorus cmsworks crowdfusion django "
    "enonic ezplatform ezpublish fatwire fly gatsby ghost golive gsb hdn hubspot hypermail "
    "ikiwiki interred jekyll jimdo joomla koken liferay linkedin litkrit livingdocs mantle "
    "middleman moraso neos netobjects newscoop nextjs nikola ojs opencms pelican perlpress "
    "phoenix phpbb pipermail pixnet pulscms rails rebelmouse reddit rfcmarkup royalroad "
    "sapper serendipity silverstripe sitecore sophora squarespace static storyblok "
    "superdesk typo3 ucoz vanilla verso xenforo zeitweb",
)
# Written from a teaser list kept after the text on a fatwire page (a news site's "Other
# Opinion Columns": a headline, then its one-sentence blurb, five times), whose blurbs, each
# standing alone, made the lines after its heading read as prose; mended from the shapes of
# the lists of other articles on the other platforms' captures. Its tuned_on names every
# platform whose captures were read while it was written (also those read only to see what
# the text's last lines and the furniture after them look like), so that the benchmark
# scores it on the others.
TEASER_BLURBS = shape_rule(
    "teaser-blurbs",
    "After the text, a list of other articles whose headlines alternate with one-line blurbs: "
    "the blurbs are not the text going on, and the end matter may begin at the list's heading.",
    tuned_on="adhocracy aem beeline blackfish blackwolf blogger blogsmith brightspot chorus clay "
    "django enonic escenic expressionengine ezplatform fatwire fly hdn jekyll kontext "
    "linkedin litkrit medium mesopinions metades moraso nextjs onecms opencms pelican "
    "phoenix pipermail pixnet pulscms rails rebelmouse reddit reddot royalroad sapper "
    "sixcms sophora spip stackexchange storyblok superdesk tazxslt typo3 vanilla verso "
    "wagtail xenforo zeitweb",
)
SHAPE_RULES = (
    RUNNING_HEADS,
    HEADLINE_RUNS,
    TEASER_BLURBS,
    ECHOED_RUNS,
    HEADLINE_LISTS,
    TEASER_DATES,
    TEASER_UNITS,
    SEPARATED_ROWS,
    GLUED_LABELS,
    TEMPLATE_LABELS,
    FORM_FIELDS,
    DOUBLED_LINES,
    COMMENT_SHAPE,
    PAGE_MARKS,
    COMMENT_STAMPS,
    COMMENT_BUTTONS,
    COMMENT_HEADERS,
    LABEL_RUNS,
    LABEL_RUN_END,
    HEAD_RUNS,
    HEAD_REPEATS,
)
RULES = (*RULES, *SHAPE_RULES)

# The editor's decisions are listed like a rule's removals, but match nothing by themselves.
EDITOR = Rule(EDITOR_RULE, EDITOR_DESCRIPTION, re.compile(r"(?!)"), trailing=False)
# Neither does a row of labels, which two labels a rule knows among them show to be the page's.
LABEL_ROW = shape_rule(
    "label-row",
    "A row of short labels above the text's first paragraphs, two of which a rule knows "
    "(“Share”, “Tweet”, “Email”, “Save”).",
)
RULES_BY_ID = {rule.id: rule for rule in (*RULES, LABEL_ROW, EDITOR)}
# A label is a word or three ("Tweet", "Privacy & Technology"); a row of them is the page's
# where a rule knows two (a heading next to one "Share" button stays the author's).
_MAX_LABEL_WORDS = 3
_MIN_KNOWN_IN_ROW = 2
# A row no rule knows a label of is the page's where it runs this long (an author opens with
# a heading or two, not four labels).
_MIN_HEAD_RUN = 4


@dataclass(frozen=True)
class _Kinds:
    openers: tuple[Rule, ...]
    lines: tuple[Rule, ...]
    runs: tuple[Rule, ...]
    after_text: tuple[Rule, ...]


# The rules sorted by kind, for the last set of rules asked about: each line is matched
# against them in several passes.
_last_kinds: list[tuple[tuple[Rule, ...], _Kinds]] = []


def _kinds(rules: tuple[Rule, ...]) -> _Kinds:
    if _last_kinds and _last_kinds[0][0] is rules:
        return _last_kinds[0][1]
    kinds = _Kinds(
        tuple(r for r in rules if r.trailing and not r.after_text),
        tuple(r for r in rules if not r.trailing and not r.after_text and not r.in_runs),
        tuple(r for r in rules if not r.trailing and not r.after_text and r.in_runs),
        tuple(r for r in rules if r.after_text),
    )
    _last_kinds[:] = [(rules, kinds)]
    return kinds


def _opener(line: str, rules: tuple[Rule, ...]) -> Rule | None:
    """The block rule whose label ``line`` is: short, and not a sentence."""
    if word_count(line) > _MAX_OPENER_WORDS or is_sentence(line):
        return None
    return next((r for r in _kinds(rules).openers if r.pattern.search(line)), None)


def _linemake_rule(line: str, rules: tuple[Rule, ...], *, in_runs: bool = False) -> Rule | None:
    if reads_as_prose(line) or (in_runs and word_count(line) > _MAX_OPENER_WORDS):
        return None
    kinds = _kinds(rules)
    return next(
        (r for r in (kinds.runs if in_runs else kinds.lines) if r.pattern.search(line)), None
    )


# The line rules found for the last page asked about: the furniture, the comment thread and
# the end matter each ask for the same page's.
_last_found: list[tuple[tuple[str, ...], tuple[Rule, ...], tuple[Rule | None, ...]]] = []


def line_rules(lines: list[str], rules: tuple[Rule, ...]) -> list[Rule | None]:
    """The line rule that matches each line, if any. A rule for labels that come in runs
    fires only outside the text (``outside_text``), where the next or previous non-blank
    line is a label too."""
    page = tuple(lines)
    if _last_found and _last_found[0][0] == page and _last_found[0][1] is rules:
        return list(_last_found[0][2])
    found = _line_rules(lines, rules)
    _last_found[:] = [(page, rules, tuple(found))]
    return found


def _line_rules(lines: list[str], rules: tuple[Rule, ...]) -> list[Rule | None]:
    found = [_linemake_rule(text, rules) if text.strip() else None for text in lines]
    outside = outside_text(lines)
    in_run = [
        _linemake_rule(text, rules, in_runs=True) if text.strip() and out else None
        for text, out in zip(lines, outside, strict=True)
    ]
    filled = [i for i, text in enumerate(lines) if text.strip()]
    befores, afters = [None, *filled][: len(filled)], [*filled[1:], None][: len(filled)]
    for before, here, after in zip(befores, filled, afters, strict=True):
        neighbours = [n for n in (before, after) if n is not None]
        if (
            in_run[here]
            and not found[here]
            and any(found[n] or in_run[n] or _opener(lines[n], rules) for n in neighbours)
        ):
            found[here] = in_run[here]
    return found


def is_label(line: str, rules: tuple[Rule, ...], matched: Rule | None = None) -> bool:
    """Whether ``line`` is a label of the page's furniture that some rule knows, wherever it
    stands (an end-matter label such as "Comments" included); ``matched`` is the line rule
    ``line_rules`` found for it."""
    if matched or _opener(line, rules):
        return True
    if word_count(line) > _MAX_OPENER_WORDS or is_sentence(line):
        return False
    return any(r.pattern.search(line) for r in _kinds(rules).after_text)


def rules_not_tuned_on(platform: str) -> tuple[Rule, ...]:
    """The rules whose wording did not come from ``platform``'s pages."""
    return tuple(rule for rule in RULES if platform not in rule.tuned_on)


def _is_short_label(text: str, title: str | None) -> bool:
    # A button or tag has no full stop; a short caption ("Sony's PlayStation VR.") may end in
    # what reads as an initial, not as a sentence.
    return (
        word_count(text) <= _MAX_LABEL_WORDS
        and not is_sentence(text)
        and not text.rstrip().endswith(".")
        and not is_title_line(text, title)
        and not is_byline(text)
        and not is_dateline(text)
    )


def _label_rows(
    lines: list[str], rules: tuple[Rule, ...], matched: list[Rule | None], title: str | None
) -> list[Rule | None]:
    """``LABEL_ROW`` for each line of a row of short labels before the author's text has
    begun (share buttons and tags between the title and the first paragraphs) in which
    some rule knows two labels: a rule for labels that come in runs counts here, in a row."""
    outside = outside_text(lines)
    first = outside.index(False) if False in outside else len(lines)
    found: list[Rule | None] = [None] * len(lines)
    row: list[int] = []
    for i, text in enumerate([*lines[:first], "A line that is not a label."]):
        if not text.strip():
            continue
        # A label has letters: a number alone above the text is its chapter's as easily.
        if i < first and _is_short_label(text, title) and LETTER.search(text):
            row.append(i)
            continue
        known = [
            matched[j] or _opener(lines[j], rules) or _linemake_rule(lines[j], rules, in_runs=True)
            for j in row
        ]
        if sum(bool(k) for k in known) >= _MIN_KNOWN_IN_ROW:
            for j in row:
                found[j] = LABEL_ROW
        row = []
    if HEAD_RUNS in rules:
        found = [
            f or (HEAD_RUNS if h else None)
            for f, h in zip(found, _head_runs(lines, title), strict=True)
        ]
    if HEAD_REPEATS in rules:
        found = [
            f or (HEAD_REPEATS if h else None)
            for f, h in zip(found, _head_repeats(lines, title), strict=True)
        ]
    return found


def _before_text(lines: list[str], first: int, title: str | None) -> list[int]:
    """The filled lines above ``first`` (the text's first two lines of prose that stand
    together) that may be the page's: none after a sentence that follows the title, where
    the text has begun though its paragraphs do not yet stand together (a colophon's opening
    sentence over its lists of software)."""
    titles = [i for i in range(first) if is_title_line(lines[i], title)]
    start = titles[-1] + 1 if titles else first
    began = next((i for i in range(start, first) if is_sentence(lines[i])), first)
    return [i for i in range(began) if lines[i].strip()]


def _head_repeats(lines: list[str], title: str | None) -> list[bool]:
    """For each line, whether it is a short label above the text's first two lines of prose
    that stand together, said again after the last two (a menu the page repeats in its
    footer). Not a label there: a line right above a line of prose, a line of code."""
    outside = outside_text(lines)
    if all(outside):
        return [False] * len(lines)
    first = outside.index(False)
    last = len(lines) - outside[::-1].index(False)
    said_after = {text.strip().casefold() for text in lines[last:] if text.strip()}
    filled = _before_text(lines, first, title)
    headings = {h for h, i in pairwise([*filled, first]) if reads_as_prose(lines[i])}
    return [
        i in filled
        and i not in headings
        and is_word_label(text)
        and _is_short_label(text, title)
        and text.strip().casefold() in said_after
        for i, text in enumerate(lines)
    ]


# A note of the author's opens with its mark ("[1]", "(2)", "³"): a block of the page's
# furniture ends there (the notes under a teaser list, on a spip page).
_NOTE = re.compile(rf"^\s*(?:{NOTE_MARK})\s*\S")


def _head_runs(lines: list[str], title: str | None) -> list[bool]:
    """For each line, whether it stands in a run of at least ``_MIN_HEAD_RUN`` short labels
    above the text's first two lines of prose that stand together. Not a label there: a line
    right above a line of prose (the text's heading as easily), a line said again in the
    text (a table of contents), a line of code."""
    outside = outside_text(lines)
    if all(outside):
        # A text whose paragraphs never stand together (a poem) tells too little.
        return [False] * len(lines)
    first = outside.index(False)
    said_in_text = {text.strip().casefold() for i, text in enumerate(lines) if not outside[i]}
    filled = _before_text(lines, first, title)
    # The line right above a line of prose is a heading as easily.
    headings = {h for h, i in pairwise([*filled, first]) if reads_as_prose(lines[i])}
    flags = [False] * len(lines)
    row: list[int] = []
    for i in [*filled, None]:
        if (
            i is not None
            and i not in headings
            and is_word_label(lines[i])
            and _is_short_label(lines[i], title)
            and lines[i].strip().casefold() not in said_in_text
        ):
            row.append(i)
            continue
        if len(row) >= _MIN_HEAD_RUN:
            for j in row:
                flags[j] = True
        row = []
    return flags


def strip_furniture(
    lines: list[str],
    editor_furniture: frozenset[int] = frozenset(),
    rules: tuple[Rule, ...] = RULES,
    title: str | None = None,
) -> tuple[list[Line], list[SetAside]]:
    """Split a capture's lines into kept text lines and furniture set aside.

    ``editor_furniture`` holds the numbers of lines the editor has set aside by decision;
    ``rules`` are the rules to apply (all of them, but when a benchmark holds some out);
    ``title`` is the text's title as the capture gives it: a block of the site's furniture
    above the title (a menu's "Subscribe" link) ends there, where the text begins.
    Blank lines are dropped: they only separate paragraphs, which are one line each.
    """
    kept: list[Line] = []
    removed: list[SetAside] = []
    block: Rule | None = None
    matched = line_rules(lines, rules)
    rows = _label_rows(lines, rules, matched, title)
    shapes = [
        (RUNNING_HEADS, running_heads(lines)),
        (TEASER_DATES, teaser_dates(lines)),
        (TEASER_UNITS, teaser_units(lines)),
        (FORM_FIELDS, form_fields(lines)),
        (DOUBLED_LINES, [is_doubled(text) for text in lines]),
        (TEMPLATE_LABELS, template_labels(lines)),
        (GLUED_LABELS, [is_glued(text) for text in lines]),
        (SEPARATED_ROWS, [is_separated_row(text) for text in lines]),
    ]
    for rule, flags in shapes:
        if rule in rules:
            rows = [r or (rule if f else None) for r, f in zip(rows, flags, strict=True)]
    pieces = sentence_pieces(lines)
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        if number in editor_furniture:
            removed.append(SetAside(number, text, EDITOR_RULE))
            continue
        if pieces[number - 1]:
            kept.append(Line(number, text))
            continue
        opener = _opener(text, rules)
        if opener:
            block = opener
        elif (
            reads_as_prose(text)
            or is_sentence_of_names(text)
            or is_title_line(text, title)
            or _NOTE.match(text)
        ):
            block = None
        # Inside a block, a line that a line rule knows is credited to that, more exact, rule.
        rule = opener or matched[number - 1] or block or rows[number - 1]
        if rule is None:
            kept.append(Line(number, text))
        else:
            removed.append(SetAside(number, text, rule.id))
    return kept, removed
