"""The sources of the editorial notes: their citation style, and each chapter's own list.

The notes cite by the label ``edition.apparatus.bibstyle`` gives a source, and the lists show each
source under that label, so the two always agree. Each chapter with notes ends with the
sources its notes cite, so a text's PDF carries them and their addresses. A source cited by
two chapters is in both lists; sphinxcontrib-bibtex warns of a key listed twice, so a
chapter's notes cite their sources under keys prefixed with the chapter's slug (its list's
``:keyprefix:``), and their citations link to the list on their own page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pybtex.plugin
from sphinxcontrib.bibtex.citation_target import parse_citation_targets
from sphinxcontrib.bibtex.plugin import register_plugin
from sphinxcontrib.bibtex.style.referencing import BracketStyle
from sphinxcontrib.bibtex.style.referencing.label import LabelReferenceStyle

from edition.apparatus import bibstyle
from edition.apparatus.notes import Note

STYLE = "edition"
HEADING = "Sources of the notes in this text"
# The citation roles of a note's body, as edition.apparatus.notes reads them: {cite}`a,b`,
# {cite:p}`a`.
_CITE_ROLE = re.compile(r"(\{cite(?::[a-z]+)?\}`)([^`]+)(`)")


def _brackets() -> BracketStyle:
    # Labels hold commas ("Turl, 2009"): several in one citation are set apart by semicolons.
    return BracketStyle(sep="; ")


@dataclass
class ReferenceStyle(LabelReferenceStyle):
    """Citations by the sources' labels, in square brackets: [Turl, 2009; Way, n.d.]."""

    bracket_parenthetical: BracketStyle = field(default_factory=_brackets)
    bracket_textual: BracketStyle = field(default_factory=_brackets)


def register_styles() -> None:
    """Make the styles known by name to ``bibtex_default_style`` and ``bibtex_reference_style``."""
    pybtex.plugin.register_plugin("pybtex.style.formatting", STYLE, bibstyle.Style)
    register_plugin("sphinxcontrib.bibtex.style.referencing", STYLE, ReferenceStyle)


def key_prefix(slug: str) -> str:
    return f"{slug}:"


def _prefixed(targets: str, prefix: str) -> str:
    return ",".join(
        (f"{{{t.pre}}}" if t.pre else "") + prefix + t.key + (f"{{{t.post}}}" if t.post else "")
        for t in parse_citation_targets(targets)
    )


def cite_in_chapter(note: Note, slug: str) -> Note:
    """The note citing its sources in the list of the chapter ``slug``."""
    prefix = key_prefix(slug)
    body = _CITE_ROLE.sub(lambda m: m[1] + _prefixed(m[2], prefix) + m[3], note.body)
    return replace(note, body=body)


def chapter_sources(slug: str) -> str:
    """The list of the sources a chapter's notes cite, as MyST, to end the chapter."""
    return (
        f"::::{{container}} editorial note-sources\n"
        f":::{{rubric}} {HEADING}\n:::\n"
        f"```{{bibliography}}\n:keyprefix: {key_prefix(slug)}\n:filter: docname in docnames\n```\n"
        f"::::\n"
    )
