/* The study tools: passage sets and private notes, kept in this browser only.
 *
 * Nothing here sends anything anywhere: notes and the passage set live in the browser's own
 * storage (localStorage), under keys of this site's path. A note is stored as a W3C Web
 * Annotation (http://www.w3.org/ns/anno.jsonld): its target is the chapter's address, a
 * FragmentSelector naming the paragraph (p12) refined by a TextQuoteSelector (the words
 * noted, with up to 32 characters before and after them in the paragraph), so that the
 * export is the stored data itself. A note is shown on its paragraph only while that
 * paragraph still holds the same words in the same context; otherwise it is shown as
 * detached, never moved to other words.
 *
 * Loaded by edition-study-loader.js on a chapter page, and by the passage-set and notes
 * pages (with edition-study-pages.js). Where the browser keeps no data (private browsing,
 * storage turned off), everything still works for as long as the page stays open, and the
 * reader is told so.
 */
(function () {
  "use strict";

  const script = document.currentScript;
  const config = script.dataset;
  const root = script.src.replace(/_static\/[^/]*$/, "");
  const rootPath = new URL(root).pathname;
  const KEYS = { notes: "edition-notes:" + rootPath, set: "edition-passage-set:" + rootPath };
  const CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  const RFC3986 = "http://tools.ietf.org/rfc/rfc3986";
  const CONTEXT_CHARS = 32;
  // JavaScript's \s spelled out, as edition.passages spells it for the build's copy.
  const WHITE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
  const UNAVAILABLE =
    "Your browser is not letting this site keep anything (private browsing, or site data " +
    "turned off), so notes and passage sets last only while this page stays open. A passage " +
    "set's link holds the set itself: bookmark or share it to keep the set.";

  /* Storage -------------------------------------------------------------------------- */

  const storage = probe();
  // What this page holds when the browser keeps nothing, or refused the last write.
  const memory = {};

  function probe() {
    try {
      const candidate = window.localStorage;
      candidate.setItem("edition-probe", "1");
      candidate.removeItem("edition-probe");
      return candidate;
    } catch (error) {
      return null;
    }
  }

  function load(key) {
    if (key in memory || !storage) return memory[key] || null;
    try {
      return JSON.parse(storage.getItem(key) || "null");
    } catch (error) {
      return null;
    }
  }

  function save(key, value) {
    if (storage) {
      try {
        storage.setItem(key, JSON.stringify(value));
        delete memory[key];
        return true;
      } catch (error) {
        announce("Your browser refused to keep this (its storage may be full): it lasts only while this page stays open.");
      }
    }
    memory[key] = value;
    return false;
  }

  function notes() {
    const stored = load(KEYS.notes);
    return stored && Array.isArray(stored.annotations) ? stored.annotations : [];
  }

  function saveNotes(list) {
    return save(KEYS.notes, { format: "edition-notes", version: 1, annotations: list });
  }

  function passageSet() {
    const stored = load(KEYS.set);
    return stored && Array.isArray(stored.passages) ? stored.passages.slice() : [];
  }

  function saveSet(list) {
    return save(KEYS.set, { format: "edition-passage-set", version: 1, passages: list });
  }

  /* Text of a paragraph -------------------------------------------------------------- */

  // What a reader reads of a paragraph: not its number, note marks or the tools' own parts.
  const NOT_TEXT = ".para-num, .footnote-reference, .edition-study-ui";

  // The paragraph's text with runs of white space made one space (as the build measures it),
  // and for each character of it the position in the text nodes it came from.
  function measure(paragraph) {
    const pieces = [];
    let raw = "";
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: function (node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        if (node.matches(NOT_TEXT)) return NodeFilter.FILTER_REJECT;
        return node.tagName === "BR" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeType === Node.TEXT_NODE ? node.data : " ";
      pieces.push({ node: node.nodeType === Node.TEXT_NODE ? node : null, start: raw.length, length: value.length });
      raw += value;
    }
    let text = "";
    const origin = [];
    let space = false;
    for (let i = 0; i < raw.length; i++) {
      if (WHITE.test(raw[i])) {
        space = true;
        continue;
      }
      if (space && text) {
        text += " ";
        origin.push(i - 1);
      }
      space = false;
      text += raw[i];
      origin.push(i);
    }
    return { text: text, origin: origin, pieces: pieces };
  }

  function paragraphText(paragraph) {
    return measure(paragraph).text;
  }

  function quoteAt(text, start, end) {
    return {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    };
  }

  // The words of ``range`` within the measured paragraph, with their context.
  function quoteOfRange(measured, range) {
    let rawStart = null;
    let rawEnd = null;
    measured.pieces.forEach(function (piece) {
      if (!piece.node || !range.intersectsNode(piece.node)) return;
      const from = piece.node === range.startContainer ? range.startOffset : 0;
      const to = piece.node === range.endContainer ? range.endOffset : piece.length;
      if (to <= from) return;
      if (rawStart === null) rawStart = piece.start + from;
      rawEnd = piece.start + to;
    });
    const text = measured.text;
    if (rawStart === null) return quoteAt(text, 0, text.length);
    let start = 0;
    while (start < text.length && measured.origin[start] < rawStart) start++;
    let end = start;
    while (end < text.length && measured.origin[end] < rawEnd) end++;
    while (start < end && text[start] === " ") start++;
    while (end > start && text[end - 1] === " ") end--;
    return end > start ? quoteAt(text, start, end) : quoteAt(text, 0, text.length);
  }

  // Where the quote stands in ``text``: only with the same words before and after it.
  function locate(text, quote) {
    const at = text.indexOf(quote.prefix + quote.exact + quote.suffix);
    if (at === -1) return null;
    const start = at + quote.prefix.length;
    return { start: start, end: start + quote.exact.length };
  }

  function domRange(measured, at) {
    const rawStart = measured.origin[at.start];
    const rawEnd = measured.origin[at.end - 1] + 1;
    const range = document.createRange();
    measured.pieces.forEach(function (piece) {
      if (!piece.node) return;
      if (rawStart >= piece.start && rawStart < piece.start + piece.length) {
        range.setStart(piece.node, rawStart - piece.start);
      }
      if (rawEnd > piece.start && rawEnd <= piece.start + piece.length) {
        range.setEnd(piece.node, rawEnd - piece.start);
      }
    });
    return range;
  }

  /* Notes as Web Annotations ---------------------------------------------------------- */

  function newId() {
    // crypto.randomUUID needs a secure context; a site served over plain http is not one.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
    return "urn:uuid:" + [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function annotation(source, anchor, quote, text) {
    const now = new Date().toISOString();
    const note = {
      "@context": CONTEXT,
      id: newId(),
      type: "Annotation",
      motivation: text ? "commenting" : "highlighting",
      created: now,
      modified: now,
      target: {
        source: source,
        selector: {
          type: "FragmentSelector",
          conformsTo: RFC3986,
          value: anchor,
          refinedBy: { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        },
      },
    };
    setBody(note, text);
    return note;
  }

  function setBody(note, text) {
    if (text) {
      note.body = { type: "TextualBody", value: text, format: "text/plain" };
      note.motivation = "commenting";
    } else {
      delete note.body;
      note.motivation = "highlighting";
    }
  }

  // The chapter (its page's file name) and paragraph a stored note is about, and its words.
  function about(note) {
    const selector = note.target.selector;
    const quote = selector.refinedBy;
    const file = new URL(note.target.source, root).pathname.split("/").pop();
    return {
      slug: file.replace(/\.html$/, ""),
      anchor: selector.value,
      quote: { exact: quote.exact, prefix: quote.prefix || "", suffix: quote.suffix || "" },
      text: note.body ? note.body.value : "",
    };
  }

  /* Shared page parts ----------------------------------------------------------------- */

  let status = null;

  function announce(message) {
    if (!status) {
      status = element("div", "edition-study-status edition-study-ui");
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = message;
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () { status.textContent = ""; }, 6000);
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }

  function button(label, action, className) {
    const made = element("button", className || "edition-study-button", label);
    made.type = "button";
    made.addEventListener("click", action);
    return made;
  }

  function count(n, what) {
    return n + " " + what + (n === 1 ? "" : "s");
  }

  /* The chapter page ------------------------------------------------------------------ */

  const chapter = { slug: null, source: null, refresh: function () {} };

  function initChapter(slug, refresh) {
    const data = document.getElementById("edition-cite-data");
    const cite = data ? JSON.parse(data.textContent) : {};
    chapter.slug = slug;
    // Canonical where the build has an address; else this page, as the reader's site serves it.
    chapter.source = cite.pageUrl || new URL(cite.pagePath || slug + ".html", root).href;
    chapter.refresh = refresh;
    render();
    // Another tab of the same site changed the notes or the set.
    window.addEventListener("storage", function (event) {
      if (event.key === KEYS.notes || event.key === KEYS.set) render();
    });
  }

  function numberOf(paragraph) {
    const link = paragraph.querySelector("a.para-num");
    return link ? link.dataset.number : paragraph.id;
  }

  function render() {
    document.querySelectorAll(".edition-note, .edition-notes-orphaned").forEach(function (old) { old.remove(); });
    document.querySelectorAll("p.numbered.has-note").forEach(function (p) { p.classList.remove("has-note"); });
    const ranges = [];
    const orphaned = [];
    notes().forEach(function (note) {
      const what = about(note);
      if (what.slug !== chapter.slug) return;
      const paragraph = document.getElementById(what.anchor);
      if (!paragraph || !paragraph.matches("p.numbered")) {
        orphaned.push(note);
        return;
      }
      const measured = measure(paragraph);
      const at = locate(measured.text, what.quote);
      if (at && (at.start > 0 || at.end < measured.text.length)) ranges.push(domRange(measured, at));
      if (at) paragraph.classList.add("has-note");
      placeAfter(paragraph, noteView(note, what, "¶ " + numberOf(paragraph), !at, at && measured.text.length === at.end - at.start));
    });
    if (orphaned.length) showOrphaned(orphaned);
    if (window.CSS && CSS.highlights && window.Highlight) {
      CSS.highlights.set("edition-note", new Highlight(...ranges));
    }
    markSet();
    chapter.refresh({
      notes: notes().filter(function (note) { return about(note).slug === chapter.slug; }).length,
      set: passageSet(),
    });
  }

  // After the paragraph and the notes already shown under it.
  function placeAfter(paragraph, view) {
    let last = paragraph;
    while (last.nextElementSibling && last.nextElementSibling.matches(".edition-note, .edition-note-form")) {
      last = last.nextElementSibling;
    }
    last.insertAdjacentElement("afterend", view);
  }

  function noteView(note, what, where, detached, whole) {
    const view = element("aside", "edition-note edition-study-ui" + (detached ? " detached" : ""));
    view.setAttribute("aria-label", (detached ? "Detached note on " : "Your note on ") + where);
    view.tabIndex = -1;
    view.dataset.note = note.id;
    view.appendChild(element("p", "edition-note-label", (detached ? "Detached note on " : "Your note on ") + where));
    if (detached) {
      view.appendChild(element("p", "edition-note-detached",
        "The paragraph's text no longer holds the words this note was written on; the note stays with them:"));
    }
    if (detached || !whole) view.appendChild(element("blockquote", "edition-note-quote", what.quote.exact));
    if (what.text) view.appendChild(element("p", "edition-note-text", what.text));
    const actions = element("div", "edition-note-actions");
    actions.appendChild(button("Edit note", function () {
      const paragraph = document.getElementById(what.anchor);
      if (paragraph) openNoteForm(paragraph, null, note);
    }));
    actions.appendChild(button("Delete note", function () {
      if (!window.confirm("Delete your note on " + where + "? This cannot be undone.")) return;
      saveNotes(notes().filter(function (other) { return other.id !== note.id; }));
      const paragraph = document.getElementById(what.anchor);
      render();
      announce("Note on " + where + " deleted");
      if (paragraph) paragraph.querySelector("a.para-num").focus();
    }));
    view.appendChild(actions);
    return view;
  }

  function showOrphaned(list) {
    const block = element("div", "edition-notes-orphaned edition-study-ui");
    block.appendChild(element("p", "edition-note-label",
      count(list.length, "note") + " on paragraphs this chapter no longer has (detached):"));
    list.forEach(function (note) {
      const what = about(note);
      block.appendChild(noteView(note, what, what.anchor, true, false));
    });
    const first = document.querySelector("article p.numbered");
    if (first) first.parentNode.insertBefore(block, first);
  }

  function markSet() {
    const set = passageSet();
    document.querySelectorAll("p.numbered").forEach(function (paragraph) {
      const inSet = set.indexOf(chapter.slug + ":" + paragraph.id) !== -1;
      paragraph.classList.toggle("in-passage-set", inSet);
      const link = paragraph.querySelector("a.para-num");
      if (!link) return;
      if (!link.dataset.label) link.dataset.label = link.getAttribute("aria-label");
      const label = link.dataset.label;
      link.setAttribute("aria-label", inSet ? label.replace(":", ", in your passage set:") : label);
    });
  }

  function inSet(id) {
    return passageSet().indexOf(id) !== -1;
  }

  function toggleSet(id, where) {
    const set = passageSet();
    const index = set.indexOf(id);
    if (index === -1) set.push(id);
    else set.splice(index, 1);
    const kept = saveSet(set);
    render();
    announce(where + (index === -1 ? " added to" : " removed from") + " your passage set (" +
      count(set.length, "passage") + ")" + (kept ? "" : ". " + UNAVAILABLE));
  }

  let openForm = null;

  function closeForm(focus) {
    if (!openForm) return;
    const { form, paragraph } = openForm;
    form.remove();
    openForm = null;
    if (focus) paragraph.querySelector("a.para-num").focus();
  }

  // The form for a new note (on ``range``, or on the whole paragraph) or for ``existing``.
  function openNoteForm(paragraph, range, existing) {
    closeForm(false);
    const measured = measure(paragraph);
    const quote = existing ? about(existing).quote : range ? quoteOfRange(measured, range) : quoteAt(measured.text, 0, measured.text.length);
    const whole = !existing && quote.exact === measured.text;
    const where = "¶ " + numberOf(paragraph);
    const form = element("form", "edition-note-form edition-study-ui");
    form.setAttribute("aria-labelledby", "edition-note-form-title");
    const title = element("p", "edition-note-label", (existing ? "Edit your note on " : "Note on ") + where);
    title.id = "edition-note-form-title";
    form.appendChild(title);
    if (!storage) form.appendChild(element("p", "edition-study-unavailable", UNAVAILABLE));
    form.appendChild(element("p", "edition-note-on", whole ? "On the whole paragraph." : "On the words:"));
    if (!whole) form.appendChild(element("blockquote", "edition-note-quote", quote.exact));
    const label = element("label", "", "Your note (kept in this browser only; leave it empty to highlight the words)");
    label.htmlFor = "edition-note-text";
    const area = element("textarea");
    area.id = "edition-note-text";
    area.rows = 4;
    area.value = existing ? about(existing).text : "";
    form.append(label, area);
    const actions = element("div", "edition-note-actions");
    const submit = element("button", "edition-study-button", "Save note");
    submit.type = "submit";
    actions.append(submit, button("Cancel", function () { closeForm(true); }));
    form.appendChild(actions);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const text = area.value.trim();
      let list = notes();
      let id;
      if (existing) {
        id = existing.id;
        list = list.map(function (note) {
          if (note.id !== id) return note;
          setBody(note, text);
          note.modified = new Date().toISOString();
          return note;
        });
      } else {
        const made = annotation(chapter.source, paragraph.id, quote, text);
        id = made.id;
        list.push(made);
      }
      const kept = saveNotes(list);
      closeForm(false);
      render();
      const view = document.querySelector('.edition-note[data-note="' + id + '"]');
      if (view) view.focus();
      announce("Note on " + where + " saved" + (kept ? " in this browser" : ", for as long as this page stays open"));
    });
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        closeForm(true);
      }
    });
    placeAfter(paragraph, form);
    openForm = { form: form, paragraph: paragraph };
    area.focus();
  }

  window.editionStudy = {
    initChapter: initChapter,
    inSet: inSet,
    toggleSet: toggleSet,
    openNoteForm: openNoteForm,
    paragraphText: paragraphText,
    // For the tools' pages (edition-study-pages.js).
    root: root,
    config: config,
    available: Boolean(storage),
    UNAVAILABLE: UNAVAILABLE,
    CONTEXT: CONTEXT,
    RFC3986: RFC3986,
    notes: notes,
    saveNotes: saveNotes,
    passageSet: passageSet,
    saveSet: saveSet,
    about: about,
    locate: locate,
    newId: newId,
    announce: announce,
    element: element,
    button: button,
    count: count,
  };
})();
