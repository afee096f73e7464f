"""What reads as prose: the test every removal rule must pass before it may drop a line.

A rule that recognises page furniture or metadata by its wording can always meet an author's
sentence that happens to share it ("Subscribe to solidarity, not to charity.", "By then, it
was too late."). Furniture is made of labels, counts, names and cut-off teasers; the author's
text is made of sentences. So no rule removes a line that reads as a sentence, and a block of
furniture ends at the first line that reads as prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from edition.texts.words import word_count, words

# A sentence ends with . ! or ? (in Chinese and Japanese 。！？), perhaps inside closing quotes
# (German ones too: „…“, ‚…‘) or brackets.
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’“‘)\]」』）]*\s*$")
# "By M." ends in an initial, not a sentence.
_INITIAL_END = re.compile(r"(?:^|\s)\S?[A-Z]\.\s*$")
# A teaser is cut off with an ellipsis; the author's paragraph was not.
CUT_OFF = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*\s*$")
# Prose has some length: shorter sentences ("Read more.") are treated as sentences but not
# as the author's prose that would end a block of furniture.
MIN_PROSE_WORDS = 8
# A copyright notice opens with the sign or the word and the sign, a year or "(c)": a legal
# formula of the site's, not a sentence of the text ("Copyright law is …" stays prose).
_NOTICE = re.compile(r"^\s*(?:©|copyright\s+(?:©|\(c\)|\d{4}))", re.IGNORECASE)
# Headlines capitalise their longer words ("Is America in the Early Stages of …?"); sentences
# of prose do not.
_HEADLINE_CAPITALS = 0.6


def is_title_case(text: str) -> bool:
    long_words = [w for w in words(text) if len(w) > 3]
    if not long_words:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= _HEADLINE_CAPITALS


# A headline's house style leaves a few longer words of grammar low, and one or two more; a
# sentence full of names ("He is renowned for his tactical prowess and has managed FC Porto,
# Inter Milan, …") or of German nouns is capitalised as a headline is, but leaves more low.
# Of the 121 captures' lines of prose length that end a sentence in headline capitals, 48 of
# the text's and 12 of the furniture's leave four or more low; 27 and 85 leave fewer. Such a
# sentence ends a block of furniture (a teaser list ran on into a quotation so, unseen data
# of set 8), but does not read as prose elsewhere: as prose, a German newsletter box's
# appeal stood together with a paragraph of the text, and the end matter began too soon.
_LOW_IN_HEADLINES = frozenset({
    "with", "from", "into", "onto", "upon", "over", "than", "that", "this", "about", "after",
    "under", "until", "when", "what", "while", "without", "through", "between", "among",
    "against", "before", "during", "since", "like", "near", "versus",
})  # fmt: skip
_MAX_LOW_IN_HEADLINE = 3


def is_sentence_of_names(text: str) -> bool:
    """A sentence of prose length capitalised as a headline for its names or nouns, whose
    other longer words are low as no headline leaves them."""
    low = [
        w
        for w in words(text)
        if len(w) > 3 and not w[0].isupper() and w.casefold() not in _LOW_IN_HEADLINES
    ]
    return (
        word_count(text) >= MIN_PROSE_WORDS
        and is_sentence(text)
        and is_title_case(text)
        and len(low) > _MAX_LOW_IN_HEADLINE
    )


# The cleaning asks of each line several times (rules, blocks, end matter, review); a page's
# lines are asked about in a few passes, so a cache of a page's worth of lines serves.
_CACHED_LINES = 1 << 16


@lru_cache(maxsize=_CACHED_LINES)
def is_sentence(text: str) -> bool:
    """Whether the line ends as a sentence does (not in an initial, not cut off)."""
    stripped = text.strip()
    return bool(_SENTENCE_END.search(stripped)) and not (
        _INITIAL_END.search(stripped) or CUT_OFF.search(stripped)
    )


@lru_cache(maxsize=_CACHED_LINES)
def reads_as_prose(text: str) -> bool:
    """A complete sentence of some length, not a headline nor a copyright notice: a line no
    rule may remove."""
    return (
        word_count(text) >= MIN_PROSE_WORDS
        and is_sentence(text)
        and not is_title_case(text)
        and not _NOTICE.match(text)
    )


def leads_in(text: str) -> bool:
    """A line of the text's length that ends in a colon ("Here are a few more tips:"): it
    announces what follows, which is the author's however short its lines are."""
    return word_count(text) >= MIN_PROSE_WORDS and text.rstrip().endswith(":")


def led_in(lines: list[str]) -> list[bool]:
    """For each line, whether a lead-in above it (``leads_in``) leads into it: the lines
    after a lead-in, up to the first that ends a sentence, are what it announces (a list of
    titles under their headings, a verse), however short."""
    flags: list[bool] = []
    led = False
    for text in lines:
        flags.append(led and bool(text.strip()))
        if text.strip():
            led = leads_in(text) or (led and not is_sentence(text))
    return flags
