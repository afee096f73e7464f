"""The workflows pass actionlint; the tests gate publishing, which publishes what `make book`
builds."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
PAGES = WORKFLOWS / "pages.yml"
TESTS = WORKFLOWS / "tests.yml"


def load(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    workflow["on"] = workflow.pop(True)
    return workflow


@pytest.mark.parametrize("workflow", [PAGES, TESTS], ids=lambda p: p.name)
def test_the_workflow_passes_actionlint(workflow):
    actionlint = Path(sys.executable).with_name("actionlint")
    result = subprocess.run(
        [str(actionlint), str(workflow)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tests_run_on_every_push_and_pull_request_lint_fast_tier_then_all():
    workflow = load(TESTS)
    assert {"push", "pull_request"} <= set(workflow["on"])
    jobs = workflow["jobs"]
    runs = {name: [s.get("run") for s in job["steps"]] for name, job in jobs.items()}
    assert "make lint" in runs["lint"]
    # The fast tier, with the npm packages its icon tests read (CI=true fails them without).
    assert "make node_modules/.installed test-fast" in runs["fast"]
    assert any(s.get("uses", "").startswith("actions/setup-node@") for s in jobs["fast"]["steps"])
    # The whole suite exactly as CI runs it on a fresh machine.
    assert "bash .ci/run" in runs["full"]
    assert set(jobs["full"]["needs"]) == {"lint", "fast"}


def test_only_a_tested_commit_of_main_is_published():
    workflow = load(PAGES)
    assert set(workflow["on"]) == {"workflow_run"}
    trigger = workflow["on"]["workflow_run"]
    assert trigger["workflows"] == [load(TESTS)["name"]]
    assert trigger["branches"] == ["main"]
    build = workflow["jobs"]["build"]
    assert "github.event.workflow_run.conclusion == 'success'" in build["if"]
    assert "github.event.workflow_run.event != 'pull_request'" in build["if"]
    checkout = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["ref"] == "${{ github.event.workflow_run.head_sha }}"


def test_the_workflow_builds_strictly_publishes_the_site_and_warms_binder():
    jobs = load(PAGES)["jobs"]
    build = jobs["build"]["steps"]
    assert any(step.get("run") == "make book" for step in build)
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    assert jobs["deploy"]["needs"] == "build"
    warm = jobs["warm-binder"]["steps"][0]["run"]
    assert "mybinder.org/build/gh/${REPOSITORY}/${BRANCH}" in warm
