"""The navigation column made once per folder of pages, not once per page.

pydata-sphinx-theme's ``generate_toctree_html`` resolves the whole table of contents for
every page (Sphinx's ``global_toctree_for_doc``), renders it and reworks it with
BeautifulSoup: each page costs time in proportion to the number of pages, so a clean build
grows with their square (at 200 texts it was 176 s of a 416 s build). Upstream: the theme
caches the function per page only (pydata-sphinx-theme ``toctree.py``, "Cache this function
because it is expensive to run"); no issue found for caching it across pages yet.

What differs between two pages of one folder is only which entry is the current page: the
links are relative to the folder. So the column is made once per folder, by the theme's own
function as for a page of that folder that is no entry of it (no entry current), and each
page marks its own entry the way Sphinx and the theme do: the entry's link ``href="#"`` with
the class ``current``, every list and list item around it ``current`` (items also
``active``), and the expandable part of each of those items open. The theme's navigation
template calls this in place of its function (``themefiles.navigation_template``);
``tests/test_sidebar.py`` checks, page by page, that the column is the theme's own.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pydata_sphinx_theme.toctree import add_toctree_functions
from sphinx.application import Sphinx

from edition.sphinxext import a11y

# A page of the folder that no toctree lists; its name cannot be a document's.
_NO_PAGE = "[no page]"
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr"})
_CLASS = re.compile(r'\sclass="([^"]*)"')
_HREF = re.compile(r'\shref="([^"]*)"')


@dataclass
class _Element:
    name: str
    start: int
    end: int
    parent: _Element | None
    children: list[_Element] = field(default_factory=list)


class Column:
    """One folder's navigation column, with no entry current, and where each link is."""

    def __init__(self, html: str):
        self.html = html
        self._links: dict[str, list[_Element]] = {}
        open_elements: list[_Element] = []
        for match in _TAG.finditer(html):
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                while open_elements and open_elements.pop().name != name:
                    pass
                continue
            parent = open_elements[-1] if open_elements else None
            element = _Element(name, match.start(), match.end(), parent)
            if parent:
                parent.children.append(element)
            if name == "a" and (href := _HREF.search(match.group(3))):
                self._links.setdefault(href.group(1), []).append(element)
            if name not in _VOID and not match.group(3).endswith("/"):
                open_elements.append(element)

    def for_page(self, href: str) -> str:
        """The column as the page that ``href`` (relative to the folder) names shows it."""
        edits: dict[int, tuple[int, str]] = {}
        for link in self._links.get(href, []):
            self._mark_link(link, edits)
            ancestor = link.parent
            while ancestor:
                self._mark(ancestor, edits)
                ancestor = ancestor.parent
        pieces, done = [], 0
        for start in sorted(edits):
            end, tag = edits[start]
            pieces += [self.html[done:start], tag]
            done = end
        return "".join([*pieces, self.html[done:]])

    def _tag(self, element: _Element) -> str:
        return self.html[element.start : element.end]

    def _mark_link(self, link: _Element, edits: dict[int, tuple[int, str]]) -> None:
        tag = _add_class(self._tag(link), "current", first=True)
        edits[link.start] = (link.end, _HREF.sub(' href="#"', tag, count=1))

    def _mark(self, element: _Element, edits: dict[int, tuple[int, str]]) -> None:
        tag = self._tag(element)
        if element.name == "ul":
            edits[element.start] = (element.end, _add_class(tag, "current", first=True))
        elif element.name == "li":
            edits[element.start] = (element.end, _add_class(tag, "current active"))
            for child in element.children:
                if child.name == "details":
                    edits[child.start] = (child.end, _opened(self._tag(child)))


def _add_class(tag: str, names: str, *, first: bool = False) -> str:
    """``tag`` with ``names`` added first in its class list, or after its ``toctree-lN``
    class (where Sphinx puts ``current``, before the classes the theme adds)."""
    match = _CLASS.search(tag)
    if not match:
        return f'{tag[:-1]} class="{names}">'
    classes = match.group(1).split()
    at = (
        0 if first else next((i + 1 for i, c in enumerate(classes) if c.startswith("toctree-l")), 0)
    )
    classes[at:at] = names.split()
    return f"{tag[: match.start(1)]}{' '.join(classes)}{tag[match.end(1) :]}"


def _opened(tag: str) -> str:
    return tag if " open=" in tag else f'{tag[:-1]} open="open">'


def _neutral_column(app: Sphinx, folder: str, show_nav_level: int, kwargs: dict) -> Column:
    page = posixpath.join(folder, _NO_PAGE)
    context = {
        "toctree": lambda **toctree_kwargs: app.builder._get_local_toctree(page, **toctree_kwargs)
    }
    add_toctree_functions(app, page, "page.html", context, None)
    generate = a11y.named_toggles(context["generate_toctree_html"])
    soup = generate("sidebar", startdepth=0, show_nav_level=show_nav_level, **kwargs)
    return Column(str(soup))


def navigation_column(app: Sphinx, pagename: str, context) -> Callable:
    """What the navigation template calls for ``pagename`` in place of the theme's
    ``generate_toctree_html`` (themefiles.navigation_template): the folder's column, made on
    first use, marked for the page."""
    folder = posixpath.dirname(pagename)
    columns: dict = app.edition_sidebar_columns

    def edition_navigation_column(
        kind: str, startdepth: int = 1, show_nav_level: int = 1, **kwargs
    ):
        # Parts that fold (show_nav_level 0) are marked by the theme in other ways.
        if kind != "sidebar" or startdepth != 0 or int(show_nav_level) == 0:
            return context["generate_toctree_html"](kind, startdepth, show_nav_level, **kwargs)
        key = (folder, int(show_nav_level), tuple(sorted(kwargs.items())))
        if key not in columns:
            columns[key] = _neutral_column(app, folder, int(show_nav_level), kwargs)
        href = app.builder.get_relative_uri(posixpath.join(folder, _NO_PAGE), pagename)
        return columns[key].for_page(href)

    return edition_navigation_column


def reset(app: Sphinx) -> None:
    app.edition_sidebar_columns = {}


def add_navigation_column(app: Sphinx, pagename: str, templatename: str, context, doctree) -> None:
    context["edition_navigation_column"] = navigation_column(app, pagename, context)


def register(app: Sphinx) -> None:
    # The columns are made from the whole table of contents, final once every page is read.
    app.connect("env-updated", lambda app, env: reset(app))
    app.connect("builder-inited", reset)
    # Before the theme's handler (priority 500) that renders the sidebar's templates to see
    # which are empty: it renders the navigation too.
    app.connect("html-page-context", add_navigation_column, priority=450)
