"""Writing verbatim text into MyST Markdown so that it renders as exactly those characters."""

from __future__ import annotations

import re
import unicodedata

from edition.words import words

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


def role(name: str, title: str, target: str) -> str:
    """A MyST role ``{name}`title <target>``` that shows ``title`` as exactly its characters.

    Role content is not Markdown, so escaping would show the backslashes. Instead the
    delimiter is a run of backticks longer than any run inside the content (the role syntax
    follows code spans), so a backtick in the title cannot end the role and start another
    one (``{download}`` would copy a file into the site)."""
    content = f"{title} <{target}>"
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    ticks = "`" * (longest + 1)
    # A leading backtick would lengthen the opening run; a space keeps it content.
    return f"{{{name}}}{ticks}{' ' if content.startswith('`') else ''}{content}{ticks}"
