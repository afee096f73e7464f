"""Measure the concept analysis: the concept index over all texts, and each notebook's run.

    .venv/bin/python scripts/benchmark_analysis.py [--repeat N] [--no-notebooks]

The concept index is what every notebook and concept page starts from: reading and cleaning
the captures, numbering the paragraphs, counting every concept in every paragraph and
listing every use in context. Its time is the best of N runs; its memory is the peak that
tracemalloc sees in one run, beside the whole process's peak resident memory. Each notebook
is then run top to bottom in a fresh kernel with nbclient, as the build does, and timed.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from functools import partial
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from edition.analysis import corpus as analysis

ROOT = Path(__file__).resolve().parent.parent


def time_index(repeat: int) -> tuple[float, int, int]:
    index = partial(analysis.concept_index, ROOT)
    best = min(_timed(index) for _ in range(repeat))
    tracemalloc.start()
    uses = index()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak, uses


def _timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def time_notebook(path: Path) -> float:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=300, resources={"metadata": {"path": str(path.parent)}}
    )
    return _timed(client.execute)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of the index (best taken)")
    parser.add_argument("--no-notebooks", action="store_true", help="time the index only")
    args = parser.parse_args(argv)
    best, peak, uses = time_index(max(1, args.repeat))
    print(
        f"concept index, all texts   {best * 1000:8.1f} ms (best of {args.repeat}), "
        f"peak {peak / 1e6:.1f} MB traced, {uses} uses"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak resident memory {rss:8.1f} MB (Python, pandas, matplotlib loaded)")
    if not args.no_notebooks:
        for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
            print(f"notebook {path.stem:<32} {time_notebook(path):8.2f} s in a fresh kernel")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
