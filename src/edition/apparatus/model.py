"""The edition as one model: what the build, the notebooks and the scripts know of its texts.

An ``EditionModel`` is made from the edition's root folder and its settings (the book's
``edition_*`` configuration values) and answers every question about the texts from them:
the records, each text cleaned, the lexicon, the notes, headnotes, paragraph statuses, the
study guide, the passages the texts share and which page is which text's chapter. Each fact
is read or computed on first use and kept, so that a build cleans each text once however many
directives and hooks ask for it. A text is named by its slug, here and everywhere.

Not the citation of the edition (``edition.apparatus.citation.Edition``): this is its content.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path

import yaml

from edition.apparatus.headnotes import Headnote, load_headnotes
from edition.apparatus.lexicon import Concept, load_lexicon
from edition.apparatus.notes import Note, load_notes
from edition.apparatus.parallels import Parallel, Passage, find_parallels
from edition.apparatus.status import Status, load_statuses
from edition.apparatus.studyguide import StudyGuide, load_study_guide
from edition.errors import EditionError
from edition.texts.cleaning import clean_record
from edition.texts.document import CleanText
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.provenance import Record, load_provenance


@dataclass(frozen=True)
class Settings:
    """Where the edition keeps its data, as paths under its root (the book's ``edition_*``
    settings, without the prefix; these defaults are the repository's)."""

    sources: str = "sources"
    registry: str = "registry/paragraphs.json"
    lexicon: str = "apparatus/concepts.toml"
    notes: str = "apparatus/notes.toml"
    headnotes: str = "apparatus/headnotes.toml"
    study_guide: str = "apparatus/study-guide.toml"
    paragraph_status: str = "apparatus/paragraph-status.toml"

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_config(cls, config: object, prefix: str = "edition_") -> Settings:
        """The settings an object holds as attributes ``<prefix><name>`` (Sphinx's config)."""
        return cls(**{name: getattr(config, prefix + name) for name in cls.names()})

    @classmethod
    def from_book(cls, root: str | Path, prefix: str = "edition_") -> Settings:
        """The settings the book at ``root`` gives in its ``_config.yml`` (``sphinx:
        config:``), for what reads the edition outside a build: a notebook's kernel. A setting
        the file does not give keeps its default."""
        path = Path(root) / "_config.yml"
        try:
            config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as error:
            raise EditionError(
                path, f"cannot read the book's configuration: {error.strerror}"
            ) from None
        except (UnicodeDecodeError, yaml.YAMLError) as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else None
            raise EditionError(path, f"not a readable configuration: {error}", line) from None
        given = ((config.get("sphinx") or {}).get("config")) or {}
        return cls(**{n: given[prefix + n] for n in cls.names() if prefix + n in given})


# Keys of the parallels: (slug, paragraph number) of the paragraph that has a counterpart.
Place = tuple[str, str]


class EditionModel:
    """The edition at ``root`` as its ``settings`` place it; see the module's docstring.

    Reading a broken file raises ``EditionError`` naming it (and its line) on every call,
    so that each page that needs the fact reports it; nothing broken is kept.
    """

    def __init__(self, root: str | Path, settings: Settings | None = None) -> None:
        self.root = Path(root)
        self.settings = settings or Settings()
        self._texts: dict[str, CleanText] = {}

    def path(self, setting: str) -> Path:
        """The file or folder a setting names (``"lexicon"``, ``"notes"`` …)."""
        return self.root / getattr(self.settings, setting)

    @property
    def sources(self) -> Path:
        return self.path("sources")

    @property
    def provenance_file(self) -> Path:
        return self.sources / "provenance.toml"

    def capture(self, record: Record) -> Path:
        return self.sources / "captures" / record.file

    @cached_property
    def records(self) -> dict[str, Record]:
        """Every text's record by slug, in the order of the records."""
        return load_provenance(self.provenance_file)

    def record(self, slug: str) -> Record:
        found = self.records.get(slug)
        if found is None:
            raise EditionError(self.provenance_file, f"no record for {slug!r}")
        return found

    @cached_property
    def by_docname(self) -> dict[str, Record]:
        """The map from page to text: each chapter's docname to its text's record."""
        return {r.docname: r for r in self.records.values()}

    def text(self, slug: str) -> CleanText:
        """The text ``slug``, cleaned once for the model's life."""
        if slug not in self._texts:
            self._texts[slug] = clean_record(self.sources, self.record(slug))
        return self._texts[slug]

    def texts(self) -> list[tuple[Record, CleanText]]:
        """Every text, cleaned, in the order of the records."""
        return [(record, self.text(slug)) for slug, record in self.records.items()]

    def text_inputs(self, slug: str | None = None) -> list[Path]:
        """The files a text (or, without ``slug``, every text) is made from."""
        records = [self.record(slug)] if slug else list(self.records.values())
        return [self.provenance_file, *(self.capture(r) for r in records)]

    @cached_property
    def lexicon(self) -> list[Concept]:
        return load_lexicon(self.path("lexicon"))

    def concept(self, id: str) -> Concept:
        found = next((c for c in self.lexicon if c.id == id), None)
        if found is None:
            raise EditionError(self.path("lexicon"), f"no concept {id!r}")
        return found

    @cached_property
    def notes(self) -> list[Note]:
        return load_notes(self.path("notes"), set(self.records))

    def notes_on(self, slug: str) -> list[Note]:
        return [note for note in self.notes if note.text == slug]

    @cached_property
    def headnotes(self) -> dict[str, Headnote]:
        """The headnotes by slug."""
        return load_headnotes(self.path("headnotes"), set(self.records))

    @cached_property
    def statuses(self) -> list[Status]:
        return load_statuses(self.path("paragraph_status"), set(self.records))

    def statuses_of(self, slug: str) -> list[Status]:
        return [status for status in self.statuses if status.text == slug]

    @cached_property
    def study_guide(self) -> StudyGuide:
        return load_study_guide(self.path("study_guide"), set(self.records))

    @cached_property
    def parallels(self) -> dict[Place, list[Parallel]]:
        """The passages the texts share, by the place of the paragraph that shares them."""
        passages = [
            Passage(record.slug, p.number, p.block.text)
            for record, text in self.texts()
            for p in citable_paragraphs(text)
        ]
        found: dict[Place, list[Parallel]] = {}
        for parallel in find_parallels(passages):
            found.setdefault((parallel.source.text, parallel.source.number), []).append(parallel)
        return found
