"""Making the book's downloads: which pages each PDF holds, and printing them.

The EPUB is Sphinx's (``make book`` builds it); the PDFs are printed by Debian's Chromium from
one document per PDF (``edition.site.printbook``), so their paragraph numbers and internal links
are the web edition's.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright
from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from edition.apparatus.release import LICENCE_STATEMENT, Release
from edition.errors import EditionError
from edition.paths import ESSAYS, PACKETS
from edition.site.downloads import BOOK_PDF, packet_pdf, text_pdf
from edition.site.printbook import Page, heading_titles, mended_title, printable_document
from edition.site.webcheck import CHROMIUM_ARGS, chromium_executable, serve

# Served at the site's root, so the document's relative links to stylesheets resolve.
_PRINT_URL = "__print__.html"


def footer(release: Release | None) -> str:
    """Chromium's footer template: the document's title, the edition's version, the page."""
    version = f" · version {escape(release.version)}" if release else ""
    return (
        '<div style="font-size:8px;width:100%;text-align:center;color:#444">'
        f'<span class="title"></span>{version} · <span class="pageNumber"></span> / '
        '<span class="totalPages"></span></div>'
    )


def pdf_metadata(title: str, release: Release | None) -> dict[str, str]:
    """The PDF's document information: its title, and the edition's version and rights."""
    metadata = {"/Title": title}
    if release:
        metadata["/Author"] = release.editors
        metadata["/Subject"] = (
            f"{release.title}, version {release.version} ({release.date}). {LICENCE_STATEMENT}"
        )
    return metadata


def toc_pages(toc: Path) -> list[str]:
    """Every page of ``_toc.yml`` in reading order, as site paths (``book/index.html``)."""
    try:
        data = yaml.safe_load(toc.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise EditionError(toc, f"cannot read the table of contents: {error}") from error

    def files(entries: list[dict]) -> list[str]:
        found = []
        for entry in entries:
            if "file" in entry:
                found.append(entry["file"])
            found += files(entry.get("sections", []))
        return found

    docnames = [data["root"]]
    for part in data.get("parts", []):
        docnames += files(part.get("chapters", []))
    return [f"{docname}.html" for docname in docnames]


@dataclass(frozen=True)
class PrintJob:
    """A PDF to print: the pages it holds, its title, its path in the site."""

    pages: list[str]
    title: str
    target: str


def print_jobs(pages: list[str], titles: dict[str, str], book_title: str) -> list[PrintJob]:
    """The whole book's PDF, then one PDF per text (the pages under ``book/essays/``) and
    one per study session's packet (under ``book/study/``)."""
    jobs = [PrintJob(pages, book_title, BOOK_PDF)]
    for path in pages:
        if path.startswith(f"{ESSAYS}/"):
            slug = path.removeprefix(f"{ESSAYS}/").removesuffix(".html")
            jobs.append(PrintJob([path], titles[path], text_pdf(slug)))
        elif path.startswith(f"{PACKETS}/"):
            name = path.removeprefix(f"{PACKETS}/").removesuffix(".html")
            jobs.append(PrintJob([path], titles[path], packet_pdf(name)))
    return jobs


def print_pdfs(
    site: Path, jobs: list[PrintJob], baseurl: str = "", release: Release | None = None
) -> None:
    """Print each job's PDF into ``site``; a PDF is replaced only once it is complete."""
    executable = chromium_executable()
    if executable is None:
        raise EditionError(
            site, "no Chromium to print the PDFs: apt-get install chromium, or set EDITION_CHROMIUM"
        )
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for job in jobs:
                pages = [Page(path, _read(site / path)) for path in job.pages]
                try:
                    document = printable_document(pages, job.title, baseurl)
                except ValueError as error:
                    raise EditionError(site, str(error)) from error
                info = pdf_metadata(job.title, release)
                _print(browser, f"{base}/{_PRINT_URL}", document, site / job.target, info, release)
        finally:
            browser.close()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise EditionError(path, f"cannot read the built page: {error.strerror}") from error


def _print(
    browser, url: str, document: str, target: Path, info: dict[str, str], release: Release | None
) -> None:
    page = browser.new_page()
    try:
        page.route(
            url, lambda route: route.fulfill(body=document, content_type="text/html; charset=utf-8")
        )
        page.goto(url, wait_until="load")

        def write(temporary: Path) -> None:
            page.pdf(
                path=temporary,
                format="A4",
                margin={"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"},
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer(release),
                outline=True,
                tagged=True,
            )
            _finish(temporary, heading_titles(document), info)

        replace_file(target, write)
    finally:
        page.close()


def replace_file(target: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` make a file beside ``target``, then put it in ``target``'s place: a
    reader never sees half a file, and a failure leaves the old one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        # Readable by all, as published files must be (mkstemp makes them private).
        temporary.chmod(0o644)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _finish(pdf: Path, titles: dict[str, str], info: dict[str, str]) -> None:
    """Mend the outline's titles and write the document information."""
    writer = PdfWriter(clone_from=pdf)
    writer.add_metadata(info)

    def restore(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                restore(item)
            elif title := mended_title(str(item.title), titles):
                item.node[NameObject("/Title")] = TextStringObject(title)

    restore(writer.outline)
    with pdf.open("wb") as out:
        writer.write(out)
