"""Two clean builds give identical HTML and identical executed notebooks."""

import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = pytest.mark.build


def test_two_clean_builds_are_identical():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_reproducible.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " 0 differ" in result.stdout
