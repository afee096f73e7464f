"""The import's review list: the decisions the cleaning was least sure of, for the editor to
confirm before a chapter is published.

Four kinds: lines set aside that read like text (a rule may be wrong), lines kept that look
like furniture (a rule may be missing), structure guessed from the shape of plain lines, and
blocks of a saved page restored where the extractor left them out inside the text.
Each item names the capture line, so the editor can look, and if needed record a decision
(``furniture_lines`` in the provenance record) or fix the capture.
"""

from __future__ import annotations

from dataclasses import dataclass

from edition.texts.document import CleanText
from edition.texts.furniture import EDITOR_RULE
from edition.texts.html_page import RESTORED_PREFIX
from edition.texts.prose import is_sentence, reads_as_prose
from edition.texts.structure import may_head_a_section
from edition.texts.words import word_count

# Where the review list says the cleaning took the author's text to end, and where it took the
# readers' responses to begin.
TEXT_END_REASON = "the text is taken to end before this line"
RESPONSES_REASON = "reader responses start here"
# A kept line this short, with no sentence end, reads like a widget label or a count.
_MAX_LABEL_WORDS = 3
_QUOTE = 70


@dataclass(frozen=True)
class Item:
    line: int
    kind: str
    reason: str
    text: str

    def __str__(self) -> str:
        text = self.text.strip()
        shown = text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"
        return f"line {self.line:>4}  {self.kind:<20} {self.reason}: “{shown}”"


def restored_reason(description: str) -> str:
    """Why a restored block was left out, from its intervention's description: "the
    extractor left it out inside the text", or at its edge."""
    return description.removeprefix(RESTORED_PREFIX).rsplit(" (“", 1)[0]


def review_items(text: CleanText) -> list[Item]:
    """What an editor should confirm, in the order of the capture's lines."""
    items = [
        Item(s.line, "removed, reads as text", f"set aside as {s.rule}", s.text)
        for s in text.set_aside
        if s.rule != EDITOR_RULE
        and (
            s.rule == "html-left-out-prose"
            or reads_as_prose(s.text)
            or (is_sentence(s.text) and word_count(s.text) > 3)
        )
    ]
    tail = [s for s in text.set_aside if s.rule == "trailing-furniture"]
    end = min((n for n in (tail[0].line if tail else None, text.end_matter) if n), default=None)
    texts = [block.text for block in text.body]
    for index, block in enumerate(text.body):
        size = word_count(block.text)
        label = (block.kind == "paragraph" and size <= _MAX_LABEL_WORDS) or (
            block.kind == "heading" and size == 1
        )
        if end is not None and block.line > end:
            # Kept because it reads as prose (or is numbered), among the page's lines after
            # the text: a teaser's blurb or a box's appeal as often as the author's.
            reason = "kept among the page's lines after the text's end"
            items.append(Item(block.line, "kept, looks like furniture", reason, block.text))
        elif label and not is_sentence(block.text):
            reason = f"a short label kept as a {block.kind}"
            items.append(Item(block.line, "kept, looks like furniture", reason, block.text))
        elif block.kind in {"heading", "list-item", "epigraph", "salutation"}:
            items.append(Item(block.line, "structure guessed", f"set as {block.kind}", block.text))
        elif block.kind == "paragraph" and may_head_a_section(
            texts[index - 1] if index else None,
            block.text,
            texts[index + 1] if index + 1 < len(texts) else None,
        ):
            reason = "kept as a paragraph, a question alone between paragraphs (or a heading?)"
            items.append(Item(block.line, "structure guessed", reason, block.text))
    items += [
        Item(b.line, "structure guessed", f"set apart above the text as {b.kind}", b.text)
        for b in text.head
    ]
    items += [
        Item(i.line, "restored", restored_reason(i.description), i.restored)
        if i.restored
        else Item(i.line, "structure guessed", "editorial intervention", i.description)
        for i in text.interventions
    ]
    first = next((s for s in text.set_aside if end is not None and s.line >= end), None)
    if first:
        items.append(
            Item(
                first.line,
                "structure guessed",
                TEXT_END_REASON,
                first.text,
            )
        )
    if text.responses:
        first = text.responses[0]
        items.append(Item(first.line, "structure guessed", RESPONSES_REASON, first.text))
    if text.endnotes:
        first = text.endnotes[0]
        items.append(
            Item(first.line, "structure guessed", "the author's notes start here", first.text)
        )
    return sorted(items, key=lambda item: item.line)


def render_review(source: str, items: list[Item]) -> str:
    """The review list as a plain-text file beside the draft chapter."""
    head = (
        f"Review list for {source}: the import's least certain decisions. Confirm each before "
        "publishing; see the textual notes for every line set aside.\n\n"
    )
    return head + ("\n".join(map(str, items)) if items else "Nothing to review.") + "\n"
