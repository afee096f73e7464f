"""Derive a plain-text capture from a saved HTML page.

The capture imitates what a reader gets from "select all, copy" in a browser:
the page's visible text in document order, one line per block element
(heading, paragraph, list item, table row, navigation link in its own block,
footer line ...), with a blank line between blocks, as in the seed captures.

Usage:
    python tests/corpus/make_capture.py page.html > page.txt
    python tests/corpus/make_capture.py --fixture <git-dir> <commit> <path> > page.txt

Approximations (no stylesheet is applied, no script is run):
  * removed: <head>, script, style, noscript, template, svg, iframe, object,
    embed, canvas, select, textarea, input, and elements marked hidden by the
    markup itself: the `hidden` attribute, inline style display:none or
    visibility:hidden (aria-hidden="true" is not treated as hidden: browsers
    show and copy such text);
  * text hidden only by CSS classes is kept, as nothing tells us it is hidden;
  * images contribute nothing (browsers do not copy alt text);
  * list markers and numbers are not written;
  * <br> starts a new line inside a block; a table row is one line, its cells
    separated by a tab;
  * whitespace is collapsed as HTML renders it; inside <pre> the line breaks
    are kept (each line of the block is a line of the capture).
"""

import re
import subprocess
import sys

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

DROP = {
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "textarea",
    "input",
    "audio",
    "video",
    "source",
    "track",
    "map",
    "meta",
    "link",
    "title",
    "base",
    "dialog",
}
BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "option",
    "noframes",
    "frameset",
    "frame",
}
CELL = {"td", "th"}
CELL_MARK = "\x01"  # stands for a tab between cells until whitespace is collapsed
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\n\r\f]+")


def is_hidden(tag):
    if tag.has_attr("hidden"):
        return True
    if tag.name == "input" and tag.get("type", "").lower() == "hidden":
        return True
    return bool(_HIDDEN_STYLE.search(tag.get("style", "") or ""))


class Writer:
    def __init__(self):
        self.blocks = []  # finished lines
        self.line = []  # pieces of the current line

    def text(self, s):
        self.line.append(s)

    def flush(self):
        s = _SPACE.sub(" ", "".join(self.line)).strip(" ")
        self.line = []
        if s.strip():  # str.strip() also removes NBSP and other Unicode spaces
            self.blocks.append(s)


def walk(node, out, pre=False):
    for child in node.children:
        if isinstance(child, (Comment, Doctype)):
            continue
        if isinstance(child, NavigableString):
            if type(child) is not NavigableString:  # CData, ProcessingInstruction ...
                continue
            if pre:  # keep the line breaks of preformatted text
                parts = str(child).split("\n")
                for i, part in enumerate(parts):
                    if i:
                        out.flush()
                    out.text(part)
            else:
                out.text(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name in DROP or is_hidden(child):
            continue
        if name == "br":
            out.flush()
            continue
        if name in CELL:
            out.text(CELL_MARK)
            walk(child, out, pre)
            continue
        if name in BLOCK:
            out.flush()
            walk(child, out, pre or name == "pre")
            out.flush()
            continue
        walk(child, out, pre)


def capture(html):
    soup = BeautifulSoup(html, "lxml")
    out = Writer()
    walk(soup, out)
    out.flush()
    lines = [re.sub(" ?\x01 ?", "\t", ln).strip("\t ") for ln in out.blocks]
    return "\n\n".join(ln for ln in lines if ln.strip()) + "\n"


def main(argv):
    if argv[:1] == ["--fixture"]:
        git_dir, commit, path = argv[1:4]
        html = subprocess.run(
            ["git", "-C", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    else:
        with open(argv[0], "rb") as f:
            html = f.read()
    sys.stdout.write(capture(html))


if __name__ == "__main__":
    main(sys.argv[1:])
