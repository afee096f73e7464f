"""Restoring endnote marks that a capture lost.

When a page's superscript note numbers are dropped, the sentence that carried one runs into
the next with no space ("renters.I made"). Such traces, read in order, are matched to the
numbered notes in order; only when their counts agree, so that no mark is placed on a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from edition.texts.document import Block, Intervention

# A lower-case letter, a sentence end, then at once a capital: a lost mark and its space.
_TRACE = re.compile(r"(?<=[a-z][.!?])(?=[A-Z])")
_CONTEXT = 24
_CARRIERS = {"paragraph", "list-item"}


def note_traces(blocks: list[Block]) -> list[tuple[int, int]]:
    """(block index, character offset) of every trace, in reading order."""
    return [
        (index, match.start())
        for index, block in enumerate(blocks)
        if block.kind in _CARRIERS
        for match in _TRACE.finditer(block.text)
    ]


def restore_note_marks(
    body: list[Block], endnotes: list[Block]
) -> tuple[list[Block], list[Intervention]]:
    """Place each endnote's mark at its trace; report what was done or why not."""
    if not endnotes:
        return body, []
    traces = note_traces(body)
    if len(traces) != len(endnotes):
        return body, [
            Intervention(
                endnotes[0].line,
                f"Note marks not restored: the text shows {len(traces)} traces of lost marks "
                f"for {len(endnotes)} notes, so their places cannot be told.",
            )
        ]
    restored = list(body)
    interventions = []
    for (index, offset), note in zip(traces, endnotes, strict=True):
        block = restored[index]
        restored[index] = replace(block, notes=(*block.notes, (note.number, offset)))
        before = block.text[max(0, offset - _CONTEXT) : offset]
        run_together = block.text[:offset].split()[-1] + block.text[offset:].split()[0]
        interventions.append(
            Intervention(
                block.line,
                f"Mark of note {note.number} restored after “…{before}”, where the capture "
                f"runs “{run_together}” together; the space after the mark is supplied.",
            )
        )
    return restored, interventions
