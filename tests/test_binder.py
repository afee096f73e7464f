"""Binder: its requirements are the lock's pins, and the notebooks run in an environment
made from binder/ alone, offline, with nbclient."""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

BINDER = ROOT / "binder"
WHEELS = ROOT / ".venv" / "binder-wheels"


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, version = line.strip().split("==")
            found[name.lower()] = version
    return found


def test_binder_pins_are_the_locks_and_hold_no_book_toolchain():
    binder, lock = pins(BINDER / "requirements.txt"), pins(ROOT / "requirements.lock")
    assert binder, "binder/requirements.txt pins nothing"
    assert {name: lock.get(name) for name in binder} == binder
    assert {"pandas", "matplotlib", "ipywidgets", "ipykernel"} <= set(binder)
    assert not {"jupyter-book", "sphinx", "myst-nb", "pytest", "playwright"} & set(binder)


def run(*command: str | Path, **kwargs) -> None:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.build
def test_every_notebook_runs_in_a_fresh_environment_from_binder_alone(tmp_path):
    if not (WHEELS / ".downloaded").exists():
        pytest.fail(f"{WHEELS} is missing: `make test` downloads Binder's wheels before the tests")
    env = tmp_path / "binder-env"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    offline = {**os.environ, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELS)}
    offline.pop("PIP_CONSTRAINT", None)
    run(python, "-m", "pip", "install", "--quiet", "-r", BINDER / "requirements.txt", env=offline)
    # Binder runs postBuild at the repository's root; a copy keeps pip's build files out of ours.
    repository = tmp_path / "repository"
    repository.mkdir()
    for part in ("pyproject.toml", "src", "binder"):
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy
        copy(ROOT / part, repository / part)
    path = f"{env / 'bin'}:{os.environ['PATH']}"
    run(repository / "binder" / "postBuild", cwd=repository, env={**offline, "PATH": path})
    kernels = tmp_path / "kernels"
    run(python, "-m", "ipykernel", "install", "--prefix", kernels, "--name", "binder-env")
    os.environ["JUPYTER_PATH"] = str(kernels / "share" / "jupyter")
    try:
        for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
            notebook = nbformat.read(path, as_version=4)
            NotebookClient(
                notebook,
                kernel_name="binder-env",
                timeout=120,
                resources={"metadata": {"path": str(path.parent)}},
            ).execute()
            outputs = [
                o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
            ]
            assert outputs, path.name
            assert not [o for o in outputs if o.output_type == "error"], path.name
            assert any("<svg" in o.get("data", {}).get("text/html", "") for o in outputs), path.name
    finally:
        del os.environ["JUPYTER_PATH"]
