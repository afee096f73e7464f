"""The study guide (apparatus/study-guide.toml): questions anchored to paragraphs, a reading
order and a three-session plan, rendered as MyST for the guide page and each chapter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.texts.myst import link
from edition.texts.paragraphs import anchor_for
from edition.tomlfile import check_keys, line_of, load_toml, toml_lines

_TOP = {
    "reading_order", "reading_order_note", "facilitation_note", "question", "cross_question",
    "session",
}  # fmt: skip
_QUESTION = {"text", "from", "to", "question"}
_CROSS = {"question", "refs"}
_SESSION = {"number", "title", "texts", "plan"}
# What a session's packet adds: its aim, its timings ([minutes, activity]) and its questions.
_PACKET = {"aim", "timings", "questions"}
# "About 75 minutes" in a plan: the timings must add up to it.
_MINUTES = re.compile(r"\bAbout (\d+) minutes\b")


@dataclass(frozen=True)
class Question:
    text: str
    first: str
    last: str
    question: str


@dataclass(frozen=True)
class CrossQuestion:
    question: str
    refs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Session:
    number: int
    title: str
    texts: tuple[str, ...]
    plan: str
    aim: str = ""
    timings: tuple[tuple[int, str], ...] = ()
    # The ids of the questions the session takes up (``q-<slug>-3``, ``q-across-2``).
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unit:
    """A citable unit of the guide: a question or a session, with its stable anchor.

    ``page`` is the text a question is on, or ``study-guide`` for the questions across the
    texts and the sessions; ``number`` is ``Q3`` or ``S1``.
    """

    page: str
    number: str
    anchor: str
    text: str


GUIDE_PAGE = "study-guide"


@dataclass(frozen=True)
class StudyGuide:
    reading_order: tuple[str, ...]
    reading_order_note: str
    questions: tuple[Question, ...]
    cross_questions: tuple[CrossQuestion, ...]
    sessions: tuple[Session, ...]
    facilitation_note: str = ""


def load_study_guide(path: str | Path, slugs: set[str]) -> StudyGuide:
    """Read and check the guide; every text named must be one of ``slugs``."""
    path = Path(path)
    data, text = load_toml(path)
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise EditionError(path, f"unknown key {unknown[0]!r}")

    def known(slug: str, table: str, entry: int, key: str) -> str:
        if slug not in slugs:
            raise EditionError(path, f"unknown text {slug!r}", line_of(text, table, entry, key))
        return slug

    questions = []
    for entry, table in enumerate(data.get("question", [])):
        check_keys(table, _QUESTION, _QUESTION, path, text, "question", entry)
        slug = known(table["text"], "question", entry, "text")
        questions.append(Question(slug, table["from"], table["to"], table["question"].strip()))
    cross = []
    for entry, table in enumerate(data.get("cross_question", [])):
        check_keys(table, _CROSS, _CROSS, path, text, "cross_question", entry)
        refs = tuple((known(s, "cross_question", entry, "refs"), n) for s, n in table["refs"])
        cross.append(CrossQuestion(table["question"].strip(), refs))
    sessions = []
    for entry, table in enumerate(data.get("session", [])):
        check_keys(table, _SESSION | _PACKET, _SESSION, path, text, "session", entry)
        texts = tuple(known(s, "session", entry, "texts") for s in table["texts"])
        timings = tuple((int(m), str(what)) for m, what in table.get("timings", []))
        stated = _MINUTES.search(table["plan"])
        if timings and stated and sum(m for m, _ in timings) != int(stated[1]):
            line = line_of(text, "session", entry, "timings")
            raise EditionError(path, f"the timings do not add up to the plan's {stated[0]}", line)
        session = Session(
            table["number"], table["title"], texts, table["plan"].strip(),
            table.get("aim", "").strip(), timings, tuple(table.get("questions", [])),
        )  # fmt: skip
        sessions.append(session)
    # A suggestion, not a list of the texts: a new text waits outside it until the editor
    # places it, and the guide says nothing false in the meantime.
    order = tuple(data.get("reading_order", []))
    line = next((n for n, t in enumerate(toml_lines(text), 1) if t.startswith("reading_")), None)
    for entry, slug in enumerate(order):
        if slug not in slugs:
            raise EditionError(path, f"unknown text {slug!r} in reading_order", line)
        if slug in order[:entry]:
            raise EditionError(path, f"reading_order names {slug!r} twice", line)
    guide = StudyGuide(
        order,
        data.get("reading_order_note", "").strip(),
        tuple(questions),
        tuple(cross),
        tuple(sessions),
        data.get("facilitation_note", "").strip(),
    )
    ids = {unit.anchor for unit in question_units(guide)}
    for entry, session in enumerate(guide.sessions):
        for question in session.questions:
            if question not in ids:
                line = line_of(text, "session", entry, "questions")
                raise EditionError(path, f"unknown question {question!r}", line)
    return guide


def question_units(guide: StudyGuide) -> list[Unit]:
    """Every question, numbered within its text (``q-<slug>-3``) or across them
    (``q-across-2``): the numbers the lists on the pages show."""
    units = []
    counts: dict[str, int] = {}
    for q in guide.questions:
        counts[q.text] = counts.get(q.text, 0) + 1
        n = counts[q.text]
        units.append(Unit(q.text, f"Q{n}", f"q-{q.text}-{n}", q.question))
    units += [
        Unit(GUIDE_PAGE, f"Q{n}", f"q-across-{n}", q.question)
        for n, q in enumerate(guide.cross_questions, start=1)
    ]
    return units


def session_units(guide: StudyGuide) -> list[Unit]:
    """Every session, by the number the guide gives it (``session-1``)."""
    return [
        Unit(GUIDE_PAGE, f"S{s.number}", session_anchor(s), s.title)
        for s in sorted(guide.sessions, key=lambda s: s.number)
    ]


def session_anchor(session: Session) -> str:
    return f"session-{session.number}"


def paragraph_link(slug: str, first: str, last: str | None = None, prefix: str = "") -> str:
    """A MyST link to a paragraph or range: [¶ 5–7](#slug-p5)."""
    span = first if not last or last == first else f"{first}–{last}"
    mark = "" if first.startswith("R") else "¶ "
    return link(f"{prefix}{mark}{span}", f"#{slug}-{anchor_for(first)}")


def chapter_questions(guide: StudyGuide, slug: str) -> str:
    """The questions on one text, as a numbered list with their paragraph links."""
    items = [
        f"1. {q.question} ({paragraph_link(q.text, q.first, q.last)})"
        for q in guide.questions
        if q.text == slug
    ]
    return "\n".join(items) + "\n" if items else ""


def cross_questions(guide: StudyGuide, titles: dict[str, str]) -> str:
    items = []
    for q in guide.cross_questions:
        links = ", ".join(paragraph_link(s, n, prefix=f"{titles[s]} ") for s, n in q.refs)
        items.append(f"1. {q.question} ({links})")
    return "\n".join(items) + "\n"


def reading_order(guide: StudyGuide, docnames: dict[str, str]) -> str:
    items = [f"1. {{doc}}`/{docnames[slug]}`" for slug in guide.reading_order]
    return guide.reading_order_note + "\n\n" + "\n".join(items) + "\n"


def session_markdown(session: Session, docnames: dict[str, str], packet: str = "") -> str:
    """A session under a heading whose anchor is its stable id (``session-1``), with a link
    to its packet page (``packet``, a docname) if it has one."""
    texts = ", ".join(f"{{doc}}`/{docnames[s]}`" for s in session.texts)
    heading = (
        f":::{{rubric}} Session {session.number}: {session.title}\n"
        f":name: {session_anchor(session)}\n:class: session-title\n:::"
    )
    text = f"{heading}\n\nTexts: {texts}\n\n{session.plan}"
    if packet:
        text += f"\n\nPacket to print and hand out: {{doc}}`/{packet}`"
    return text + "\n"


def sessions(guide: StudyGuide, docnames: dict[str, str]) -> str:
    """Each session under a heading whose anchor is its stable id (``session-1``)."""
    ordered = sorted(guide.sessions, key=lambda s: s.number)
    return "\n".join(session_markdown(s, docnames) for s in ordered)
