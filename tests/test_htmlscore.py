"""The saved-page (HTML) import, and the structure both imports recognise, on the labelled
corpus (tests/corpus/): no line of an author's text lost, furniture kept out, metadata and
structure recognised, with floors a little under what scripts/benchmark_import.py measures."""

from __future__ import annotations

import gzip
import shutil

import pytest
from conftest import ROOT

from edition.errors import EditionError
from edition.texts.capture import read_capture
from edition.texts.cleaning import clean_lines
from edition.texts.prose import is_sentence
from edition_tools.htmlscore import (
    load_structure,
    score_html,
    score_pages,
    score_text_structure,
    site_of,
    without_marks,
)
from edition_tools.importscore import corpus, load_labelled

ITEMS = corpus(ROOT / "tests" / "corpus")
SCORES = {score.name: score for score in score_pages(ITEMS)}
# Measured (34 pages of 17 platforms, each scored with the furniture rules not tuned on its
# platform): no line of the text lost, 96.9 % of the furniture kept out, 81 % of the metadata,
# 100 % of the headings and 89 % of the list items recognised. The plain-text path, with the
# shape rules not written from each platform held out, recognises 58.8 % of the headings and
# 2.6 % of the list items (every platform with lists helped write the list rules: 23.7 % with
# all rules), and sets 68 lines of text as headings the labels do not name (none a sentence;
# 49 on the 28 pages the rules were written from, 19 more on the six unseen ones).
# On 47 pages, with the 13 unseen ones, 94 such headings and 118 such list items; after the
# structure rules were adjusted on those pages (a spaced "?", table rows, code, asides in
# brackets, listings, pictures' credits: see tests/corpus/README.md), 76 and 113, with the
# headings and items recognised unchanged (56.9 %, 25.2 %). 19 of the 76 were on the six
# pages without a [structure] table, at least 17 of them headings in the page's markup: such
# pages are no longer counted (their structure is unknown), which leaves 57 and 89. On 61
# pages, with 14 more unseen ones (no structure rule changed for them): 54.0 % of the headings
# and 22.5 % of the list items recognised, 68 false headings and 99 false list items. On 73,
# with 12 more unseen ones and the third round of furniture rules: 57.1 %, 21.9 %, 78 and 102
# (ten of the ten new false headings on two pages: a blog's terminal listings and a
# hunters' page). On 85, with the 12 pages of set 4 (12 platforms, no structure rule changed
# for them): 59.0 %, 18.8 %, 94 and 136 (a Chinese news page's 20 lines set as list items, a
# hobby guide's captions set as headings). The HTML path on those 85: 97.5 % of the furniture
# kept out, 77.9 % of the metadata, 98.2 % of the headings and 91.8 % of the list items.
# On 97, with the 12 pages of set 5 (11 platforms; Chinese and Japanese words counted, a
# table kept after the text): 61.4 %, 19.7 %, 104 and 184 (52 false items on a camping blog
# from Taiwan, whose lines of text are short and unpunctuated, as a list's are; the Chinese
# news page of set 4 has none left). The HTML path: 97.2 %, 76.9 %, 98.8 % and 92.4 %; with
# a hole of the text's own blocks restored (in_the_flow): 97.2 %, 76.9 %, 100 % and 95.7 %.
# On 109, with the 12 pages of set 6 (9 platforms): 60.1 %, 21.7 %, 118 and 188; the HTML
# path 97.5 %, 76.4 %, 100 % and 95.9 %. On 121, with the 12 pages of set 7 (11 platforms):
# 53.7 %, 20.2 %, 127 and 192 (a live blog's 28 headings, 7 recognised); the HTML path
# 97.1 %, 75.2 %, 99.0 % and 96.1 %. On 133, with the 12 pages of set 8 (11 platforms, 10
# new): 54.2 %, 18.3 %, 128 and 200 (the new pages' 8 false items); the HTML path 96.9 %,
# 75.7 %, 99.1 % and 96.5 %. On 146, with the 13 pages of set 9 (13 platforms, 11 new):
# 53.8 %, 18.2 %, 130 and 203; the HTML path 96.9 %, 77.0 %, 99.2 % and 96.2 %. On 158, with
# the 12 pages of set 10 (12 platforms, 5 new): 53.0 %, 16.8 %, 151 and 203 (a deals
# column's 16 product lines read as headings); the HTML path 96.8 %, 76.7 %, 99.3 % and
# 96.5 %, and no line of set 10 lost. On 170, with the 12 pages of set 11 (12 platforms, 6
# new; texts of code, lists, tables and wrapped lines, chosen to test the loss of the
# text): 53.9 %, 14.0 %, 190 and 327 (a preformatted Internet-Draft's and a dance wiki's
# lines read as headings and items); the HTML path 96.3 %, 75.5 %, 99.4 % and 97.4 %. On 173,
# with the 3 pages of set 12 (mail archives: pipermail, hypermail, marc): 53.9 %, 14.0 %,
# 196 and 341 (the lines kept since, of a Dockerfile and an Internet-Draft, and the mails'
# quotations and lists, none in an li); the HTML path 96.3 %, 74.7 % (a mail's Subject,
# From and Date lines, 8 of 12 found) and the same for structure. On 185, with the 12 pages
# of set 13 (11 platforms, all new): 53.6 %, 16.0 %, 203 and 366; the HTML path 95.8 % (a
# reddit thread's page, 27.6 % of its furniture out), 75.2 %, 98.8 % and 96.3 %; 96.1 % once
# a thread the extractor keeps is found by the plain-text rules (reader_responses; the
# reddit page 85.3 %), with the readers' responses counted out of the text, as on the
# plain-text path. On 196, with the 11 pages of set 14 (11 platforms, 9 new; two of them
# XHTML, refused as "not a web page" until their XML declaration was taken off): 53.2 %,
# 14.9 %, 218 and 407; the HTML path 95.4 %, 74.5 %, 95.9 % (a review's 19 headings, most
# of them its fact box's, 5 found; a journal's 3, none) and 90.8 % (the journal's 38 list
# items, 7 found); the plain-text path 222 false headings once the guidelines' rules are
# kept. 95.9 % of the list items once a paragraph that is one list item of the page, whole,
# is made an item (items_of_the_page: the journal's 38 found). On 208, with the 12 pages of
# set 15 (10 platforms, 3 new): 52.7 %, 13.8 %, 254 and 416; the HTML path 95.3 %, 74.7 %,
# 96.0 % and 90.1 % (a diary's 56 list items, 15 found), and no line of set 15 lost. 257 false
# headings and 434 false items on the plain-text path once a date names its day to mark the
# page: a football report's 16 lines of schedule and referees, and an Internet-Draft's
# references, are kept (as items and headings, by their shape) instead of lost. On 208, with a
# list item's paragraphs set apart by a space (a book's glossary, a guide's list; their words were
# kept, run together): the HTML path loses 51 lines on 13 pages (55 on 15), 95.3 % of the
# furniture out (two lines more counted kept, whose words were already in the text, run
# into a teaser's), and 90.4 % of the list items. With a lead caption found past its block's
# credit (lead_captions): 50 lines on 12 pages, the furniture and the rest the same. With a
# figure in a box of its own beside the body (_wrapped_figure): 49 lines on 11 pages. With a
# heading under the title that heads the text (heads_the_text): 48 lines on 10 pages, 96.1 %
# of the headings. With a lead the page names so (named_leads): 46 lines on 8 pages, the
# rest the same. On 220, with the 12 pages of set 16 (7 platforms, 3 new): the plain-text path
# 53.3 %, 13.6 %, 266 and 438 (set 16's own: 65.4 % of 26 headings, none of 8 items, 9 false
# headings and 2 false items); the HTML path 95.4 %, 75.4 %, 96.3 % and 90.5 %, 47 lines
# lost on 9 pages (set 16's lead caption among them). On 232, with the 12 pages of set 17
# (9 platforms, 4 new; scored as they came): the plain-text path 53.5 %, 13.5 %, 270 and 444;
# the HTML path 95.4 %, 74.8 % (63.2 % of set 17's metadata), 96.4 % and 90.5 %, 49 lines lost
# on 10 pages (set 17's: a closing "Sources" note, two lines); 48 on 10 once a note that an
# empty anchor opens is read (a WordPress footnotes plugin's). 35 on 9 once prose set loose
# right before the first kept block opens the text (a mail's quotation, opens_the_text), and
# 31 on 9, with 97.0 % of the headings, once a heading cut short at a span is completed (a
# review's scores, cut_short); each written from one page, and changing no other. On 244,
# with the 12 pages of set 18 (10 platforms, 7 new; scored as they came, at b9aa218): the
# plain-text path 53.8 %, 13.0 %, 272 and 450 (set 18's: 66.7 % of 24 headings, none of 24
# items); the HTML path 95.5 %, 74.3 %, 97.1 % and 90.8 % (set 18's: 96.9 % of the furniture,
# 64.3 % of the metadata, one line lost, kept since: words the extractor ran together,
# "braucht:A3", set apart where the page has a space, split_run_together), 31 lines lost on
# 9 pages.
FURNITURE_FLOOR = 0.95
METADATA_FLOOR = 0.74
HEADINGS_FLOOR = 0.95
ITEMS_FLOOR = 0.90
TEXT_PATH_HEADINGS_FLOOR = 0.52
TEXT_PATH_ITEMS_FLOOR = 0.12
TEXT_PATH_FALSE_HEADINGS_CEILING = 275
TEXT_PATH_FALSE_ITEMS_CEILING = 450
# The HTML import lost 12 of the 2,173 lines of text on the 13 pages added as unseen data,
# measured before any rule was changed for them: a caption above the byline, quoted tweets
# restored with their <br>-separated lines run together, a section heading set in a div and
# the author's notes after a related-articles box. The rules that find them now were written
# after seeing those pages (issue 11), so for the HTML path they are seen pages.
# Of the 14 pages added later as unseen data (61 pages), measured the same way, two lost 8 of
# 382 lines: a blog post whose paragraphs the import broke at underlined and italic words,
# dropping the space there ("Literaturgibt"), and whose one linked line under its last
# heading was left out (blogger), and a lead picture's caption that credits no one (drupal).
# The rules that find them now were written after seeing those pages: for the HTML path
# they are seen pages too. Of the 12 pages of the third unseen set (73 pages), measured the
# same way before any rule was changed, two lost 5 of 192 lines: a lead photo's caption
# (kinja) and the first line of each of four terminal listings, a div inside a p whose lines
# are split by <br> (perlpress); and the seven h3 headings of a third page (silverstripe),
# left out and restored, were set as paragraphs. The rules that find them now were written
# after seeing those pages: for the HTML path they are seen pages too. Of the 12 pages of set 4
# (85 pages), measured the same way before any rule was changed, five lost 34 lines: 14 were
# a fault of this scoring (a heading's permalink "¶" run into its last word by the capture),
# one the rest of a paragraph the extractor cut short at a link (now printed whole), and 19
# real: a colophon's lists between kept paragraphs, an archive's chapter heading over the
# first kept block, a guide's captions and address lines that the word matching put in
# other blocks. Of the 12 pages of set 5 (97 pages), one lost one line: a caption sharing its
# <figcaption> with a credit. Of the 12 pages of set 6 (109 pages), one lost two lines: a
# press release's place line and lead in its article's <header>. The rules that find all of
# them now (heads_the_text, caption_and_credit, nearest_copies, fill_whole_runs, a <br> beside
# emphasis, in_the_flow, an article header's lead) were written after seeing those pages: for
# the HTML path they are seen pages too. Of the 12 pages of set 7 (121 pages), measured the
# same way with all of these, five lost 14 lines: 6 were paragraphs in a table's cell run into
# the cell's own text ("hat.Heute", found since), 8 are listed below: no rule finds them yet.
# Of the 12 pages of set 8 (133 pages), measured the same way, three lost 14 lines: 12 were
# paragraphs of a body set in chunks between advertisements, of which the extractor kept the
# first (continues_the_text finds them since), 2 lead captions (one found since, by
# lead_captions). Of the 13 pages of set 9 (146 pages), measured before lead_captions was
# written, four lost 5 lines: four lead captions (found since) and a lead paragraph in the
# article's header, listed below.
# The test fails when a page loses a line not listed here, and when a listed line is found
# again (then it leaves the list).
KNOWN_LOSSES = {
    # Three titles of a video playlist beside the text (h5), labelled text (doubtful): left
    # out and listed.
    "clickability-catchitkansas-state-swim": (89, 91, 93),
    # A fact check's claim box (the claim, its source, the verdict, the finding): left out,
    # the claim listed as possibly the author's text.
    "pangea-polygraph-al-tanf": (65, 67, 69, 71),
    # The lead question of a news page (news-sputnik-royal-arrogance), and the lead paragraph
    # of set 9's (saxotech-rp-fundusze), set apart above the body in an element named a lead
    # (b-article__lead, article__lead), are found since (named_leads). So is a food page's
    # standfirst (hsmedia-wday-foodbloggers, article__lead-paragraph), labelled publication.
    # Unseen set 8: a lead picture's caption set after "Image:" (read as a credit), a line
    # of the page's between it and the text: left out.
    "news-sky-mourinho-tottenham": (85,),
    # Unseen set 12: the quotation a mail answers, set loose between <br>s above the
    # writer's first paragraph, is found since (opens_the_text; it changes no other page).
    # Unseen set 13: a picture's caption after the body and one above it, both found since
    # (ezplatform: its figure wrapped in a media box of its own, _wrapped_figure; foundation,
    # a weekly: its block's credit before it is passed over, and it ends as a sentence, as
    # no headline does); a service page's heading over its first paragraph, found since
    # (jimdo: the title before it in the element holding it and the text no longer makes it
    # the page's, heads_the_text); the closing "Article Sources" (mantle); a heading over an
    # embedded map (sapper): left out by the extractor, the prose among them listed as
    # possibly the author's text. And the two paragraphs of one list item (storyblok) were
    # run together with no space between them ("werden:“Ich"): every word was there, but
    # neither line whole. So were the paragraphs of a book's <dd> of set 11 (htmlbook,
    # "saturation.Finally"), not left out as was thought: both pages' items are set apart by
    # a space since (_TREE_BLOCKS in html_capture).
    "mantle-thebalance-coinbase-pro": (405, 407, 409),
    "sapper-beige-provence": (93,),
    # Unseen set 14: a review's closing fact box (its pros, cons and ratings left out; the
    # reviewers' headings, whose score the page sets in a span the extractor dropped, are
    # completed since: cut_short, which changes no other page), and a question on a Q&A
    # site, left out with the answers under it and listed as possibly the author's text.
    "middleman-tofugu-dezuka-suisan": (89, 91, 93, *range(97, 116, 2)),
    "stackexchange-german-ausgeraubt": (97, 99, 103, 105),
    # Unseen set 16: the lead picture's caption, which credits no one (labelled the text's,
    # doubtfully), set above the text in the page's visual box: left out by the extractor and
    # listed as possibly the author's text.
    "news-sciencesetavenir-rumeur": (125,),
    # Unseen set 17: the heading ("Sources", an h5) over an interview's one footnote after its
    # last paragraph, left out with the note; the note itself, named by an empty anchor, is
    # restored as the chapter's note since.
    "wordpress-legrandcontinent-heran": (131,),
}


def test_every_capture_of_the_corpus_has_its_saved_page():
    assert len(SCORES) == len(ITEMS) >= 28
    assert len({item.platform for item in ITEMS}) >= 14


@pytest.mark.parametrize("name", sorted(SCORES))
def test_no_line_of_the_text_is_lost_from_the_saved_page(name):
    assert SCORES[name].text_lost == KNOWN_LOSSES.get(name, ())


def test_furniture_metadata_and_structure_of_the_saved_pages():
    scores = SCORES.values()

    def ratio(part: str, whole: str) -> float:
        return sum(getattr(s, part) for s in scores) / sum(getattr(s, whole) for s in scores)

    assert ratio("furniture_removed", "furniture") >= FURNITURE_FLOOR
    assert ratio("metadata_recognised", "metadata") >= METADATA_FLOOR
    assert ratio("headings_recognised", "headings") >= HEADINGS_FLOOR
    assert ratio("items_recognised", "items") >= ITEMS_FLOOR


def test_headings_and_list_items_of_the_plain_text_path(corpus_held_out):
    scores = [structure for _, structure in corpus_held_out.values()]
    found = sum(s.headings_recognised for s in scores) / sum(s.headings for s in scores)
    assert found >= TEXT_PATH_HEADINGS_FLOOR
    assert sum(s.items_recognised for s in scores) / sum(s.items for s in scores) >= (
        TEXT_PATH_ITEMS_FLOOR
    )
    assert sum(s.headings_false for s in scores) <= TEXT_PATH_FALSE_HEADINGS_CEILING
    assert sum(s.items_false for s in scores) <= TEXT_PATH_FALSE_ITEMS_CEILING


def test_a_capture_without_a_structure_table_counts_no_line_as_set_wrongly():
    unlabelled = [i for i in ITEMS if not load_structure(i).labelled]
    assert unlabelled
    for item in unlabelled:
        score = score_text_structure(item)
        assert (score.headings, score.headings_false, score.items_false) == (0, 0, 0)


def _sentence_headings(name: str) -> tuple[str, ...]:
    path = ROOT / "tests" / "corpus" / f"{name}.txt"
    cleaned = clean_lines(read_capture(path), str(path), None)
    return tuple(b.text for b in cleaned.body if b.kind == "heading" and is_sentence(b.text))


@pytest.mark.parametrize("name", [i.path.stem for i in ITEMS])
def test_no_sentence_of_a_plain_text_capture_becomes_a_heading(name):
    assert _sentence_headings(name) == ()


def _copy(tmp_path, name: str):
    for suffix in (".txt", ".toml"):
        shutil.copy(ROOT / "tests" / "corpus" / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    (tmp_path / "html").mkdir()
    page = ROOT / "tests" / "corpus" / "html" / f"{name}.html.gz"
    shutil.copy(page, tmp_path / "html" / page.name)
    return tmp_path / f"{name}.toml"


def test_a_paragraph_missing_from_the_page_is_counted_lost_and_a_menu_kept(tmp_path):
    """The scorer itself: a page whose paragraph is gone loses that line; a page whose
    furniture moved into the text keeps it."""
    name = "ghost-publikum-hpv-japan"
    sidecar = _copy(tmp_path, name)
    html = gzip.decompress((tmp_path / "html" / f"{name}.html.gz").read_bytes()).decode()
    paragraph = "Nope. Niemand ist daran gestorben."
    assert html.count(paragraph) == 1
    # The paragraph's words leave the page; a navigation line joins the article's body.
    html = html.replace(paragraph, "").replace(
        "<p>Vor langer", "<p>Impressum Nutzungsbedingungen Datenschutz</p><p>Vor langer"
    )
    (tmp_path / "html" / f"{name}.html.gz").write_bytes(gzip.compress(html.encode()))
    item = load_labelled(sidecar)
    score = score_html(item, site_of(item))
    assert 75 in score.text_lost
    assert score.furniture_kept >= 1


def test_structure_lines_must_be_text(tmp_path):
    sidecar = _copy(tmp_path, "ghost-publikum-hpv-japan")
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8").replace("heading = []", 'heading = ["65"]'),
        encoding="utf-8",
    )
    with pytest.raises(EditionError, match=r"heading lines \[65\] are not labelled text"):
        load_structure(load_labelled(sidecar))


def test_a_mark_of_a_chapter_footnote_is_not_compared():
    """The chapter shows a note's mark as its footnote's: the words around it still count."""
    line = "the gauntlet » [1]. Then (2) and (3) (1914)"
    assert without_marks(line, {1, 2}) == "the gauntlet ». Then and (3) (1914)"
    assert without_marks(line, set()) == line
    # A superscript's digits run into the sign before them, as a capture shows them.
    assert without_marks("les 40 %1 alors", {1}, run_in=True) == "les 40 % alors"
    assert without_marks("les 40 %1 alors", {1}) == "les 40 %1 alors"
    assert without_marks("Windows 10 is 2.9 GB", {9, 10}, run_in=True) == "Windows 10 is 2.9 GB"


def test_a_permalink_mark_run_into_a_headings_last_word_is_not_compared(tmp_path):
    """The capture runs a heading's "¶" into its last word ("developer¶"): the chapter's
    heading "developer" holds the same words."""
    from edition_tools.htmlscore import _words

    assert _words("Sharing with a single developer¶") == "sharing with a single developer"
    assert _words("A back link ↩ and # alone") == "a back link and alone"
