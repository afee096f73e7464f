"""A clean build gives the same site and executed notebooks as the book `make test` built."""

import importlib.util
import subprocess
import sys

import nbformat
import pytest
from conftest import ROOT
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn

SCRIPT = ROOT / "scripts" / "check_reproducible.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("check_reproducible", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load_script()


@pytest.mark.build
def test_a_clean_build_is_identical_to_the_books(site):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--against", str(site.parent)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " 0 differ" in result.stdout


def test_only_the_listed_part_of_the_listed_file_is_masked():
    def buildinfo(config: bytes, tags: bytes = b"645f666f") -> bytes:
        return b"# Sphinx build info version 1\n\nconfig: " + config + b"\ntags: " + tags + b"\n"

    first = {"html/.buildinfo": buildinfo(b"d5d7ae2d"), "html/a.html": b"config: d5d7ae2d\n"}
    second = {"html/.buildinfo": buildinfo(b"5263b27f"), "html/a.html": b"config: 5263b27f\n"}
    assert check.differences(first, second) == (["html/a.html"], 1)
    second["html/.buildinfo"] = buildinfo(b"5263b27f", tags=b"00000000")
    assert check.differences(first, second) == (["html/.buildinfo", "html/a.html"], 0)


def test_a_widget_state_is_compared_whatever_the_order_of_its_keys():
    def page(state: str) -> bytes:
        script = '<script type="application/vnd.jupyter.widget-state+json">'
        return f"<p>1</p>{script}{state}</script><p>2</p>".encode()

    ran = page('{"state": {"b": {"x": 1, "a": "\\u00a0"}, "a": {}}}')
    cached = page('{"state": {"a": {}, "b": {"a": "\u00a0", "x": 1}}}')
    other = page('{"state": {"a": {}, "b": {"a": " ", "x": 1}}}')
    assert check.differences({"html/n/p.html": ran}, {"html/n/p.html": cached}) == ([], 1)
    assert check.differences({"html/n/p.html": ran}, {"html/n/p.html": other}) == (
        ["html/n/p.html"],
        0,
    )


def test_an_executed_notebook_is_read_with_the_outputs_its_build_cached(tmp_path):
    """What MyST-NB writes to jupyter_execute/ on a cache hit lacks the outputs; the cache
    has them, and the comparison reads them there."""
    sources, build = tmp_path / "book", tmp_path / "book" / "_build"
    committed = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)")])
    committed.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    (sources / "notebooks").mkdir(parents=True)
    nbformat.write(committed, sources / "notebooks" / "n.ipynb")
    ran = nbformat.from_dict(committed)
    ran.cells[0].execution_count = 1
    ran.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    ran.metadata["language_info"] = {"name": "python"}
    cache = get_cache(str(build / ".jupyter_cache"))
    cache.cache_notebook_bundle(CacheBundleIn(ran, str(sources / "notebooks" / "n.ipynb")))
    written = build / "jupyter_execute" / "notebooks" / "n.ipynb"
    written.parent.mkdir(parents=True)
    nbformat.write(committed, written)

    notebook = nbformat.reads(check.executed(build, written, sources), 4)
    assert notebook.cells[0].outputs == ran.cells[0].outputs
    assert notebook.metadata["language_info"] == {"name": "python"}

    # As MyST-NB writes it (nbformat.writes) when the build ran the notebook: the same bytes.
    written.write_bytes(nbformat.writes(ran).encode("utf-8"))
    assert check.executed(build, written, sources) == written.read_bytes()

    nbformat.write(nbformat.v4.new_notebook(), sources / "notebooks" / "n.ipynb")
    with pytest.raises(SystemExit, match=r"no executed copy of notebooks/n\.ipynb"):
        check.executed(build, written, sources)
