"""The captures are kept unchanged, and every one has its record and its chapter."""

import hashlib

import yaml
from conftest import ROOT, SOURCES


def test_the_captures_are_unchanged():
    listed = {}
    for line in (SOURCES / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        listed[name] = digest
    # Paths from the repository's root, so `sha256sum -c sources/SHA256SUMS` runs from there.
    on_disk = {
        p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (SOURCES / "captures").iterdir()
    }
    assert on_disk == listed


def test_every_capture_has_a_record_and_a_chapter_in_the_table_of_contents(records):
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = {chapter["file"] for part in toc["parts"] for chapter in part["chapters"]}
    captures = {p.stem for p in (SOURCES / "captures").glob("*.txt")}
    assert {record.id for record in records.values()} == captures
    for record in records.values():
        assert record.docname in files
        assert (ROOT / f"{record.docname}.md").is_file()
