"""Synthetic corpora for the scaling benchmark, made from the real texts.

A synthetic text is a title, "Synthetic text N", and as many paragraphs as one of the real
texts has, of one of two kinds:

- resampled: the real texts' prose paragraphs drawn at random (never the same paragraph twice
  in one text), so that every paragraph recurs in many texts, as no real corpus does;
- fresh: paragraphs of words drawn at random from the real texts' words, as often as they
  occur there (so the concepts occur at their real rates), in sentences as long as real
  ones; no run of words as long as edition.apparatus.parallels compares recurs anywhere, so
  the texts share no passage, as different texts mostly do not.

It is written as a capture (one line per paragraph) with a provenance record, so the real
importer, analysis and build read it as they read the real texts. Nothing in it pretends to be
real: its title says it is synthetic, and so does every note of its record.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from edition.apparatus.parallels import shingles
from edition.texts.document import CleanText
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.provenance import UNKNOWN
from edition.texts.words import words

# The width of the numbers in file names, so that they sort in order up to 999 texts.
_NUMBER_WIDTH = 3
SYNTHETIC_NOTE = (
    "A synthetic text made for the scaling benchmark by edition_tools.synthetic: paragraphs of the "
    "edition's five texts, resampled at random. No one wrote it as such."
)


@dataclass(frozen=True)
class SyntheticText:
    number: int
    paragraphs: tuple[str, ...]

    @property
    def title(self) -> str:
        return f"Synthetic text {self.number}"

    @property
    def slug(self) -> str:
        return f"synthetic-text-{self.number}"

    @property
    def id(self) -> str:
        """The capture id, as the provenance record and the directives name the text."""
        return f"synthetic_{self.number:0{_NUMBER_WIDTH}d}"

    @property
    def file(self) -> str:
        return f"{self.id}.txt"


def paragraph_pool(texts: Iterable[CleanText]) -> list[str]:
    """Every distinct prose paragraph of the texts, in reading order.

    Only prose paragraphs: a list item, an epigraph or a salutation taken out of its place
    would be read as something else. Distinct, because one text is an excerpt of another.
    """
    return list(dict.fromkeys(b.text for text in texts for b in text.body if b.kind == "paragraph"))


def text_lengths(texts: Iterable[CleanText]) -> list[int]:
    """How many numbered paragraphs of its author each text has (responses left out)."""
    return [sum(not p.number.startswith("R") for p in citable_paragraphs(text)) for text in texts]


def synthetic_texts(
    pool: list[str], lengths: list[int], count: int, seed: int
) -> list[SyntheticText]:
    """``count`` texts, numbered from 1; the same arguments always give the same texts."""
    rng = random.Random(seed)
    texts = []
    for number in range(1, count + 1):
        length = min(rng.choice(lengths), len(pool))
        texts.append(SyntheticText(number, tuple(rng.sample(pool, length))))
    return texts


def fresh_paragraphs(
    pool: list[str], lengths: list[int], count: int, seed: int
) -> list[SyntheticText]:
    """``count`` texts of paragraphs made of ``pool``'s words, each paragraph as long as one of
    the pool's and no run of words shared with any other paragraph; the same arguments always
    give the same texts."""
    rng = random.Random(seed)
    vocabulary = [word for paragraph in pool for word in words(paragraph)]
    sizes = [len(words(paragraph)) for paragraph in pool]
    seen: set[tuple[str, ...]] = set()

    def paragraph() -> str:
        while True:
            drawn = rng.choices(vocabulary, k=rng.choice(sizes))
            runs = shingles(" ".join(drawn))
            if not runs & seen:
                seen.update(runs)
                return _sentences(drawn, rng)

    return [
        SyntheticText(number, tuple(paragraph() for _ in range(rng.choice(lengths))))
        for number in range(1, count + 1)
    ]


def _sentences(drawn: list[str], rng: random.Random) -> str:
    """The words as sentences of 8 to 24 words, each capitalised and ending in a full stop."""
    sentences, start = [], 0
    while start < len(drawn):
        end = start + rng.randint(8, 24)
        sentence = " ".join(drawn[start:end])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        start = end
    return " ".join(sentences)


def fresh(texts: list[CleanText], count: int, seed: int) -> list[SyntheticText]:
    """``count`` synthetic texts of fresh paragraphs, as long as ``texts`` are."""
    return fresh_paragraphs(paragraph_pool(texts), text_lengths(texts), count, seed)


def resample(texts: list[CleanText], count: int, seed: int) -> list[SyntheticText]:
    """``count`` synthetic texts made of the paragraphs of ``texts``, as long as they are."""
    return synthetic_texts(paragraph_pool(texts), text_lengths(texts), count, seed)


def capture_text(text: SyntheticText) -> str:
    """The text as a capture: its title line, then one line per paragraph."""
    return "\n".join([text.title, *text.paragraphs]) + "\n"


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def provenance_toml(texts: Iterable[SyntheticText]) -> str:
    """The provenance records of the texts, in the shape of sources/provenance.toml."""
    entries = []
    for text in texts:
        fields = {
            "file": text.file,
            "slug": text.slug,
            "title": text.title,
            "author": UNKNOWN,
            "author_note": SYNTHETIC_NOTE,
            "venue": UNKNOWN,
            "venue_note": "Never published.",
            "date": UNKNOWN,
            "date_note": "Made when the benchmark ran.",
            "original_publication": UNKNOWN,
            "rights": "No licence stated",
        }
        lines = [f"{key} = {_toml_string(value)}" for key, value in fields.items()]
        entries.append("\n".join(["[[text]]", *lines]))
    return (
        "# Synthetic texts of the scaling benchmark; none is real.\n\n"
        + "\n\n".join(entries)
        + "\n"
    )


def headnotes_toml(texts: Iterable[SyntheticText]) -> str:
    """A headnote for each text, in the shape of apparatus/headnotes.toml."""
    note = _toml_string(SYNTHETIC_NOTE)
    return "\n".join(f"[{t.slug}]\ntext = {note}\n" for t in texts)


def study_guide_toml(texts: Iterable[SyntheticText]) -> str:
    """A study guide with no questions whose reading order is the texts' own."""
    order = ", ".join(_toml_string(t.slug) for t in texts)
    note = _toml_string("The synthetic texts in the order they were made.")
    return f"reading_order = [{order}]\nreading_order_note = {note}\n"


def write_sources(folder: str | Path, texts: list[SyntheticText]) -> None:
    """Write the texts as a sources folder: captures/ and provenance.toml."""
    folder = Path(folder)
    captures = folder / "captures"
    captures.mkdir(parents=True, exist_ok=True)
    for text in texts:
        (captures / text.file).write_text(capture_text(text), encoding="utf-8")
    (folder / "provenance.toml").write_text(provenance_toml(texts), encoding="utf-8")
