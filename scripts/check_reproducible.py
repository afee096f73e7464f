"""Build the book from scratch and compare the result with another build, file by file.

    .venv/bin/python scripts/check_reproducible.py [--against _build]

Without --against it builds twice, each in a fresh temporary folder with the same
SOURCE_DATE_EPOCH. With --against it builds once and compares with the build already in
that folder, leaving out html/downloads/, which scripts/export_book.py adds after the build;
that build must have been made the same way (SOURCE_DATE_EPOCH, fresh notebook runs), which
`make book`, with its notebook cache, is not. Every file of the
HTML site and every executed notebook must be byte-identical once the listed exceptions are
masked, each with the reason it may differ. Exits 1 and lists the differing files if any.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

from edition.bookbuild import STRICT, BuildError, run_build

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1763856000"  # a fixed date (2025-11-23) for anything that would print "now"
# (pattern, replacement, reason): masked in both builds before they are compared. None is
# needed today; widget ids, random by default, are counted instead (edition.notebook).
EXCEPTIONS: list[tuple[re.Pattern[bytes], bytes, str]] = []


def build(output: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "0"}
    try:
        run_build([".", "--all", *STRICT, "--path-output", str(output)], cwd=ROOT, env=env)
    except BuildError as error:
        raise SystemExit(error.tail()) from None
    return output / "_build"


def masked(content: bytes) -> bytes:
    for pattern, replacement, _ in EXCEPTIONS:
        content = pattern.sub(replacement, content)
    return content


# Added to a build's html/ by scripts/export_book.py, not by the build itself.
EXPORTED = "html/downloads/"


def files(build: Path) -> dict[str, bytes]:
    found = {}
    for part in ("html", "jupyter_execute"):
        for path in sorted((build / part).rglob("*")):
            name = str(path.relative_to(build))
            if path.is_file() and not name.startswith(EXPORTED):
                found[name] = path.read_bytes()
    return found


def differences(first: dict[str, bytes], second: dict[str, bytes]) -> tuple[list[str], int]:
    """Files that differ even when masked, and how many differ only in masked parts."""
    names = sorted(set(first) | set(second))
    raw = [n for n in names if first.get(n) != second.get(n)]
    real = [n for n in raw if masked(first.get(n, b"")) != masked(second.get(n, b""))]
    return real, len(raw) - len(real)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="a build folder (_build) to compare with")
    args = parser.parse_args()
    if args.against and not (args.against / "html" / "index.html").is_file():
        raise SystemExit(f"error: {args.against}: no built book to compare with")
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        first = files(args.against) if args.against else files(build(Path(a)))
        second = files(build(Path(b)))
    differing, excused = differences(first, second)
    print(
        f"{len(first)} files compared: {len(first) - len(differing) - excused} identical, "
        f"{excused} identical once the listed exceptions are masked, {len(differing)} differ"
    )
    for _, _, reason in EXCEPTIONS:
        print(f"  exception: {reason}")
    for name in differing:
        print(f"  DIFFERS {name}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
