"""Binder launch buttons: on a notebook page, pointing at the repository the build names."""

from __future__ import annotations

import json
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES

from edition.sphinxext.launch import REPOSITORY_BRANCH, REPOSITORY_URL

NOTEBOOK = {
    "cells": [
        {"cell_type": "markdown", "id": "title", "metadata": {}, "source": ["# A notebook\n"]}
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.fixture
def project(tmp_path):
    shutil.copytree(FIXTURES / "project", tmp_path / "project")
    notebooks = tmp_path / "project" / "notebooks"
    notebooks.mkdir()
    (notebooks / "demo.ipynb").write_text(json.dumps(NOTEBOOK), encoding="utf-8")
    with (tmp_path / "project" / "index.md").open("a", encoding="utf-8") as index:
        index.write("\n```{toctree}\n:hidden:\nnotebooks/demo\n```\n")
    return tmp_path / "project"


def notebook_page(make_app, project) -> BeautifulSoup:
    app = make_app(
        "html",
        srcdir=project,
        freshenv=True,
        confoverrides={
            "extensions": ["myst_nb", "sphinx_design", "edition.sphinxext"],
            "html_theme": "sphinx_book_theme",
            "html_theme_options": {"launch_buttons": {"notebook_interface": "jupyterlab"}},
            "nb_execution_mode": "off",
            # A dict of this app's own: Sphinx adds the parsers' suffixes to the dict it is
            # given, and its default is shared by every app of the test session.
            "source_suffix": {".rst": "restructuredtext"},
        },
    )
    app.build()
    page = app.outdir / "notebooks" / "demo.html"
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def binder_links(page: BeautifulSoup) -> list[str]:
    return [a["href"] for a in page.find_all("a", href=True) if "mybinder.org" in a["href"]]


def test_the_button_opens_the_notebook_on_the_named_branch(make_app, project, monkeypatch):
    monkeypatch.setenv(REPOSITORY_URL, "https://github.com/owner/edition/")
    monkeypatch.setenv(REPOSITORY_BRANCH, "published")
    assert binder_links(notebook_page(make_app, project)) == [
        "https://mybinder.org/v2/gh/owner/edition/published?urlpath=lab/tree/notebooks/demo.ipynb"
    ]


def test_without_a_named_repository_there_is_no_button(make_app, project, monkeypatch):
    monkeypatch.delenv(REPOSITORY_URL, raising=False)
    page = notebook_page(make_app, project)
    assert binder_links(page) == []
    assert not page.select(".dropdown-launch-buttons")
