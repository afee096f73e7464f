/* The study tools on a chapter page: passage sets and private notes, loaded on first use.
 *
 * This loader stays small so that a first visit to a chapter weighs what it did before: it
 * adds "Add to passage set" and "Write a note" to each paragraph's cite menu, offers a note
 * on a selection of text, and shows the tools' entries in the chapter's toolbar. The tools
 * themselves (edition-study.js and its stylesheet, from this site only) load when a reader
 * first uses one of them, or at once when this browser already holds notes on this chapter
 * or a passage set, which must be shown.
 */
(function () {
  "use strict";

  const script = document.currentScript;
  const config = script.dataset;
  // The site's root is where this script's _static folder is: the same from every page.
  const root = script.src.replace(/_static\/[^/]*$/, "");
  const keys = storageKeys(root);
  let tools = null;

  function storageKeys(rootUrl) {
    // Namespaced by the site's path, so that two editions served from one host keep apart.
    const path = new URL(rootUrl).pathname;
    return { notes: "edition-notes:" + path, set: "edition-passage-set:" + path };
  }

  function stored(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch (error) {
      // Storage refused (private browsing, disabled) or unreadable: the tools say so.
      return null;
    }
  }

  function storedSet() {
    const set = stored(keys.set);
    return set && Array.isArray(set.passages) ? set.passages : [];
  }

  function notesHere() {
    const notes = stored(keys.notes);
    const list = notes && Array.isArray(notes.annotations) ? notes.annotations : [];
    return list.filter(function (note) {
      const source = note && note.target && note.target.source;
      return typeof source === "string" && source.split("#")[0].endsWith("/" + config.slug + ".html");
    });
  }

  function addStylesheet() {
    if (document.querySelector("link[data-edition-study]")) return;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = root + config.css;
    link.dataset.editionStudy = "";
    document.head.appendChild(link);
  }

  // Resolves with the tools once they have loaded; loads them only once.
  function loadTools() {
    if (tools) return tools;
    addStylesheet();
    tools = new Promise(function (resolve, reject) {
      const element = document.createElement("script");
      element.src = root + config.tools;
      Object.keys(config).forEach(function (name) { element.dataset[name] = config[name]; });
      element.onload = function () {
        window.editionStudy.initChapter(config.slug, refreshToolbar);
        resolve(window.editionStudy);
      };
      element.onerror = function () {
        tools = null;
        reject(new Error("the study tools did not load"));
      };
      document.head.appendChild(element);
    });
    return tools;
  }

  function use(action) {
    return loadTools().then(action);
  }

  // The chapter's toolbar (rendered by the theme's templates) has a slot for these entries;
  // a page without it gets them before its first paragraph once there is something to show.
  function refreshToolbar(counts) {
    const notes = counts ? counts.notes : notesHere().length;
    const set = counts ? counts.set : storedSet();
    let slot = document.querySelector("#edition-toolbar .edition-toolbar-slot");
    if (!slot) {
      slot = document.querySelector(".edition-study-bar");
      if (!slot && (notes || set.length)) {
        const first = document.querySelector("article p.numbered");
        if (!first) return;
        slot = document.createElement("div");
        slot.className = "edition-study-bar";
        first.parentNode.insertBefore(slot, first);
      }
      if (!slot) return;
    }
    slot.replaceChildren(
      entry("edition-study-notes", root + config.notes, "My notes", notes),
      entry("edition-study-set", setLink(set), "Passage set", set.length)
    );
  }

  function entry(className, href, label, count) {
    const link = document.createElement("a");
    link.className = "edition-study-entry " + className;
    link.href = href;
    link.textContent = count ? label + " (" + count + ")" : label;
    return link;
  }

  function setLink(passages) {
    return root + config.passages + (passages.length ? "#p=" + passages.join(",") : "");
  }

  // The cite menu (edition-cite.js) asks for further items each time a paragraph's menu opens.
  document.addEventListener("edition:paragraph-menu", function (event) {
    const detail = event.detail;
    const id = config.slug + ":" + detail.anchor;
    const where = "¶ " + detail.number;
    const paragraph = document.getElementById(detail.anchor);
    const inSet = tools ? window.editionStudy.inSet(id) : storedSet().indexOf(id) !== -1;
    detail.items.push(
      {
        label: inSet ? "Remove " + where + " from passage set" : "Add " + where + " to passage set",
        run: function () { use(function (study) { study.toggleSet(id, where); }); },
      },
      {
        label: "Write a note on " + where,
        run: function () { use(function (study) { study.openNoteForm(paragraph, null); }); },
      }
    );
  });

  // A selection within a numbered paragraph offers a note on the words selected.
  let offer = null;
  let selected = null;
  let pending = 0;

  function hideOffer() {
    if (offer) offer.hidden = true;
    selected = null;
  }

  function showOffer() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return hideOffer();
    const range = selection.getRangeAt(0);
    const start = range.startContainer;
    const paragraph = (start.nodeType === 1 ? start : start.parentElement).closest("p.numbered");
    if (!paragraph) return hideOffer();
    const clipped = range.cloneRange();
    // A note belongs to one paragraph: a selection running on is cut at its end.
    if (!paragraph.contains(range.endContainer)) clipped.setEnd(paragraph, paragraph.childNodes.length);
    if (!clipped.toString().trim()) return hideOffer();
    selected = { paragraph: paragraph, range: clipped };
    if (!offer) {
      addStylesheet();
      offer = document.createElement("button");
      offer.type = "button";
      offer.className = "edition-note-offer";
      offer.textContent = "Note on selection";
      // Pressing the button must not clear the selection it is about.
      offer.addEventListener("mousedown", function (event) { event.preventDefault(); });
      offer.addEventListener("click", function () {
        const target = selected;
        hideOffer();
        if (target) use(function (study) { study.openNoteForm(target.paragraph, target.range); });
      });
    }
    // Right after its paragraph, so that Tab reaches it from the selection; placed under the
    // selection's last line.
    paragraph.insertAdjacentElement("afterend", offer);
    offer.hidden = false;
    const rects = clipped.getClientRects();
    const last = rects[rects.length - 1] || paragraph.getBoundingClientRect();
    const frame = (offer.offsetParent || document.body).getBoundingClientRect();
    offer.style.top = last.bottom - frame.top + 6 + "px";
    offer.style.left = Math.max(0, last.left - frame.left) + "px";
  }

  document.addEventListener("selectionchange", function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(showOffer, 200);
  });

  refreshToolbar();
  const setHere = storedSet().some(function (id) { return id.startsWith(config.slug + ":"); });
  if (notesHere().length || setHere) loadTools();
})();
