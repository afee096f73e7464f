"""How the importer does on real captures of other platforms (tests/corpus/).

    .venv/bin/python scripts/benchmark_import.py [--corpus DIR] [--all-rules]
    .venv/bin/python scripts/benchmark_import.py --choose-shape-figures

For each platform of the corpus, its captures are cleaned with the rules that were not
written from that platform's pages (each rule says which platforms it was tuned on), so every
figure is a held-out figure. Reported per platform: the author's lines lost (the goal is
zero, everywhere; and of those, the lines the import's review list does not show the
editor), furniture lines removed (recall: set aside, plus a comment thread's lines moved to
the reader responses shown apart from the text, each also counted on its own), metadata
lines recognised. With --all-rules, every rule is applied, as an import does.

Then the structure (the text's own headings and list items, where the sidecar names them)
that the plain-text import recognises, each platform scored with the shape rules not written
from its captures (edition.texts.structure.SHAPE_RULES), with the lines of the text it set as a
heading or a list item that the labels do not name as one; and the same figures for the
HTML path: the saved page behind each capture (tests/corpus/html/) imported with
trafilatura, which was tuned on none of these pages (edition_tools.htmlscore says how each figure
is counted).

With --choose-shape-figures, instead: the figures of the comment-shape rule chosen with each
platform held out (edition_tools.importscore.choose_shape_figures), to show whether the choice
depends on the platform.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from edition.errors import EditionError
from edition_tools.htmlscore import score_pages, score_texts_structure
from edition_tools.importscore import SHAPE_FIGURES, choose_shape_figures, corpus, score_corpus

ROOT = Path(__file__).resolve().parent.parent


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     –"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--all-rules", action="store_true", help="apply every rule")
    parser.add_argument(
        "--choose-shape-figures",
        action="store_true",
        help="choose the comment-shape rule's figures with each platform held out",
    )
    args = parser.parse_args(argv)
    if args.choose_shape_figures:
        return _choose(args.corpus)
    try:
        items = corpus(args.corpus)
        scores = score_corpus(items, args.all_rules)
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    by_platform = defaultdict(list)
    for s in scores:
        by_platform[s.platform].append(s)
    mode = "all rules" if args.all_rules else "each platform held out"
    print(f"{len(scores)} captures, {len(by_platform)} platforms ({mode})\n")
    print(
        f"{'platform':<16}{'captures':>9}{'text':>7}{'lost':>6}{'furniture':>11}"
        f"{'removed':>9}{'set aside':>11}{'responses':>11}{'metadata':>10}{'recognised':>12}"
    )
    rows = [*sorted(by_platform.items()), ("all", scores)]
    for platform, group in rows:
        text = sum(s.text for s in group)
        lost = sum(len(s.text_lost) for s in group)
        furniture = sum(s.furniture for s in group)
        set_aside = sum(s.furniture_removed for s in group)
        separated = sum(s.furniture_separated for s in group)
        metadata = sum(s.metadata for s in group)
        recognised = sum(s.metadata_recognised for s in group)
        print(
            f"{platform:<16}{len(group):>9}{text:>7}{lost:>6}{furniture:>11}"
            f"{_ratio(set_aside + separated, furniture):>9}{set_aside:>11}{separated:>11}"
            f"{metadata:>10}{_ratio(recognised, metadata):>12}"
        )
    for s in scores:
        if s.text_lost:
            print(f"lost in {s.name}: lines {', '.join(map(str, s.text_lost))}")
            if s.text_lost_unreviewed:
                print(f"  not on its review list: {', '.join(map(str, s.text_lost_unreviewed))}")
    reviewed = sum(len(s.text_lost) - len(s.text_lost_unreviewed) for s in scores)
    lost = sum(len(s.text_lost) for s in scores)
    print(f"{reviewed} of the {lost} lines lost are on the imports' review lists")
    try:
        text_structure = {
            item.path.stem: score
            for item, score in zip(items, score_texts_structure(items, args.all_rules), strict=True)
        }
        pages = score_pages(items, args.all_rules)
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    _structure_table("plain-text path", items, text_structure, false=True)
    _html_table(pages)
    _structure_table("HTML path", items, {s.name: s for s in pages})
    return 0


def _choose(folder: Path) -> int:
    try:
        choices = choose_shape_figures(corpus(folder))
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    names = ", ".join(SHAPE_FIGURES)
    print(f"comment-shape figures ({names}) that do best on the other platforms' captures\n")
    for platform, (ties, out, furniture, lost) in choices.items():
        print(f"{platform:<16}{' '.join(map(str, ties))}")
        print(f"{'':<16}held out, with the first: {_ratio(out, furniture)} removed, {lost} lost")
    return 0


def _html_table(pages) -> None:
    by_platform = defaultdict(list)
    for s in pages:
        by_platform[s.platform].append(s)
    print(f"\nHTML path: {len(pages)} saved pages, {len(by_platform)} platforms (trafilatura)\n")
    print(
        f"{'platform':<16}{'pages':>9}{'text':>7}{'lost':>6}{'furniture':>11}"
        f"{'removed':>9}{'metadata':>10}{'recognised':>12}"
    )
    for platform, group in [*sorted(by_platform.items()), ("all", pages)]:
        text = sum(s.text for s in group)
        lost = sum(len(s.text_lost) for s in group)
        furniture = sum(s.furniture for s in group)
        removed = sum(s.furniture_removed for s in group)
        metadata = sum(s.metadata for s in group)
        recognised = sum(s.metadata_recognised for s in group)
        print(
            f"{platform:<16}{len(group):>9}{text:>7}{lost:>6}{furniture:>11}"
            f"{_ratio(removed, furniture):>9}{metadata:>10}{_ratio(recognised, metadata):>12}"
        )
    for s in pages:
        if s.text_lost:
            print(f"lost from {s.name}.html: lines {', '.join(map(str, s.text_lost))}")


def _structure_table(path: str, items, scores, false: bool = False) -> None:
    by_platform = defaultdict(list)
    for item in items:
        by_platform[item.platform].append(scores[item.path.stem])
    # ``false``: also the lines of the text set as a heading or a list item that the labels
    # do not name as one (the plain-text path counts them).
    print(f"\nStructure, {path}: the text's own headings and list items recognised\n")
    print(
        f"{'platform':<16}{'headings':>9}{'recognised':>12}{'list items':>12}{'recognised':>12}"
        + (f"{'false headings':>16}{'false items':>13}" if false else "")
    )
    for platform, group in [*sorted(by_platform.items()), ("all", list(scores.values()))]:
        headings = sum(s.headings for s in group)
        items_ = sum(s.items for s in group)
        found_h = sum(s.headings_recognised for s in group)
        found_i = sum(s.items_recognised for s in group)
        wrong_h = sum(s.headings_false for s in group) if false else 0
        wrong_i = sum(s.items_false for s in group) if false else 0
        wrong = f"{wrong_h:>16}{wrong_i:>13}" if false else ""
        if headings or items_ or wrong_h or wrong_i:
            print(
                f"{platform:<16}{headings:>9}{_ratio(found_h, headings):>12}"
                f"{items_:>12}{_ratio(found_i, items_):>12}{wrong}"
            )


if __name__ == "__main__":
    sys.exit(main())
