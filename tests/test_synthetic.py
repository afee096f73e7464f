"""Synthetic corpora for the scaling benchmark: resampled from the real texts, read as real."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT

from edition.apparatus.parallels import Passage, find_parallels
from edition.apparatus.registry import current_entries, load_registry
from edition.apparatus.studyguide import load_study_guide
from edition.texts.importer import prepare_import, write_chapter
from edition.texts.provenance import UNKNOWN, load_provenance
from edition.texts.words import words
from edition.tomlfile import load_toml
from edition_tools.synthetic import (
    capture_text,
    fresh,
    headnotes_toml,
    resample,
    study_guide_toml,
    write_sources,
)


@pytest.fixture(scope="module")
def real(cleaned):
    return list(cleaned.values())


@pytest.fixture(scope="module")
def texts(real):
    return resample(real, 12, seed=7)


def test_the_same_seed_gives_the_same_texts_and_another_seed_others(real, texts):
    assert resample(real, 12, seed=7) == texts
    assert resample(real, 12, seed=8) != texts


def test_as_many_texts_as_asked_each_titled_as_synthetic(texts):
    assert [t.number for t in texts] == list(range(1, 13))
    assert [t.title for t in texts] == [f"Synthetic text {n}" for n in range(1, 13)]
    assert len({t.slug for t in texts}) == len({t.file for t in texts}) == 12


def test_every_paragraph_is_a_real_paragraph_used_once_per_text(real, texts):
    prose = {b.text for text in real for b in text.body if b.kind == "paragraph"}
    for text in texts:
        assert set(text.paragraphs) <= prose
        assert len(set(text.paragraphs)) == len(text.paragraphs)


def test_each_text_is_as_long_as_one_of_the_real_texts(texts):
    published = load_registry(ROOT / "registry" / "paragraphs.json")
    real_lengths = Counter(e.text for e in published if e.number.isdigit())
    lengths = [len(t.paragraphs) for t in texts]
    assert set(lengths) <= set(real_lengths.values())
    assert len(set(lengths)) > 1


def test_the_records_load_and_say_what_is_unknown(tmp_path, texts):
    write_sources(tmp_path, texts)
    records = load_provenance(tmp_path / "provenance.toml")
    assert [r.title for r in records.values()] == [t.title for t in texts]
    assert {(r.author, r.venue, r.date) for r in records.values()} == {(UNKNOWN,) * 3}
    capture = (tmp_path / "captures" / texts[0].file).read_text(encoding="utf-8")
    assert capture == capture_text(texts[0])
    assert capture.splitlines() == [texts[0].title, *texts[0].paragraphs]


def test_the_importer_makes_a_chapter_of_every_text_numbering_every_paragraph(tmp_path, texts):
    sources = tmp_path / "sources"
    write_sources(sources, texts)
    essays = tmp_path / "essays"
    for text in texts:
        imported = prepare_import(
            sources / "captures" / text.file, sources / "provenance.toml", essays
        )
        write_chapter(imported, force=False)
        assert [b.text for b in imported.text.body] == list(text.paragraphs)
        assert [s.rule for s in imported.text.set_aside] == ["title"]
        assert imported.chapter.startswith(f"({text.slug})=\n# {text.title}\n")
    assert sorted(p.name for p in essays.iterdir()) == sorted(f"{t.slug}.md" for t in texts)
    assert len(current_entries(sources)) == sum(len(t.paragraphs) for t in texts)


def test_the_headnotes_and_study_guide_name_every_text_and_load(tmp_path, texts):
    (tmp_path / "headnotes.toml").write_text(headnotes_toml(texts), encoding="utf-8")
    (tmp_path / "study-guide.toml").write_text(study_guide_toml(texts), encoding="utf-8")
    headnotes, _ = load_toml(tmp_path / "headnotes.toml")
    assert list(headnotes) == [t.slug for t in texts]
    assert all("synthetic" in entry["text"] for entry in headnotes.values())
    slugs = [t.slug for t in texts]
    guide = load_study_guide(tmp_path / "study-guide.toml", set(slugs))
    assert list(guide.reading_order) == slugs


def test_fresh_texts_share_no_passage_and_use_the_real_words(real):
    texts = fresh(real, 12, seed=3)
    assert fresh(real, 12, seed=3) == texts
    assert all(t.title == f"Synthetic text {t.number}" for t in texts)
    passages = [
        Passage(t.slug, str(n), p) for t in texts for n, p in enumerate(t.paragraphs, start=1)
    ]
    assert find_parallels(passages) == []
    real_words = {w.casefold() for text in real for b in text.body for w in words(b.text)}
    drawn = {w.casefold() for t in texts for p in t.paragraphs for w in words(p)}
    assert drawn <= real_words
