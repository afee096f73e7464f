"""Links the extension adds to pages, resolved like MyST's {term} and {ref}: a wrong target
is a build warning, never a dead link."""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes

from edition import paths


def xref(reftype: str, target: str, docname: str, content: nodes.Node) -> addnodes.pending_xref:
    """A link to ``target`` (a term or a label) around ``content``."""
    link = addnodes.pending_xref(
        "",
        refdomain="std",
        reftype=reftype,
        reftarget=target,
        refexplicit=True,
        refwarn=True,
        refdoc=docname,
    )
    link += content
    return link


def textual_notes_link(slug: str, docname: str) -> addnodes.pending_xref:
    """A link to the textual notes on the text ``slug``."""
    return xref("ref", paths.textual_notes_label(slug), docname, nodes.inline("", "Textual notes"))
