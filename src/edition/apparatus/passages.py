"""The text of every numbered paragraph, for the study tools of the web edition.

The passage-set and notes pages run without a server: they read one static script that
holds each chapter's paragraphs (number, anchor, text) and its citation templates. The text
is the paragraph as a reader sees it, without its number and note marks, with runs of white
space made one space; the pages' script measures the paragraphs on a chapter page the same
way, so that a note's quote is compared with the same text on both sides.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

# JavaScript's \s, spelled out, so that Python and the browser collapse the same characters.
WHITE_SPACE = re.compile(
    "[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+"
)
# The global the script defines; the pages' script reads it.
GLOBAL = "editionPassages"


def normalise(text: str) -> str:
    """``text`` with every run of white space one space, and none at either end."""
    return WHITE_SPACE.sub(" ", text).strip()


def passage_id(slug: str, anchor: str) -> str:
    """How a passage-set link names a paragraph: ``critique-of-ally-politics:p12``."""
    return f"{slug}:{anchor}"


@dataclass(frozen=True)
class Chapter:
    slug: str
    title: str
    path: str  # the page's path in the site, book/essays/<slug>.html
    url: str  # its canonical address, or "" when the build has none
    templates: dict[str, dict[str, str]]
    paragraphs: list[tuple[str, str, str]]  # (number, anchor, text)


def passages_data(
    book: str, chapters: list[Chapter], styles: list[list[str]], prose: list[str]
) -> dict:
    """What the pages' script needs, chapters in the book's order."""
    return {
        "book": book,
        "styles": styles,
        "prose": prose,
        "chapters": [
            {
                "slug": c.slug,
                "title": c.title,
                "path": c.path,
                "url": c.url,
                "templates": c.templates,
                "paragraphs": [list(p) for p in c.paragraphs],
            }
            for c in chapters
        ],
    }


def passages_script(data: dict) -> str:
    """``data`` as a script that defines it: a script, unlike a JSON file fetched, loads from
    a page opened from disk (file://) too."""
    return f"window.{GLOBAL} = {json.dumps(data, ensure_ascii=False, sort_keys=True)};\n"
