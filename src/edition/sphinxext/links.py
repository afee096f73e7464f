"""Links the extension adds to pages, resolved like MyST's {ref}: a wrong target warns."""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes


def ref_link(label: str, text: str, docname: str) -> addnodes.pending_xref:
    link = addnodes.pending_xref(
        "",
        refdomain="std",
        reftype="ref",
        reftarget=label,
        refexplicit=True,
        refwarn=True,
        refdoc=docname,
    )
    link += nodes.inline("", text)
    return link


def textual_notes_link(slug: str, docname: str) -> addnodes.pending_xref:
    """A link to the textual notes on the text ``slug``."""
    return ref_link(f"textual-notes-{slug}", "Textual notes", docname)
