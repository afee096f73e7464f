"""Publish the anchors of every citable unit in registry/paragraphs.json.

    python scripts/register_anchors.py              # add new anchors; refuse to change any
    python scripts/register_anchors.py --accept-changes   # also rewrite changed or lost ones

The units are the texts' paragraphs, responses and author's notes, and the study guide's
questions and sessions.  Run it (as `make anchors`) when a text or the guide gains one.  An
anchor that would disappear or point at a different unit breaks every citation that uses it:
the script lists such anchors and changes nothing unless told to with --accept-changes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition.apparatus.registry import check, current_entries, dump_registry, load_registry
from edition.errors import EditionError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "sources")
    parser.add_argument("--study-guide", type=Path, default=ROOT / "apparatus/study-guide.toml")
    parser.add_argument("--registry", type=Path, default=ROOT / "registry/paragraphs.json")
    parser.add_argument("--accept-changes", action="store_true")
    args = parser.parse_args(argv)
    try:
        current = current_entries(args.sources, args.study_guide)
        registered = load_registry(args.registry) if args.registry.exists() else []
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    problems = check(registered, current)
    breaking = [p for p in problems if "not in the registry yet" not in p]
    if breaking and not args.accept_changes:
        print(f"error: {args.registry}: published anchors would change:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in breaking), file=sys.stderr)
        print("Nothing written. Use --accept-changes if this is deliberate.", file=sys.stderr)
        return 1
    args.registry.parent.mkdir(parents=True, exist_ok=True)
    args.registry.write_text(dump_registry(current), encoding="utf-8")
    print(f"{args.registry}: {len(current)} anchors ({len(problems) - len(breaking)} new)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
