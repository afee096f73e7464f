"""Build the yardstick for scripts/benchmark_lighthouse.py --against: a default Jupyter Book of
the same texts.

    .venv/bin/python scripts/build_default_book.py OUT

Copies the book's pages, notebooks and table of contents (and the sources and apparatus the
notebooks read) into OUT, with the edition's own
directives taken out of the pages (the texts, the glossary and the other prose stay), and
builds them with Jupyter Book's defaults: its theme, scripts, fonts and icons, and no edition
extension. The same kinds of page then sit at the same paths in OUT/_build/html. The build is
not strict: the cross-references to the edition's paragraph labels, which only the extension
defines, stay as plain text there.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "src" / "edition" / "sphinxext"
CONFIG = """\
title: "{title}"
author: "the editors of this edition"
only_build_toc_files: true
execute:
  execute_notebooks: force
sphinx:
  config:
    myst_enable_extensions: [colon_fence, deflist, attrs_inline, attrs_block]
"""


def edition_directives() -> set[str]:
    """The directive names the edition's extension registers."""
    names: set[str] = set()
    for module in EXTENSION.glob("*.py"):
        names |= set(re.findall(r'add_directive\(\s*"([\w-]+)"', module.read_text("utf-8")))
    return names


def without_directives(page: str, names: set[str]) -> str:
    """``page`` without the fenced blocks of the directives ``names`` (```{name} … ```)."""
    alternatives = "|".join(re.escape(name) for name in sorted(names))
    fence = re.compile(rf"^(`{{3,}})\{{(?:{alternatives})\}}.*?^\1[ \t]*\n", re.M | re.S)
    return fence.sub("", page)


# Left in OUT, so that a later run replaces only a folder this script made.
MARK = ".default-book"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a new folder, or one this script made before")
    out = parser.parse_args(argv).out.resolve()
    if out.exists() and any(out.iterdir()) and not (out / MARK).is_file():
        print(f"error: {out}: not a folder this script made; give a new one", file=sys.stderr)
        return 1
    if out.exists():
        shutil.rmtree(out)
    names = edition_directives()
    for folder in ("book", "notebooks", "sources", "apparatus"):
        shutil.copytree(ROOT / folder, out / folder, ignore=shutil.ignore_patterns("*.review.txt"))
    for page in (out / "book").rglob("*.md"):
        page.write_text(without_directives(page.read_text("utf-8"), names), encoding="utf-8")
    shutil.copy(ROOT / "_toc.yml", out / "_toc.yml")
    (out / MARK).write_text("made by scripts/build_default_book.py\n", encoding="utf-8")
    title = re.search(r"^title:\s*\"?(.*?)\"?$", (ROOT / "_config.yml").read_text("utf-8"), re.M)
    (out / "_config.yml").write_text(CONFIG.format(title=title.group(1)), encoding="utf-8")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    done = subprocess.run([str(jupyter_book), "build", str(out), "--all", "--quiet"], check=False)
    print(f"The default book is in {out / '_build' / 'html'}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
