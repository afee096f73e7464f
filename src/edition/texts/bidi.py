"""Bidirectional controls in a text: kept verbatim, shown to the editor, isolated on the page.

The embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) change the order in
which the characters after them are displayed, up to the end of the paragraph: an unclosed
U+202E (RIGHT-TO-LEFT OVERRIDE) in a capture would print the rest of the paragraph backwards,
note marks and editorial links included. They are part of what the page holds, so they stay in
the text; the import lists every line that holds one, and the book isolates the text that holds
them (``edition.sphinxext.bidi``) so that they act on nothing around it.
"""

from __future__ import annotations

import re
import unicodedata

from edition.texts.document import CleanText
from edition.texts.review import Item

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# What else a terminal would act on rather than print: the C0 controls but the tab and the line
# feed, DEL, and the C1 controls (U+009B, a one-character CSI, begins an escape sequence).
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
REVIEW_KIND = "bidi control kept"


def has_bidi_controls(text: str) -> bool:
    return BIDI_CONTROLS.search(text) is not None


def show_controls(text: str) -> str:
    """``text`` with each bidi control written as its code point, for a terminal or a list
    (where it would otherwise reorder the rest of the line), and so each control character a
    terminal would act on."""
    shown = BIDI_CONTROLS.sub(lambda m: f"<U+{ord(m[0]):04X}>", text)
    return _TERMINAL_CONTROLS.sub(lambda m: f"<U+{ord(m[0]):04X}>", shown)


def review_items(text: CleanText) -> list[Item]:
    """One review item for each line of the text, or set aside, that holds a bidi control."""
    lines = [(line.number, line.text) for line in text.title_lines]
    lines += [(block.line, block.text) for block in text.blocks()]
    lines += [(block.line, block.attribution or "") for block in text.blocks()]
    lines += [(aside.line, aside.text) for aside in text.set_aside]
    items = {}
    for number, line in lines:
        controls = sorted(set(BIDI_CONTROLS.findall(line)))
        if controls and (number, line) not in items:
            names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in controls)
            reason = f"{names}: kept verbatim, isolated on the page"
            items[number, line] = Item(number, REVIEW_KIND, reason, show_controls(line))
    return sorted(items.values(), key=lambda item: item.line)
