"""A clean build gives the same HTML and executed notebooks as the book's own build."""

import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = pytest.mark.build


def test_a_clean_build_is_identical_to_the_books(site):
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "check_reproducible.py"),
            "--against",
            str(site.parent),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " 0 differ" in result.stdout
