"""Binder launch buttons on the notebook pages, pointed at the repository the book is built from.

The repository's public address is not part of the sources: a clone does not know where it
will be published. The publishing workflow knows, and says so in two environment variables;
without them the buttons stay off rather than point at a wrong repository.
"""

from __future__ import annotations

import os

from sphinx.application import Sphinx
from sphinx.config import Config

REPOSITORY_URL = "EDITION_REPOSITORY_URL"
REPOSITORY_BRANCH = "EDITION_REPOSITORY_BRANCH"
BINDERHUB = "https://mybinder.org"


def point_launch_buttons(app: Sphinx, config: Config) -> None:
    """Set the theme's repository and Binder settings from the environment, when it names
    the repository (``https://github.com/OWNER/NAME``) and, optionally, its branch."""
    url = os.environ.get(REPOSITORY_URL, "").strip().rstrip("/")
    if not url:
        return
    options = config.html_theme_options
    options["repository_url"] = url
    branch = os.environ.get(REPOSITORY_BRANCH, "").strip()
    if branch:
        options["repository_branch"] = branch
    options["launch_buttons"] = {**options.get("launch_buttons", {}), "binderhub_url": BINDERHUB}
