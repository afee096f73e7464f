"""One stylesheet and one deferred script per page (edition.site.bundle)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from edition.site.bundle import BUNDLES, bundle_site, rebase_urls, script_bundle

PAGE = """<html><head>
<link rel="stylesheet" href="../_static/a.css?v=1" />
<link href="../_static/styles/b.css" rel="stylesheet" media="print" />
<link rel="stylesheet" href="https://example.org/remote.css" />
<script src="../_static/documentation_options.js?v=2"></script>
<script defer="defer" src="../_static/first.js"></script>
<script>DOCUMENTATION_OPTIONS.pagename = 'book/page';</script>
<script src="../_static/searchtools.js"></script>
<link rel="icon" href="../_static/favicon.svg"/>
</head><body><p>Text</p>
<script defer="defer" src="../_static/own.js" data-tools="x.js"></script>
<script defer src="../_static/scripts/last.js?digest=3"></script>
</body></html>
"""


def site(tmp_path: Path) -> Path:
    files = {
        "book/page.html": PAGE,
        "_static/a.css": "p { color: red }",
        "_static/styles/b.css": ".x { background: url(../img/x.png) }",
        "_static/documentation_options.js": "const DOCUMENTATION_OPTIONS = {};",
        "_static/first.js": "first();",
        "_static/searchtools.js": "search();",
        "_static/scripts/last.js": "last();",
        "_static/own.js": "own();",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_page_links_one_stylesheet_and_its_deferred_scripts_bundled_in_order(tmp_path):
    root = site(tmp_path)
    assert bundle_site(root) == 3
    html = (root / "book/page.html").read_text(encoding="utf-8")
    [css] = sorted((root / BUNDLES).glob("*.css"))
    before, after = sorted((root / BUNDLES).glob("*.js"), key=lambda p: html.index(p.name))
    assert html.count('rel="stylesheet"') == 2  # the bundle, and the remote one left alone
    assert f'href="../_static/bundles/{css.name}"' in html
    for js in (before, after):
        assert f'<script defer="defer" src="../_static/bundles/{js.name}"></script>' in html
    assert html.index(css.name) < html.index("remote.css")
    bundled = css.read_text(encoding="utf-8")
    assert bundled.index("color: red") < bundled.index("@media print {")
    # The script that reads its settings from its own tag stays, and runs between the two.
    assert before.read_text(encoding="utf-8") == script_bundle(["first();"])
    assert after.read_text(encoding="utf-8") == script_bundle(["last();"])
    assert html.index(before.name) < html.index("own.js") < html.index(after.name)
    # Run at once, so written into the page; the search tools stay where they were.
    assert "<script>const DOCUMENTATION_OPTIONS = {};</script>" in html
    assert '<script src="../_static/searchtools.js"></script>' in html
    assert "first.js" not in html and "last.js" not in html
    assert '<script defer="defer" src="../_static/own.js" data-tools="x.js"></script>' in html


def test_urls_in_a_stylesheet_are_rebased_to_the_bundles_folder():
    css = ".x { background: url(../img/x.png) } .y { background: url('data:a') }"
    rebased = rebase_urls(css, PurePosixPath("_static/styles/b.css"), BUNDLES)
    assert rebased == ".x { background: url(../img/x.png) } .y { background: url('data:a') }"
    deeper = rebase_urls(
        "a { b: url(fonts/f.woff2?v=1) }", PurePosixPath("_static/s/c.css"), BUNDLES
    )
    assert deeper == "a { b: url(../s/fonts/f.woff2?v=1) }"


def test_bundling_twice_changes_nothing_and_old_bundles_go(tmp_path):
    root = site(tmp_path)
    bundle_site(root)
    stale = root / BUNDLES / "0000.css"
    stale.write_text("old", encoding="utf-8")
    first = (root / "book/page.html").read_text(encoding="utf-8")
    bundle_site(root)
    assert (root / "book/page.html").read_text(encoding="utf-8") == first
    assert not stale.exists()
    assert len(list((root / BUNDLES).iterdir())) == 3


def test_a_tag_naming_no_file_of_the_site_is_left_as_it_is(tmp_path):
    root = site(tmp_path)
    (root / "_static/first.js").unlink()
    bundle_site(root)
    html = (root / "book/page.html").read_text(encoding="utf-8")
    assert '<script defer="defer" src="../_static/first.js"></script>' in html


INPUT_PAGE = """<html><head>
<script defer="defer" src="_static/now.js"></script>
<script defer="defer" src="_static/menus.js"></script>
</head><body><button id="open">Open</button><input id="field"></body></html>
"""
# A stand-in for Bootstrap: at once it counts its runs; its menus open by a click handled on
# the document, as Bootstrap's data API does.
MENUS = """window.menusRan = (window.menusRan || 0) + 1;
document.addEventListener("click", function (event) {
  if (event.target.id === "open") { document.body.dataset.menu = "open"; }
});"""


def input_site(tmp_path: Path) -> Path:
    (tmp_path / "_static").mkdir()
    (tmp_path / "index.html").write_text(INPUT_PAGE, encoding="utf-8")
    (tmp_path / "_static/now.js").write_text("window.nowRan = true;", encoding="utf-8")
    (tmp_path / "_static/menus.js").write_text(MENUS, encoding="utf-8")
    bundle_site(tmp_path, frozenset({PurePosixPath("_static/menus.js")}))
    return tmp_path


def test_a_script_named_to_wait_is_bundled_unrun_after_the_others(tmp_path):
    root = input_site(tmp_path)
    html = (root / "index.html").read_text(encoding="utf-8")
    [bundle] = (root / BUNDLES).glob("*.js")
    assert html.count("<script") == 1 and bundle.name in html
    code = bundle.read_text(encoding="utf-8")
    assert code == script_bundle(["window.nowRan = true;"], [MENUS])
    assert code.index("nowRan") < code.index("menusRan")


@pytest.mark.browser
@pytest.mark.parametrize("act", ["click", "keyboard", "tap"])
def test_a_waiting_script_runs_once_on_the_first_input_and_sees_that_input(tmp_path, act):
    """The first click opens the menu: the script that handles it has run by then."""
    from chromium import watched_tab

    with watched_tab(input_site(tmp_path)) as (base, tab, _):
        if act == "tap":
            tab.context.close()
            tab = tab.context.browser.new_context(has_touch=True).new_page()
        tab.goto(f"{base}/index.html", wait_until="load")
        tab.wait_for_timeout(200)
        assert tab.evaluate("[window.nowRan, window.menusRan]") == [True, None]
        if act == "click":
            tab.click("#open")
        elif act == "tap":
            tab.tap("#open")
        else:
            tab.focus("#open")
            tab.keyboard.press("Enter")
        assert tab.evaluate("document.body.dataset.menu") == "open"
        tab.focus("#field")
        tab.keyboard.press("a")
        assert tab.evaluate("window.menusRan") == 1


@pytest.mark.browser
def test_a_wheel_turned_before_the_pointer_moves_counts_as_the_first_input(tmp_path):
    from chromium import watched_tab

    with watched_tab(input_site(tmp_path)) as (base, tab, _):
        tab.goto(f"{base}/index.html", wait_until="load")
        tab.mouse.wheel(0, 100)
        tab.wait_for_function("window.menusRan === 1")
