"""CITATION.cff describes the edition and is valid for the Citation File Format."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_citation_cff_validates():
    cffconvert = Path(sys.executable).with_name("cffconvert")
    result = subprocess.run(
        [str(cffconvert), "--validate", "-i", str(ROOT / "CITATION.cff")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout
