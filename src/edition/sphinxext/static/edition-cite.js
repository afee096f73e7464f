/* The cite menu of the edition's chapter pages.
 *
 * Each paragraph number is a link to the paragraph's own anchor. Activating it (click, tap,
 * Enter or Space) opens a small menu: copy the link, or a citation in one of six formats.
 * Section headings get a "Cite" button with the same menu. The citations come, already
 * formatted at build time by the CSL engine (citeproc-py) for a placeholder locator and URL,
 * from the page's JSON (#edition-cite-data); this script only substitutes the paragraph
 * number and the URL for the placeholders. No network, no third party.
 */
(function () {
  "use strict";

  const dataElement = document.getElementById("edition-cite-data");
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent);
  // [style id, label] in menu order, from the page's JSON.
  const STYLES = data.styles;
  const RELATIVE_NOTE = "The address is this page as you opened it.";

  function pageUrl() {
    return data.pageUrl || window.location.href.split("#")[0];
  }

  function anchorUrl(anchor) {
    return pageUrl() + "#" + anchor;
  }

  function fill(template, number, anchor) {
    return template
      .split("⟦n⟧").join(number)
      .split("⟦a⟧").join(anchor)
      .split("⟦url⟧").join(anchorUrl(anchor));
  }

  const status = document.createElement("div");
  status.className = "cite-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function announce(message) {
    status.textContent = message;
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () { status.textContent = ""; }, 4000);
  }

  function copy(text, what) {
    const done = function () { announce(what + " copied"); };
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text, what); });
    }
    fallbackCopy(text, what);
    return Promise.resolve();
  }

  function fallbackCopy(text, what) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    announce(ok ? what + " copied" : "Copying failed: select the text by hand");
  }

  let openMenu = null;

  function closeMenu(returnFocus) {
    if (!openMenu) return;
    const { menu, opener } = openMenu;
    menu.remove();
    opener.setAttribute("aria-expanded", "false");
    openMenu = null;
    if (returnFocus) opener.focus();
  }

  function showMenu(opener, title, items) {
    closeMenu(false);
    const menu = document.createElement("div");
    menu.className = "cite-menu";
    menu.setAttribute("role", "menu");
    menu.setAttribute("aria-label", title);
    const heading = document.createElement("div");
    heading.className = "cite-menu-title";
    heading.textContent = title;
    heading.setAttribute("aria-hidden", "true");
    menu.appendChild(heading);
    if (!data.pageUrl) {
      // The citations carry the address the reader opened the page at: say so. The note is
      // the menu's description, since a menu may hold only menu items for assistive technology.
      const note = document.createElement("div");
      note.className = "cite-menu-note";
      note.id = "cite-menu-note";
      note.textContent = RELATIVE_NOTE;
      note.setAttribute("aria-hidden", "true");
      menu.appendChild(note);
      menu.setAttribute("aria-describedby", note.id);
    }
    items.forEach(function (item) {
      const button = document.createElement("button");
      button.type = "button";
      button.setAttribute("role", "menuitem");
      button.tabIndex = -1;
      button.textContent = item.label;
      if (item.style) button.dataset.style = item.style;
      button.addEventListener("click", function () {
        if (item.run) {
          closeMenu(true);
          item.run();
          return;
        }
        copy(item.text, item.what).then(function () { closeMenu(true); });
      });
      menu.appendChild(button);
    });
    menu.addEventListener("keydown", function (event) {
      const buttons = Array.from(menu.querySelectorAll("button"));
      const index = buttons.indexOf(document.activeElement);
      const moves = { ArrowDown: 1, ArrowUp: -1 };
      if (event.key in moves) {
        event.preventDefault();
        buttons[(index + moves[event.key] + buttons.length) % buttons.length].focus();
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        buttons[event.key === "Home" ? 0 : buttons.length - 1].focus();
      } else if (event.key === "Escape" || event.key === "Tab") {
        event.preventDefault();
        closeMenu(true);
      }
    });
    opener.insertAdjacentElement("afterend", menu);
    opener.setAttribute("aria-expanded", "true");
    openMenu = { menu: menu, opener: opener };
    menu.querySelector("button").focus();
  }

  function citationItems(citations, link, where) {
    const items = [{ label: "Copy link", style: "link", text: link, what: "Link to " + where }];
    STYLES.forEach(function (entry) {
      const style = entry[0], label = entry[1];
      items.push({
        label: "Copy " + label, style: style,
        text: citations[style], what: label + " citation of " + where,
      });
    });
    return items;
  }

  function openParagraphMenu(link) {
    const number = link.dataset.number;
    const anchor = link.dataset.anchor;
    const kind = number.startsWith("R") ? "response" : "paragraph";
    const where = (kind === "response" ? "response " : "¶ ") + number;
    const citations = {};
    STYLES.forEach(function (entry) {
      citations[entry[0]] = fill(data.templates[kind][entry[0]], number, anchor);
    });
    const items = citationItems(citations, anchorUrl(anchor), where);
    // Other scripts (the study tools) add their own items, {label, run}, to the menu.
    link.dispatchEvent(new CustomEvent("edition:paragraph-menu", {
      bubbles: true, detail: { number: number, anchor: anchor, items: items },
    }));
    showMenu(link, "Cite " + where, items);
  }

  document.querySelectorAll("a.para-num").forEach(function (link) {
    link.setAttribute("role", "button");
    link.setAttribute("aria-haspopup", "menu");
    link.setAttribute("aria-expanded", "false");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      openParagraphMenu(link);
    });
    link.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        openParagraphMenu(link);
      }
    });
  });

  Object.keys(data.sections).forEach(function (label) {
    // The label may be the section's id or, beside its automatic id, an empty span in it.
    const target = document.getElementById(label);
    const section = target && target.closest("section");
    const heading = section && section.querySelector(":scope > h2, :scope > h3");
    if (!heading) return;
    const entry = data.sections[label];
    const button = document.createElement("button");
    button.type = "button";
    button.className = "section-cite";
    button.textContent = "Cite";
    button.setAttribute("aria-haspopup", "menu");
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-label", "Cite the section “" + entry.title + "”");
    button.addEventListener("click", function () {
      const citations = {};
      STYLES.forEach(function (style) {
        citations[style[0]] = entry.citations[style[0]].split("⟦url⟧").join(anchorUrl(label));
      });
      const where = "section “" + entry.title + "”";
      showMenu(button, "Cite this section", citationItems(citations, anchorUrl(label), where));
    });
    heading.insertAdjacentElement("afterend", button);
  });

  // Without a canonical base URL the static citation block shows the page's path in the
  // site; here, where the reader's address is known, it becomes a full link.
  if (!data.pageUrl) {
    document.querySelectorAll(".cite-this pre").forEach(function (pre) {
      pre.textContent = pre.textContent.split(data.pagePath).join(pageUrl());
    });
  }

  document.addEventListener("click", function (event) {
    if (openMenu && !openMenu.menu.contains(event.target) && event.target !== openMenu.opener) {
      closeMenu(false);
    }
  });
})();
