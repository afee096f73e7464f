"""The importer on the labelled corpus of real captures (tests/corpus/), each platform held
out from the rules written from it. No line of an author's text may be lost, anywhere."""

from __future__ import annotations

import pytest
from conftest import ROOT

from edition.texts.capture import read_capture
from edition.texts.provenance import line_numbers
from edition_tools.importscore import corpus, score_corpus

CORPUS = ROOT / "tests" / "corpus"
ITEMS = corpus(CORPUS)

# Held-out floors, a little under what scripts/benchmark_import.py measures on 170 captures of
# 113 platforms (89.8 % of the furniture set aside or moved to the responses, 45.5 % of the
# metadata), so that a rule change that makes them worse fails; the goal for furniture is 95 %.
# (On the first 28 captures the figure rose from 79.6 % to 80.9 %; the six captures added
# as unseen data, two of platforms none of the rules was written from, brought it down to
# 75.7 %; the shape rules comment-stamps, label-runs, head-runs and head-repeats raised it to
# 82.0 % on those 34; thirteen unseen captures of ten new platforms, on which the rules take
# 86.1 % out, made it 83.2 %, and fourteen more, on which they take 79.7 % out, 82.5 %; the
# second round of rules, written without reading those fourteen, takes 89.1 % of theirs out;
# the third round (comment-buttons, comment-headers, teaser-units, French and German clock
# times, neighbour and more buttons) raised it from 85.9 % to 88.5 % on 61 captures, and
# takes 84.5 % out of twelve more that its author had not read (80.9 % before it); twelve
# captures of twelve more platforms (set 4), scored before any rule was changed for them,
# lost 25 lines of text on five of them and had 85.7 % of their furniture taken out; the
# guards mended from them lose none and take 84.3 % out, 87.1 % on all 85; twelve captures
# of eleven platforms (set 5, ten new), scored before any rule was changed for them, lost
# 106 lines of text on two and had 91.0 % of their furniture taken out; with the guards
# mended from them (and words counted in Chinese and Japanese), 87.9 % on all 97. Metadata:
# 44.3 % on 97, 48.8 % once bylines are read up to a separator and in German, French and
# Spanish, with their word on a line of its own. Twelve captures of nine platforms (set 6,
# eight new), scored before any rule was changed for them: 74.1 % of their furniture out,
# one line of text lost; with the two guards mended from them, none, and 85.9 % on all 109,
# 46.7 % of the metadata. A label a rule knows may then begin the end matter before the
# last paragraphs that stand together (a feed's or a thread's), where the text does not go
# on soon after it: 88.9 %. That change is not a rule the benchmark holds out: it was
# measured on these 109, and the seventh set scores it on pages it was not written from.
# Set 7, twelve captures of eleven platforms (ten new), scored before any rule was changed
# for them: 87.2 % of their furniture out held out (the same without the end matter's earlier
# start: on them it changed nothing), 92.8 % with every rule, two lines of text lost, one of
# them found since (a quotation's source with its date, taken for a dateline). On all 121
# captures of 81 platforms: 88.7 % held out, 93.9 % with every rule, 46.4 % of the metadata.
# The labels of end matter in eleven more languages (worldlabels, tuned on the news-custom
# and wordpress pages read for them): 89.0 % and 94.7 %. Set 8, twelve captures of eleven
# platforms (ten new), scored before any rule was changed for them: 88.8 % of their
# furniture out held out, 89.0 % with every rule, 42 lines of text lost on two pages; the
# labels in more languages, written before set 8 was read, take one line more out of it
# (88.9 %); mended from it, 37 lines lost on one page (listed below). On all 133 captures of
# 91 platforms: 89.0 % held out, 94.4 % with every rule, 45.8 % of the metadata. Set 9,
# thirteen captures of thirteen platforms (eleven new; seven pages in Portuguese, Spanish,
# Russian, Polish, French and Italian), scored before any rule was changed for them: 91.8 %
# held out (91.4 % without the labels in more languages), 92.1 % with every rule, three
# lines of text lost on one page (two without those labels); the datelines in more
# languages, written before the set was read, take its metadata from 45.6 % to 48.5 %. On
# all 146 captures of 102 platforms: 89.3 % held out, 94.1 % with every rule, 47.3 % of
# the metadata (47.5 % once bylines are read in more languages). Set 10, twelve captures of
# twelve platforms (five new), scored before any rule was changed for them: 93.6 % held out,
# 93.9 % with every rule, no line of the text lost on either path, 25.2 % of the metadata
# (24.3 % without those bylines). On all 158 captures of 107 platforms: 89.6 % held out,
# 94.1 % with every rule, 44.6 % of the metadata. Set 11, twelve captures of twelve
# platforms (six new) chosen for texts of short lines, scored before any rule was changed
# for them: 94.8 % held out, 649 lines of the text lost on four pages (see KNOWN_LOSSES); a
# full paragraph after a shape mark keeps 46 of them. On all 170 captures of 113 platforms:
# 89.8 % held out, 94.0 % with every rule, 45.5 % of the metadata. Joining the lines of a
# wrapped paragraph keeps 521 more lines of the Internet-Draft, and the end matter no longer
# begins after its abstract, so the 59 of its furniture lines that went with the text stay
# too: 89.6 % held out, 93.9 % with every rule, 44.4 % of the metadata. Set 12, three mails
# from archives (pipermail, hypermail, marc; three new platforms), scored before any rule
# was changed for them: 61.5 % of their 26 furniture lines out, one line of the text lost
# (a sign-off, "--Ken", kept since). On all 173 captures of 116 platforms: 89.6 % held
# out, 93.9 % with every rule, 44.0 % of the metadata; 89.7 % and 94.0 % once a run of
# labels said above the title too may begin the end matter (echoed-runs). Set 13, twelve
# captures of eleven platforms (all new), scored before any rule was changed for them:
# 93.0 % held out (91.2 % at the session's start, 0d6a4b7: echoed-runs takes 22 lines of a
# storyblok page), two lines of the text lost, one kept since (a "+" of inline code on a
# line of its own, inside a sentence). On all 185 captures of 127 platforms: 89.8 % held
# out, 94.0 % with every rule, 43.9 % of the metadata. Set 14, eleven captures of eleven
# platforms (nine new; four with a reader or forum thread), scored before any rule was
# changed for them: 82.2 % held out (the same at the session's start), 52 lines of the text
# lost on two pages (see KNOWN_LOSSES); a line with a year marks the page's end matter only
# where it has eight words at most: 32 of them kept. On all 196 captures of 136 platforms:
# 89.3 % held out, 93.1 % with every rule, 43.9 % of the metadata. Set 15, twelve captures of
# ten platforms (three new; pages in English, Japanese and Chinese), scored before any rule
# was changed for them: 76.8 % held out (the same at the session's start), three lines lost;
# an embedded tweet's source line ("— NHK (@nhk_news) January 28, 2019") is no dateline
# since. On all 208 captures of 139 platforms: 88.8 % held out, 92.6 % with every rule,
# 44.5 % of the metadata; 88.7 % held out once a date marks the page's end only where it
# names its day and does not lead on, and 69 of the 133 lines lost are kept; 89.1 % once other
# articles' headlines after the text, long lines that end no sentence, are no return of the
# text (headline-lists, written from a news-custom page: 131 lines on four other platforms);
# 89.3 % once that holds after a label a rule knows too (read on a sciencex page: 56 lines of
# a wordpress page's). Set 16, twelve captures of seven platforms (three new), scored before
# any rule was changed for them: 90.0 % held out (the same at the session's start, c212357),
# one line lost (a column's heading that says the title again, kept since). On all 220
# captures of 142 platforms: 89.3 % held out, 46.0 % of the metadata. Set 17, twelve captures
# of nine platforms (four new), scored with all of this: 76.7 % held out (the same at
# c212357; four news pages, whose platform's rules are held out, 51.5 %), no line lost. On
# all 232 captures of 146 platforms: 88.8 % held out, 93.0 % with every rule, 45.9 % of the
# metadata: the floor goes back to 0.88 with the unseen pages; 89.1 % once a run of other
# articles' headlines under its heading after the text begins the end matter (headline-runs:
# 101 lines more, 98 of them on the six platforms of whose captures none was read for it).
# Set 18, twelve captures of ten platforms (seven new), scored before any rule was changed
# for them (at b9aa218, and the same at the session's start, 9dd1957): 89.6 % held out, 38.8 %
# of their metadata, no line lost (one with every rule, see KNOWN_LOSSES_WITH_EVERY_RULE);
# 90.1 % with headline-runs, which was written without them. On all 244 captures of 153
# platforms: 89.2 % held out, 93.3 % with every rule, 45.5 % of the metadata; 89.3 % once the
# blurbs of a list of other articles, each alone under its headline, no longer hold the end
# matter off (teaser-blurbs: 30 lines more out held out, all on the six platforms of whose
# captures none was read for it; 8 more with every rule), 45.7 % of the metadata.)
FURNITURE_FLOOR = 0.88
# 46.4 % on 121; the eighth unseen set's metadata is recognised at 35.9 % (45.8 % on 133),
# the tenth's at 25.2 % (a page of 46 photo credits, 4 % of them found): 44.6 % on 158; the
# Internet-Draft's front matter, no longer taken with the text, 44.4 % on 170, and the
# twelfth's mails (their From and Date lines), 44.0 % on 173; 43.9 % on 185 and on 196;
# 44.5 % once a credit in brackets at a caption's end is read (bracketed-credit); 45.3 % once
# one after a colon is (colon-credit: 48.2 % with every rule); 46.1 % once a date led by a word
# of publishing is set aside wherever it stands, and French months are read; 45.9 % on 232
# with set 17's pages (41.8 % of theirs, 40.0 % at c212357); 45.5 % on 244 with set 18's
# (38.8 % of theirs).
METADATA_FLOOR = 0.45
# With every rule, as an import applies them (--all-rules: 95.8 % on 61, 94.6 % on 73,
# 93.0 % on 85, 92.8 % on 97; 93.7 % once comments' ages in German and French are read;
# 92.3 % on 109; 94.1 % with the end matter's earlier start; 93.9 % on 121, 94.7 % with the
# labels in more languages; 94.4 % on 133, 94.1 % on 146 and 158, 94.0 % on 170; 93.9 %
# once the Internet-Draft's furniture no longer goes with its text, and on all 173; 93.1 %
# on 196; 92.6 % on 208, with set 15's pages of the rebelmouse and wordpress sites; 93.0 %
# with headline-lists, 93.3 % once it holds after a known label too; 93.0 % on 232 with set 17;
# 93.3 % with headline-runs, and on 244 with set 18).
ALL_RULES_FURNITURE_FLOOR = 0.92


def _lines(name: str, *spans: str) -> tuple[int, ...]:
    """The non-blank lines of capture ``name`` in ``spans`` ("31-63", or several in one
    string set apart by spaces: the blank lines between paragraphs carry no label)."""
    capture = read_capture(CORPUS / f"{name}.txt")
    return tuple(
        sorted(
            n
            for span in " ".join(spans).split()
            for n in line_numbers(span)
            if capture[n - 1].strip()
        )
    )


# Lines of text the plain-text import still loses, by capture: the test fails on any other
# loss, and when a listed line is kept again (then it leaves the list).
KNOWN_LOSSES = {
    # A photo's caption that is a name alone ("Melissa Jagessar"), between two rows of share
    # buttons (unseen set 7, blox), is taken with them for a row of labels; nothing in its
    # shape tells it apart.
    "blox-trinidadexpress-melissa-charged": (183,),
    # A blog post of notes (unseen set 8, ikiwiki) that after its two opening paragraphs is a
    # list of tools, each a name, a repeated "home page" link and a few words of comment,
    # with a long sentence here and there: the repeated links and the run of short lines
    # read as the page's end matter after the text's last two paragraphs that stand
    # together, and every short line of the list is set aside (its sentences are kept and
    # listed for review). Guards tried on it, a share of the text's lines after the repeated
    # line before the next label a rule knows, found it only at a share fitted to this page
    # and cost 63 lines of furniture elsewhere.
    "ikiwiki-anarcat-cdpath": _lines("ikiwiki-anarcat-cdpath", "31-63", "67-73", "77-107"),
    # A radio chronicle's "A lire aussi :" over the three journal issues it reviews, after
    # its signature (unseen set 9, labelled the text's, doubtfully): read as a list of the
    # site's other articles, under a heading the labels in more languages know.
    "react-franceculture-parole": (215, 217, 219),
    # Unseen set 11, chosen for texts of short lines: the last line of an Internet-Draft's
    # references (the rest of an address, "/Using-remoteStorage-…", over its authors'
    # addresses). The last two lines of a football report's closing list of scorers, read
    # with the page's menus under them as one run of short labels, are kept since a run
    # begins past the lines with the marks of the line above it (label-runs, mended from
    # this page). The report's schedule and referees, and 48 more lines of the references,
    # are kept since a date marks the page only where it names its day and does not lead on
    # ("Hora: 14:00", "Internet-Draft remoteStorage December 2014" and a reference's "… 29
    # January 2013", mark nothing), and a line with a date that ends in a comma is no
    # dateline. A line of code read as labels glued together ("…testing import
    # StaticLiveServerTestCase") is kept since an import of a dotted module is code.
    "rfcmarkup-ietf-remotestorage": (1563,),
    # Unseen set 13: a forum post's own heading ("Forums - Regeln") under the thread's title
    # ("Forums-Regeln"), read as the title said again (labelled the text's, doubtfully).
    "forumotion-wolfsrebellen-forumsregeln": (97,),
    # Unseen set 14: a restaurant review's closing fact box (its ratings, pros and cons,
    # address: short lines after the last paragraph, none a sentence).
    "middleman-tofugu-dezuka-suisan": _lines("middleman-tofugu-dezuka-suisan", "87-123 127"),
    # Unseen set 15: the caption of a video above a post's title (labelled the text's,
    # doubtfully), taken with the page's leading lines; and a diary's citation of a web page
    # whose title holds its copyright line ("…, Copyright © 2019 … All Rights Reserved. ()").
    "medium-oreilly-wtf-future": (7,),
    "tdiary-takagi-nict-law": (189,),
}
# With every rule, one more (unseen set 18, a news page of the news-custom platform, whose
# rules are held out for it): a section heading right under a box of related links inside
# the text ("Veja Também:" over three headlines), taken with the box's headlines by the rule
# of such boxes (related-headings), which ends at the first line of prose. The heading and the
# box's last headline have the same shape.
KNOWN_LOSSES_WITH_EVERY_RULE = {**KNOWN_LOSSES, "news-gazetadopovo-pacheco": (489,)}


# The lines lost that the import's review list does not show the editor either: set aside
# by a rule with nothing to say they may be the text's (a caption that is a name alone, the
# title said again, a caption above the title, a citation holding a copyright line). Every
# other lost line is named on the review list, or follows the line where it says the text was
# taken to end.
KNOWN_UNREVIEWED = {
    "blox-trinidadexpress-melissa-charged": (183,),
    "forumotion-wolfsrebellen-forumsregeln": (97,),
    "medium-oreilly-wtf-future": (7,),
    "tdiary-takagi-nict-law": (189,),
}


def test_the_corpus_is_varied():
    assert len(ITEMS) >= 24
    assert len({item.platform for item in ITEMS}) >= 10


@pytest.fixture(scope="module")
def held_out(corpus_held_out):
    """Each capture's scores with the rules written from its platform held out, by name."""
    return {name: scores for name, (scores, _) in corpus_held_out.items()}


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.path.stem)
def test_no_line_of_the_text_is_lost(item, held_out):
    assert held_out[item.path.stem].text_lost == KNOWN_LOSSES.get(item.path.stem, ())


def test_the_review_list_shows_the_editor_every_line_lost_but_the_known_few(held_out):
    unreviewed = {name: s.text_lost_unreviewed for name, s in held_out.items()}
    assert {name: lines for name, lines in unreviewed.items() if lines} == KNOWN_UNREVIEWED


def _furniture(scores) -> float:
    out = sum(s.furniture_removed + s.furniture_separated for s in scores)
    return out / sum(s.furniture for s in scores)


def test_held_out_furniture_and_metadata_recall(held_out):
    scores = list(held_out.values())
    metadata = sum(s.metadata_recognised for s in scores) / sum(s.metadata for s in scores)
    assert _furniture(scores) >= FURNITURE_FLOOR
    assert metadata >= METADATA_FLOOR


def test_with_every_rule_no_line_is_lost_and_most_furniture_goes():
    scores = score_corpus(ITEMS, all_rules=True)
    assert {s.name: s.text_lost for s in scores if s.text_lost} == KNOWN_LOSSES_WITH_EVERY_RULE
    assert _furniture(scores) >= ALL_RULES_FURNITURE_FLOOR
