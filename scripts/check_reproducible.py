"""Build the book from scratch and compare the result with another build, file by file.

    .venv/bin/python scripts/check_reproducible.py [--against _build]

Without --against it builds twice, each in a fresh temporary folder. With --against it builds
once and compares with the build already in that folder (`make book`'s, as `make test` does),
leaving out html/downloads/, which scripts/export_book.py adds after the build. The clean
build runs with a fixed SOURCE_DATE_EPOCH and PYTHONHASHSEED, `make book` with neither, so a
page that printed the date of the build or an order that followed string hashes would
differ.

Compared: every file of the HTML site and of jupyter_execute/, byte for byte once the listed
exceptions are masked, each with the reason it may differ; the executed notebooks as the
build's notebook cache holds them (see ``executed``). Exits 1 and lists the differing files if any.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path

import nbformat
from jupyter_cache import get_cache

from edition_tools.bookbuild import STRICT, BuildError, run_build

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1763856000"  # a fixed date (2025-11-23) for anything that would print "now"


def _sorted_state(match: re.Match[bytes]) -> bytes:
    state = json.loads(match[2])
    return match[1] + json.dumps(state, sort_keys=True).encode() + match[3]


# (file pattern, pattern, replacement, reason): masked in both builds before they are compared.
# Widget ids, random by default, are counted instead (edition.analysis.notebook).
EXCEPTIONS: list[tuple[str, re.Pattern[bytes], bytes | Callable[[re.Match[bytes]], bytes], str]] = [
    (
        "html/.buildinfo",
        re.compile(rb"^config: [0-9a-f]+$", re.MULTILINE),
        b"config: (masked)",
        "html/.buildinfo: Sphinx's hash of the configuration, which it keeps to decide on "
        "its next build what to rebuild; the configuration holds the absolute path of the "
        "build folder (the theme overrides derived at build time are templates there, "
        "edition.sphinxext.themefiles) and the copyright year, which Sphinx takes from "
        "SOURCE_DATE_EPOCH; no page shows either",
    ),
    (
        "html/*.html",
        re.compile(
            rb'(<script type="application/vnd.jupyter.widget-state\+json">)(.*?)(</script>)',
            re.DOTALL,
        ),
        _sorted_state,
        "the widgets' state embedded in a notebook's page, compared with its keys sorted: "
        "its keys stand in the order the kernel gave them when the build ran the notebook, "
        "and sorted when the page was made from the notebook cache (nbformat writes sorted "
        "keys), as in a second `make book` of unchanged sources; the state is the same",
    ),
]


def build(output: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "0"}
    try:
        run_build([".", "--all", *STRICT, "--path-output", str(output)], cwd=ROOT, env=env)
    except BuildError as error:
        raise SystemExit(error.tail()) from None
    return output / "_build"


def masked(name: str, content: bytes) -> bytes:
    for files, pattern, replacement, _ in EXCEPTIONS:
        if fnmatch(name, files):
            content = pattern.sub(replacement, content)
    return content


# Added to a build's html/ by scripts/export_book.py, not by the build itself.
EXPORTED = "html/downloads/"
EXECUTED = "jupyter_execute"


def executed(build: Path, notebook: Path, sources: Path = ROOT) -> bytes:
    """A notebook the build executed, as MyST-NB writes it when it runs the notebook: the
    notebook with the outputs and metadata the build's notebook cache holds.

    Not the file in ``jupyter_execute/``: on a cache hit (the EPUB build that follows the
    HTML one in `make book`, and every build whose notebooks have not changed) MyST-NB 1.4
    renders the page from the cached notebook but writes the notebook there as committed,
    without outputs (myst_nb/core/execute/cache.py replaces the client's notebook with the
    merged copy; myst_nb/sphinx_.py writes the parser's own). From a fresh run's cache this
    gives exactly the file that run wrote.
    """
    relative = notebook.relative_to(build / EXECUTED)
    if not (sources / relative).is_file():  # left from an earlier build: compared as it is
        return notebook.read_bytes()
    cache = get_cache(str(build / ".jupyter_cache"))
    try:
        _, merged = cache.merge_match_into_notebook(nbformat.read(sources / relative, 4))
    except KeyError:
        raise SystemExit(
            f"error: {build / '.jupyter_cache'}: no executed copy of {relative}: "
            "was the book built with `execute_notebooks: cache` from these sources?"
        ) from None
    return nbformat.writes(merged).encode("utf-8")


def files(build: Path) -> dict[str, bytes]:
    found = {}
    for part in ("html", EXECUTED):
        for path in sorted((build / part).rglob("*")):
            name = str(path.relative_to(build))
            if not path.is_file() or name.startswith(EXPORTED):
                continue
            notebook = part == EXECUTED and path.suffix == ".ipynb"
            found[name] = executed(build, path) if notebook else path.read_bytes()
    return found


def differences(first: dict[str, bytes], second: dict[str, bytes]) -> tuple[list[str], int]:
    """Files that differ even when masked, and how many differ only in masked parts."""
    names = sorted(set(first) | set(second))
    raw = [n for n in names if first.get(n) != second.get(n)]
    real = [n for n in raw if masked(n, first.get(n, b"")) != masked(n, second.get(n, b""))]
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
    for _, _, _, reason in EXCEPTIONS:
        print(f"  exception: {reason}")
    for name in differing:
        print(f"  DIFFERS {name}")
    if differing and args.against:
        print(f"  ({args.against} must be `make book`'s build of these same sources)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
