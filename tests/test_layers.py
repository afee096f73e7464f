"""The package Binder installs is the edition's runtime only: its subpackages by concern, and
none of the development tooling."""

import tomllib

from conftest import ROOT
from setuptools import find_packages


def test_the_runtime_package_leaves_the_tooling_out():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    find = config["tool"]["setuptools"]["packages"]["find"]
    packages = set(find_packages(str(ROOT / find["where"][0]), include=find["include"]))
    assert {"edition.texts", "edition.apparatus", "edition.analysis", "edition.site"} <= packages
    assert "edition.sphinxext" in packages
    assert not {name for name in packages if "tools" in name}
    assert (ROOT / "tools" / "edition_tools" / "__init__.py").is_file()


def test_binder_installs_the_repository_root_only():
    post_build = (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")
    installs = [line for line in post_build.splitlines() if "pip install" in line]
    assert installs and all("tools" not in line for line in installs)
