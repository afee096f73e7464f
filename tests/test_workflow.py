"""The publishing workflow passes actionlint and publishes what `make book` builds."""

import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_the_workflow_passes_actionlint():
    actionlint = Path(sys.executable).with_name("actionlint")
    result = subprocess.run(
        [str(actionlint), str(WORKFLOW)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_builds_strictly_publishes_the_site_and_warms_binder():
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    build = jobs["build"]["steps"]
    assert any(step.get("run") == "make book" for step in build)
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    assert jobs["deploy"]["needs"] == "build"
    warm = jobs["warm-binder"]["steps"][0]["run"]
    assert "mybinder.org/build/gh/${REPOSITORY}/${BRANCH}" in warm
