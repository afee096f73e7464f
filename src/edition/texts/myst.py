"""Writing verbatim text into MyST Markdown so that it renders as exactly those characters."""

from __future__ import annotations

import re
import unicodedata

from edition.texts.words import words

# Characters that MyST (with the extensions this book enables) may read as markup anywhere.
_INLINE = re.compile(r"([\\`*_\[\]<>{}|$~^&#])")
# At the start of a line: list markers, headings, comments, block quotes, targets, fences.
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=%:(])")


def escape_inline(text: str) -> str:
    """Escape markup characters inside a line, keeping the spacing as it is."""
    return _INLINE.sub(r"\\\1", text)


def escape(text: str) -> str:
    """Escape ``text`` for a MyST paragraph: every character renders as itself."""
    escaped = escape_inline(text.strip())
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped, count=1)


def slugify(text: str, max_words: int = 6) -> str:
    """A lower-case ASCII anchor from the first words of ``text``."""
    ascii_words = [
        unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower()
        for w in words(text.replace("’", "").replace("'", ""))
    ]
    return "-".join(w for w in ascii_words[:max_words] if w)


def link(text: str, target: str) -> str:
    """A MyST link showing ``text`` as exactly its characters: to a page (``/book/x.md``) or
    to a label anywhere in the book (``#slug-p12``), resolved like ``{doc}`` and ``{ref}``.

    Not a role: role content is not Markdown, so nothing in it can be escaped, and a title
    with a backtick would end the role and start another (``{download}`` copies a file into
    the site), while a "<" in it would be read as the start of the target."""
    return f"[{escape_inline(text)}]({target})"
