"""Build the book twice from scratch and compare the results, file by file.

    .venv/bin/python scripts/check_reproducible.py

Both builds run in fresh temporary folders with the same SOURCE_DATE_EPOCH. Every file of the
HTML site and every executed notebook must be byte-identical once the listed exceptions are
masked, each with the reason it may differ. Exits 1 and lists the differing files if any.
"""

from __future__ import annotations

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


def files(build: Path) -> dict[str, bytes]:
    found = {}
    for part in ("html", "jupyter_execute"):
        for path in sorted((build / part).rglob("*")):
            if path.is_file():
                found[str(path.relative_to(build))] = path.read_bytes()
    return found


def differences(first: dict[str, bytes], second: dict[str, bytes]) -> tuple[list[str], int]:
    """Files that differ even when masked, and how many differ only in masked parts."""
    names = sorted(set(first) | set(second))
    raw = [n for n in names if first.get(n) != second.get(n)]
    real = [n for n in raw if masked(first.get(n, b"")) != masked(second.get(n, b""))]
    return real, len(raw) - len(real)


def main() -> int:
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        first, second = files(build(Path(a))), files(build(Path(b)))
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
