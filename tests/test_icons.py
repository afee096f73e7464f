"""The committed icon stylesheet is what scripts/make_icons.py makes from the pinned
@fortawesome/fontawesome-free package."""

from __future__ import annotations

import importlib.util
import json
import os

import pytest
from conftest import ROOT


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = _make_icons()


@pytest.fixture(scope="module")
def package():
    if not make_icons.PACKAGE.is_dir():
        message = f"{make_icons.PACKAGE} is not installed: `npm ci` installs it (make test does)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return make_icons.PACKAGE


def test_the_committed_icons_are_what_the_script_makes_from_the_installed_package(package):
    made = make_icons.stylesheet(package)
    assert make_icons.OUT.read_text(encoding="utf-8") == made, (
        "_static/edition-icons.css is not what scripts/make_icons.py makes from "
        f"{package}: run `.venv/bin/python scripts/make_icons.py` and commit the result"
    )


def test_the_installed_package_is_the_one_package_json_pins(package):
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]
    installed = json.loads((package / "package.json").read_text())["version"]
    assert installed == pinned["@fortawesome/fontawesome-free"]


def test_an_icon_the_package_lacks_is_an_error(tmp_path):
    (tmp_path / "svgs" / "solid").mkdir(parents=True)
    with pytest.raises(SystemExit, match="no such icon"):
        make_icons.icon(tmp_path, "bars")


def test_an_icon_is_drawn_from_its_svg_file(tmp_path):
    (tmp_path / "svgs" / "solid").mkdir(parents=True)
    (tmp_path / "svgs" / "solid" / "bars.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><!--! licence -->'
        '<path d="M0 96h448"/></svg>'
    )
    assert make_icons.icon(tmp_path, "bars") == (448, 512, "M0 96h448")
