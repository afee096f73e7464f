"""Per-document data kept in Sphinx's environment, safe for incremental and parallel builds."""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment


def keep_per_document(app: Sphinx, name: str) -> None:
    """Keep ``app.env.<name>``, a dict by docname: created once, purged and merged by Sphinx."""

    def init(app: Sphinx) -> None:
        if not hasattr(app.env, name):
            setattr(app.env, name, {})

    def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        getattr(env, name).pop(docname, None)

    def merge(
        app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment
    ) -> None:
        getattr(env, name).update({d: v for d, v in getattr(other, name).items() if d in docnames})

    app.connect("builder-inited", init)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)


def keep_memo(app: Sphinx, name: str) -> None:
    """Keep ``app.env.<name>``, a dict of results by everything they were made from: kept from
    build to build (a fresh environment starts it again) and merged from parallel readers."""

    def init(app: Sphinx) -> None:
        if not hasattr(app.env, name):
            setattr(app.env, name, {})

    def merge(
        app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment
    ) -> None:
        getattr(env, name).update(getattr(other, name))

    app.connect("builder-inited", init)
    app.connect("env-merge-info", merge)
