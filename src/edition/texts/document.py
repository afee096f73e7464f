"""The cleaned text of a capture, as plain data: what is kept, what was set aside and why."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """A line of the capture with its 1-based line number."""

    number: int
    text: str


@dataclass(frozen=True)
class SetAside:
    """A capture line that is not part of the text as printed: furniture or page metadata."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Intervention:
    """An editorial change to how the words are presented (never to the words); ``restored``
    holds the words of a block of a saved page put back where the extractor left it out."""

    line: int
    description: str
    restored: str | None = None


@dataclass(frozen=True)
class Block:
    """A unit of the text.

    ``kind`` is one of: ``standfirst``, ``publication-note``, ``salutation``, ``heading``,
    ``paragraph``, ``epigraph`` (``attribution`` set), ``list-item``, ``endnote`` and
    ``response`` (``number`` set for both), and ``quote``, a block quotation of a saved web
    page.  ``notes`` holds the endnote numbers whose marks were restored in this block, with
    the character offset at which each stands.  ``markup``, for blocks of a saved web page, is
    the block as safe MyST (escaped text with emphasis, web links and footnote marks), made
    by ``edition.texts.html_capture``; ``text`` stays the plain text. ``through`` is the last
    capture line of a block joined from a capture's wrapped lines (``edition.texts.wrapping``).
    """

    kind: str
    line: int
    text: str
    attribution: str | None = None
    number: int | None = None
    notes: tuple[tuple[int, int], ...] = ()
    markup: str | None = None
    through: int | None = None


@dataclass(frozen=True)
class CleanText:
    """A capture cleaned for the edition."""

    source: str
    title_lines: tuple[Line, ...]
    head: tuple[Block, ...]
    body: tuple[Block, ...]
    responses: tuple[Block, ...]
    endnotes: tuple[Block, ...]
    set_aside: tuple[SetAside, ...]
    interventions: tuple[Intervention, ...] = field(default=())
    # The capture line where the page's end matter begins (edition.texts.endmatter), if it was
    # found: lines kept from there on read as prose among the page's furniture.
    end_matter: int | None = None

    def blocks(self) -> tuple[Block, ...]:
        """Every block of the text, in the order a chapter page shows them: the author's notes
        follow the text, and the page's responses come after both."""
        return self.head + self.body + self.endnotes + self.responses
