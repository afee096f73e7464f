"""What the extension derives from Sphinx's configuration and sources: the edition, page
URLs, the provenance records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from edition.apparatus.citation import (
    FORMATS,
    STYLE_LABELS,
    STYLES,
    Edition,
    Locator,
    cite,
    cite_all,
    cite_edition,
)
from edition.apparatus.model import EditionModel, Settings
from edition.errors import EditionError
from edition.texts.provenance import Record

T = TypeVar("T")

# The syntax each style's block is shown with; the blocks get the theme's copy buttons.
_LANGUAGES = {"bibtex": "bibtex", "csl-json": "json"}
# The edition's editors, cited as one corporate name in the role of editor.
EDITORS = "the editors of From Ally to Affinity"
# Said wherever a citation shows an address that is only a path in the site (no
# ``html_baseurl``): the script puts in the address the reader opened the page at.
RELATIVE_URL_NOTE = (
    "The addresses in these citations are those of the pages as you opened them: this build "
    "of the edition has no public address of its own."
)


def edition(config) -> Edition:
    # Jupyter Book sets the book's title as html_title and leaves project unset.
    return Edition(title=config.html_title, year=config.edition_year)


def page_url(baseurl: str, docname: str) -> str:
    """The canonical URL of a page if ``html_baseurl`` is set, else its path in the site."""
    path = f"{docname}.html"
    return f"{baseurl.rstrip('/')}/{path}" if baseurl else path


def cite_block_markdown(record: Record, config, url: str) -> str:
    """The whole text's citation in every style, each in a block with a copy button."""
    citations = cite_all(record, edition(config), url)
    blocks = [
        f"**{STYLE_LABELS[style]}**\n\n```{_LANGUAGES.get(style, 'text')}\n{text}\n```"
        for style, text in citations.items()
    ]
    if not config.html_baseurl:
        blocks.insert(0, RELATIVE_URL_NOTE)
    return "\n\n".join(blocks) + "\n"


def templates(record: Record, config) -> dict[str, dict[str, str]]:
    """Citations with placeholders that the page's script fills in for one paragraph.

    ``⟦n⟧`` is the paragraph number (passed to the CSL engine as the locator), ``⟦a⟧`` its
    anchor and ``⟦url⟧`` the page URL with the anchor; none of them can occur in a title,
    so the script may replace them blindly.
    """
    return {
        kind: cite_all(record, edition(config), "⟦url⟧", Locator(kind, "⟦n⟧", "⟦a⟧"))
        for kind in ("paragraph", "response")
    }


def rendered(env, key: tuple, render: Callable[[], T]) -> T:
    """``render()``, once for each ``key``, which holds everything it reads (for a citation:
    the record, the edition, the address, the place cited). Kept in the environment
    (``edition_rendered``), not dropped with a page: the CSL engine takes about a second per
    text, and a chapter read again because its words changed cites the same record and shows
    the same figure as before."""
    store = env.edition_rendered
    if key not in store:
        store[key] = render()
    return store[key]


def chapter_templates(env, config, record: Record) -> dict[str, dict[str, str]]:
    """``templates`` of a chapter's text, rendered once (``rendered``)."""
    key = ("templates", record, edition(config))
    return rendered(env, key, lambda: templates(record, config))


def chapter_section_citations(
    env, config, record: Record, label: str, title: str
) -> dict[str, str]:
    """``section_citations``, rendered once (``rendered``)."""
    key = ("section", record, edition(config), label, title)
    return rendered(env, key, lambda: section_citations(record, config, label, title))


def section_citations(record: Record, config, label: str, title: str) -> dict[str, str]:
    """A section's citations; ``⟦url⟧`` stands for the page URL with the section's anchor."""
    return cite_all(record, edition(config), "⟦url⟧", Locator("section", title, label))


def style_labels() -> list[list[str]]:
    """The menu's styles in order, with their labels, for the page's script."""
    return [[style, STYLE_LABELS[style]] for style in (*STYLES, *FORMATS)]


def edition_citations(config, url: str) -> dict[str, str]:
    """The edition as a whole, or a place in it (``url``), in every plain-text style (entry,
    then citation): its title, its editors, the version ``release`` and year ``edition_year``."""
    rendered = cite_edition(
        config.html_title,
        config.edition_editors or EDITORS,
        config.release,
        config.edition_year,
        url,
    )
    return {style: r.text for style, r in rendered.items()}


def cite_example(record: Record, config, url: str, locator: Locator) -> dict[str, str]:
    """A worked example for a "How to cite" page: one place of a text in every plain-text
    style (locator kinds: paragraph "12", response "R1", note "3", section title)."""
    return {style: r.text for style, r in cite(record, edition(config), url, locator).items()}


def web_build(app) -> bool:
    """Whether the build makes the web edition, whose files (previews, bibliography files)
    the EPUB, also HTML, must not get: it is zipped before they are written."""
    return app.builder.format == "html" and app.builder.name != "epub"


def create_model(app) -> None:
    """The edition's model for this build, from the ``edition_*`` settings. It lives on the
    application, not on the pickled environment: it is made again, cheaply, by every build,
    and each fact in it is computed on first use."""
    app.edition_model = EditionModel(Path(app.srcdir), Settings.from_config(app.config))


def model(env) -> EditionModel:
    """The build's model, for a directive (``self.env``) or a hook (``app.env``)."""
    return env.app.edition_model


def note_inputs(env, paths: list[Path]) -> None:
    """Rebuild the page being read when any of ``paths`` changes. Files only: Sphinx takes a
    dependency that is not a file for a change on every build."""
    for path in paths:
        if path.is_file():
            env.note_dependency(str(path))


def chapter_slug(env, docname: str) -> str | None:
    """The slug of the text whose chapter ``docname`` is, or None for other pages (and for
    every page while the records are broken: the directives report them with their line)."""
    try:
        record = model(env).by_docname.get(docname)
    except EditionError:
        return None
    return record.slug if record else None
