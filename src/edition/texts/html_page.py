"""What the edition knows of saved web pages without reading one: which files are pages, and
the rules under which the textual notes list what the extractor left out.

Kept apart from ``edition.texts.html_capture``, whose extractor (trafilatura, lxml) the notebooks'
runtime on Binder does not install: the text logic the notebooks use must not import it.
"""

from __future__ import annotations

from pathlib import Path

EXTENSIONS = frozenset({".html", ".htm"})

LEFT_OUT_RULES = {
    "html-left-out": "Visible text of the page that the extractor did not take for the text.",
    "html-left-out-prose": "Visible text that the extractor left out but that reads as "
    "prose: possibly the author's text.",
}

# An intervention: a block of the page the extractor left out, restored at its place; the
# review list gives the reason alone (edition.texts.review.restored_reason).
RESTORED_PREFIX = "restored at its place on the page: "
RESTORED_NOTE = RESTORED_PREFIX + "the extractor left it out inside the text (“{text}”)."
# A block (a paragraph or a heading) the extractor cut short, printed whole as the page
# shows it.
CUT_SHORT_NOTE = (
    RESTORED_PREFIX + "the extractor cut its {block} short, before “{text}”; the "
    "{block} is printed whole as the page shows it, without its links and emphasis."
)
# The same for a block just before or after the extracted text, in the part of the page that
# holds the text (a caption above it, a list of sources after it).
RESTORED_EDGE_NOTE = (
    RESTORED_PREFIX + "the extractor left it out at the edge of the text, "
    "in the part of the page that holds the text (“{text}”)."
)


def is_html(path: str | Path) -> bool:
    return Path(path).suffix.lower() in EXTENSIONS
