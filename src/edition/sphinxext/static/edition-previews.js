/* Previews of internal links: glossary terms, paragraphs, sections, notes and pages.
 *
 * Pointing at a link, focusing it with the keyboard, or tapping it on a touch screen shows
 * a small box with the target's title and opening words; a second tap follows the link.
 * The texts come from one file the build writes (_static/edition-previews.json), fetched
 * from this site the first time a preview is wanted. Plain script, no library: tooltip
 * libraries break when RequireJS is on the page, as it is on notebook pages with widgets.
 */
(function () {
  "use strict";

  const root = new URL(document.documentElement.dataset.content_root || "./", window.location.href);
  let previews = null;

  function load() {
    if (!previews) {
      previews = fetch(new URL("_static/edition-previews.json", root))
        .then(function (response) { return response.ok ? response.json() : {}; })
        .catch(function () { return {}; });
    }
    return previews;
  }

  function keyOf(link) {
    const url = new URL(link.getAttribute("href"), window.location.href);
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
    const path = url.pathname.slice(root.pathname.length);
    return path + (url.hash ? "#" + decodeURIComponent(url.hash.slice(1)) : "");
  }

  const box = document.createElement("div");
  box.id = "edition-preview";
  box.className = "edition-preview";
  box.setAttribute("role", "tooltip");
  box.hidden = true;
  document.body.appendChild(box);

  let shownFor = null;
  let hideTimer = null;
  let lastPointer = "mouse";

  function hide() {
    window.clearTimeout(hideTimer);
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    shownFor = null;
    box.hidden = true;
  }

  function place(link) {
    const rect = link.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    box.style.width = width + "px";
    box.style.left = left + window.scrollX + "px";
    box.style.top = rect.bottom + window.scrollY + 6 + "px";
  }

  function show(link, touch) {
    window.clearTimeout(hideTimer);
    const key = keyOf(link);
    if (!key) return Promise.resolve(false);
    return load().then(function (data) {
      const entry = data[key];
      if (!entry || (!entry.text && !entry.title)) return false;
      box.replaceChildren();
      const title = document.createElement("strong");
      title.className = "edition-preview-title";
      title.textContent = entry.title;
      const text = document.createElement("span");
      text.className = "edition-preview-text";
      text.textContent = entry.text;
      box.append(title, text);
      if (touch) {
        const go = document.createElement("a");
        go.href = link.href;
        go.className = "edition-preview-go";
        go.textContent = "Go to " + (entry.title || "link");
        box.append(go);
      }
      if (shownFor && shownFor !== link) shownFor.removeAttribute("aria-describedby");
      shownFor = link;
      link.setAttribute("aria-describedby", box.id);
      box.hidden = false;
      place(link);
      return true;
    });
  }

  function scheduleHide() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  }

  function previewable(target) {
    const link = target.closest && target.closest("a[href]");
    if (!link || link.closest(".edition-preview, nav, .bd-sidebar, .bd-toc")) return null;
    if (link.matches(".para-num, .headerlink")) return null;
    if (!link.matches("a.reference.internal, a.footnote-reference")) return null;
    return link;
  }

  document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType; }, true);
  document.addEventListener("mouseover", function (event) {
    const link = previewable(event.target);
    if (link && lastPointer !== "touch") show(link, false);
    else if (box.contains(event.target)) window.clearTimeout(hideTimer);
  });
  document.addEventListener("mouseout", function (event) {
    if (previewable(event.target) || box.contains(event.target)) scheduleHide();
  });
  document.addEventListener("focusin", function (event) {
    const link = previewable(event.target);
    if (link) show(link, false);
    else if (!box.contains(event.target)) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shownFor) {
      const link = shownFor;
      hide();
      link.focus();
    }
  });
  document.addEventListener("click", function (event) {
    const link = previewable(event.target);
    if (link && lastPointer === "touch" && shownFor !== link) {
      event.preventDefault();
      show(link, true).then(function (shown) { if (!shown) window.location.href = link.href; });
    } else if (!box.contains(event.target) && !link) {
      hide();
    }
  });
})();
