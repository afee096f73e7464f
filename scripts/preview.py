"""Preview the book while editing: rebuild what changed and reload the browser.

    .venv/bin/python scripts/preview.py [--port 8000] [--root DIR]   (or `make preview`)

Serves the book at http://127.0.0.1:PORT/ with sphinx-autobuild, the Sphinx ecosystem's
live-reload server. Saving a chapter, a notebook or the apparatus rebuilds only the pages
that depend on it and reloads the open page. The preview is not the strict build: warnings
are shown, not fatal, and it is written to _build/preview in the book's folder (``--root``,
this repository unless named), apart from the book `make book` publishes. Jupyter Book 1
builds without a conf.py; sphinx-autobuild needs one, so this script writes the one
`jupyter-book config sphinx` derives from _config.yml, with the paths that Sphinx reads
relative to the configuration's folder made absolute, and ``edition_preview`` set: the
steps that make the published site small (trimming the theme's stylesheet, bundling) read
and rewrite every page, and are left out.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NoReturn

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Settings Sphinx resolves against the configuration's folder, not the sources.
CONFDIR_PATHS = (
    "html_static_path",
    "templates_path",
    "html_favicon",
    "html_logo",
    "bibtex_bibfiles",
)
# What the book reads besides its pages; the pages themselves are watched as the sources.
WATCHED = ("src/edition", "apparatus", "sources", "registry")
IGNORED = (r"(^|/)(_build|\.venv|node_modules|\.git|\.ruff_cache|\.pytest_cache)(/|$)",)


def sphinx_configuration(root: Path = ROOT) -> str:
    """The conf.py that Jupyter Book derives from ``root``'s _config.yml and _toc.yml, made
    movable."""
    generated = root / "conf.py"
    if generated.exists():
        raise SystemExit(f"error: {generated}: a conf.py is in the way; Jupyter Book 1 needs none")
    subprocess.run(
        [str(BIN / "jupyter-book"), "config", "sphinx", str(root)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    try:
        text = generated.read_text(encoding="utf-8")
    finally:
        generated.unlink()
    settings: dict[str, object] = {}
    exec(compile(text, "conf.py", "exec"), settings)  # the file jupyter-book just wrote
    lines = [text]
    for name in CONFDIR_PATHS:
        value = settings.get(name)
        if isinstance(value, list):
            lines.append(f"{name} = {[str(root / v) for v in value]!r}")
        elif isinstance(value, str) and value:
            lines.append(f"{name} = {str(root / value)!r}")
    # The strict build's notebook cache: the preview runs no notebook the book has run.
    lines.append(f"nb_execution_cache_path = {str(root / '_build' / '.jupyter_cache')!r}")
    # No trimming and bundling of the site's assets: they read and rewrite every page.
    lines.append("edition_preview = True")
    return "\n".join(lines) + "\n"


class PreviewError(RuntimeError):
    """The preview stopped, or did not answer in time."""


@contextlib.contextmanager
def served(root: Path, *, timeout: float, output: IO | int = subprocess.DEVNULL) -> Iterator[str]:
    """The preview of the book at ``root``, run in the background on a free port, once it
    answers (its first build done): its address. Its output goes to ``output``; it is stopped,
    with sphinx-autobuild and the builds it started, on leaving."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, __file__, "--root", str(root), "--port", str(port)],
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    address = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise PreviewError("the preview stopped before serving the book")
            if time.monotonic() > deadline:
                raise PreviewError(f"no preview at {address} after {timeout:.0f} s")
            try:
                with urllib.request.urlopen(address, timeout=5):
                    break
            except OSError:
                time.sleep(0.5)
        yield address
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def main() -> NoReturn:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--root", type=Path, default=ROOT, help="the book's folder")
    args = parser.parse_args()
    root = args.root.resolve()
    preview = root / "_build" / "preview"
    preview.mkdir(parents=True, exist_ok=True)
    (preview / "conf.py").write_text(sphinx_configuration(root), encoding="utf-8")
    watched = [root / path for path in WATCHED if (root / path).exists()]
    command = [
        str(BIN / "sphinx-autobuild"),
        str(root),
        str(preview / "html"),
        "--conf-dir", str(preview),
        "--doctree-dir", str(preview / "doctrees"),
        "--host", "127.0.0.1",
        "--port", str(args.port),
        *(option for path in watched for option in ("--watch", str(path))),
        *(option for pattern in IGNORED for option in ("--re-ignore", pattern)),
    ]  # fmt: skip
    print(f"Preview at http://127.0.0.1:{args.port}/ (Ctrl-C stops it)", flush=True)
    # The server takes this process's place, so that stopping this process stops the server.
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
