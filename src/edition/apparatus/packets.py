"""A study session's packet, to read on the page or print and hand out: the session's aim,
timings and ground rules, the passages its questions cite printed in full with their
paragraph numbers and links, and its questions with room to write.

The passages are found from the data: a question on a text cites its range of paragraphs
(``from`` … ``to``, in the text's numbering), a question across the texts its ``refs``.
"""

from __future__ import annotations

from edition import paths
from edition.apparatus.studyguide import (
    GUIDE_PAGE,
    Session,
    StudyGuide,
    paragraph_link,
    question_units,
    session_anchor,
)
from edition.texts.document import CleanText
from edition.texts.myst import escape, link
from edition.texts.paragraphs import anchor_for, citable_paragraphs


def packet_docname(session: Session) -> str:
    """The packet page of ``session``: ``book/study/session-1``."""
    return paths.packet(session_anchor(session))


def passage_texts(text: CleanText) -> dict[str, list[str]]:
    """Each citable number of a text and the paragraphs it stands for: one, or all the
    paragraphs of a reader response."""
    passages = {p.number: [p.block.text] for p in citable_paragraphs(text)}
    for block in text.responses:
        if f"R{block.number}" in passages and block.text not in passages[f"R{block.number}"]:
            passages[f"R{block.number}"].append(block.text)
    return passages


def cited(
    guide: StudyGuide, session: Session, numbers: dict[str, list[str]]
) -> list[tuple[str, str]]:
    """The (text, number) of every passage the session's questions cite, each once: the
    session's texts first, then the others in the reading order, each in its own order."""
    wanted: set[tuple[str, str]] = set()
    by_id = dict(zip((u.anchor for u in question_units(guide)), _questions(guide), strict=True))
    for question_id in session.questions:
        question = by_id[question_id]
        if hasattr(question, "refs"):
            wanted |= set(question.refs)
        else:
            order = numbers[question.text]
            span = order[order.index(question.first) : order.index(question.last) + 1]
            wanted |= {(question.text, n) for n in span}
    texts = [*session.texts, *(t for t in guide.reading_order if t not in session.texts)]
    return [(t, n) for t in texts for n in numbers[t] if (t, n) in wanted]


def _questions(guide: StudyGuide) -> list:
    return [*guide.questions, *guide.cross_questions]


def _minutes(count: int) -> str:
    return f"{count} minute" if count == 1 else f"{count} minutes"


def packet_markdown(
    guide: StudyGuide,
    session: Session,
    passages: dict[str, dict[str, list[str]]],
    titles: dict[str, str],
    docnames: dict[str, str],
) -> str:
    """The packet of ``session`` as MyST. ``passages`` maps each text to its numbers and
    their paragraphs (``passage_texts``), in the text's order."""
    numbers = {slug: list(by_number) for slug, by_number in passages.items()}
    texts = ", ".join(f"{{doc}}`/{docnames[s]}`" for s in session.texts)
    parts = [f"**Texts:** {texts}. From the {{doc}}`study guide </book/study-guide>`."]
    if session.aim:
        parts.append(f":::{{rubric}} Aim\n:::\n\n{session.aim}")
    if session.timings:
        total = sum(minutes for minutes, _ in session.timings)
        rows = [f"- **{_minutes(m)}:** {what}" for m, what in session.timings]
        parts.append(f":::{{rubric}} Timings ({_minutes(total)})\n:::\n\n" + "\n".join(rows))
    if guide.facilitation_note:
        parts.append(f":::{{rubric}} Ground rules\n:::\n\n{guide.facilitation_note}")
    parts.append(f":::{{rubric}} The plan\n:::\n\n{session.plan}")
    passages_md = [":::{rubric} The passages\n:class: packet-part\n:::"]
    current = None
    for slug, number in cited(guide, session, numbers):
        if slug != current:
            passages_md.append(f":::{{rubric}} {escape(titles[slug])}\n:class: packet-text\n:::")
            current = slug
        mark = paragraph_link(slug, number)
        body = "\n\n".join(escape(p) for p in passages[slug][number])
        passages_md.append(
            f"::::{{container}} passage\n:name: passage-{slug}-{anchor_for(number)}\n\n"
            f"{mark} {body}\n::::"
        )
    parts.append("\n\n".join(passages_md))
    units = {u.anchor: u for u in question_units(guide)}
    by_id = dict(zip(units, _questions(guide), strict=True))
    items = []
    for question_id in session.questions:
        unit, question = units[question_id], by_id[question_id]
        where = "Across the texts" if unit.page == GUIDE_PAGE else titles[unit.page]
        if hasattr(question, "refs"):
            refs = ", ".join(paragraph_link(s, n, prefix=f"{titles[s]} ") for s, n in question.refs)
        else:
            refs = paragraph_link(question.text, question.first, question.last)
        label = link(f"{where}, {unit.number}", f"#{question_id}")
        items.append(
            f"1. **{label}.** {question.question} ({refs})\n\n"
            "   :::{container} writing-space\n   Notes:\n   :::"
        )
    parts.append(":::{rubric} Questions\n:class: packet-part\n:::\n\n" + "\n\n".join(items))
    return "\n\n".join(parts) + "\n"
