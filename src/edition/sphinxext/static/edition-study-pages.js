/* The two pages of the study tools: a passage set (from its link) and the reader's notes.
 *
 * The paragraphs' text and citation templates come from edition-passages.js, written by the
 * build (window.editionPassages); the notes from this browser's storage (edition-study.js).
 * A passage set travels in the page's address (#p=slug:p12,slug:p3), so that a link carries
 * the set without a server. Export and import are files the reader saves and opens: nothing
 * is sent anywhere.
 */
(function () {
  "use strict";

  const study = window.editionStudy;
  const data = window.editionPassages;
  const page = document.getElementById("edition-study");
  if (!study || !data || !page) return;
  const { element, button, count, announce } = study;
  const styleLabels = Object.fromEntries(data.styles);
  const chapters = Object.fromEntries(data.chapters.map(function (chapter) {
    return [chapter.slug, Object.assign({}, chapter, {
      byAnchor: Object.fromEntries(chapter.paragraphs.map(function (p) { return [p[1], { number: p[0], text: p[2] }]; })),
    })];
  }));
  let style = "chicago-notes-bibliography";

  /* Passages and their citations -------------------------------------------------------- */

  // A chapter's address: canonical when the build has one, else as this site serves it.
  function chapterUrl(chapter) {
    return chapter.url || new URL(chapter.path, study.root).href;
  }

  function passage(id) {
    const [slug, anchor] = id.split(":");
    const chapter = chapters[slug];
    const paragraph = chapter && chapter.byAnchor[anchor];
    if (!paragraph) return null;
    return { id: id, chapter: chapter, anchor: anchor, number: paragraph.number, text: paragraph.text,
      url: chapterUrl(chapter) + "#" + anchor, where: chapter.title + ", ¶ " + paragraph.number };
  }

  function citation(item, styleId) {
    const kind = item.number.startsWith("R") ? "response" : "paragraph";
    return item.chapter.templates[kind][styleId]
      .split("⟦n⟧").join(item.number).split("⟦a⟧").join(item.anchor).split("⟦url⟧").join(item.url);
  }

  // A prose style's template is the bibliography entry, then the note or in-text citation.
  function entryAndCite(item, styleId) {
    const text = citation(item, styleId);
    const cut = text.indexOf("\n");
    return cut === -1 ? { entry: text, cite: text } : { entry: text.slice(0, cut), cite: text.slice(cut + 1) };
  }

  function isProse(styleId) {
    return data.prose.indexOf(styleId) !== -1;
  }

  // Every item in one style: the passages quoted with their citations and the works cited
  // (prose styles), or the records of a reference manager's format.
  function allCitations(items, styleId) {
    if (styleId === "csl-json") {
      const records = [];
      items.forEach(function (item) { records.push(...JSON.parse(citation(item, styleId))); });
      return JSON.stringify(records, null, 2);
    }
    if (!isProse(styleId)) return items.map(function (item) { return citation(item, styleId); }).join("\n\n");
    const quoted = items.map(function (item) { return "“" + item.text + "”\n" + entryAndCite(item, styleId).cite; });
    const entries = [];
    items.forEach(function (item) {
      const entry = entryAndCite(item, styleId).entry;
      if (entries.indexOf(entry) === -1) entries.push(entry);
    });
    return quoted.join("\n\n") + "\n\nWorks cited\n\n" + entries.join("\n");
  }

  function copy(text, what) {
    const done = function () { announce(what + " copied"); };
    const byHand = function () {
      const area = element("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      announce(ok ? what + " copied" : "Copying failed: select the text by hand");
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, byHand);
    else byHand();
  }

  function styleChooser(onChange, proseOnly) {
    const wrap = element("p", "edition-study-style");
    const label = element("label", "", "Citation style ");
    const select = element("select");
    select.id = "edition-study-style";
    label.htmlFor = select.id;
    data.styles.forEach(function (entry) {
      if (proseOnly && !isProse(entry[0])) return;
      const option = element("option", "", entry[1]);
      option.value = entry[0];
      option.selected = entry[0] === style;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      style = select.value;
      onChange();
      // The page is drawn anew in the chosen style: the reader stays on the chooser.
      document.getElementById(select.id).focus();
    });
    wrap.append(label, select);
    return wrap;
  }

  function unavailableNotice() {
    return study.available ? [] : [element("p", "edition-study-unavailable", study.UNAVAILABLE)];
  }

  /* The passage set ------------------------------------------------------------------- */

  function idsInAddress() {
    const match = window.location.hash.match(/(?:^#|&)p=([^&]*)/);
    if (!match) return null;
    let listed = match[1];
    try {
      listed = decodeURIComponent(listed);
    } catch (error) {
      // A mangled escape (%E2%8) names no passage: it is listed as not found, as it stands.
    }
    return listed.split(",").map(function (id) { return id.trim(); }).filter(Boolean);
  }

  function setAddress(ids) {
    return window.location.pathname + window.location.search + (ids.length ? "#p=" + ids.join(",") : "");
  }

  function renderSet() {
    let ids = idsInAddress();
    // Without a set in its address the page shows the reader's own, and puts it there.
    if (ids === null) {
      ids = study.passageSet();
      if (ids.length) window.history.replaceState(null, "", setAddress(ids));
    }
    const own = ids.join(",") === study.passageSet().join(",");
    const items = ids.map(passage);
    const found = items.filter(Boolean);
    const missing = ids.filter(function (id, index) { return !items[index]; });
    const parts = unavailableNotice();
    if (!ids.length) {
      parts.push(element("p", "edition-set-empty",
        "Your passage set is empty. On a chapter, select a paragraph's number and choose “Add to passage set”: the passages you add are listed here, with their citations, and this page's address becomes a link to the set."));
    } else {
      parts.push(element("p", "edition-set-origin", own
        ? "Your passage set, kept in this browser: " + count(found.length, "passage") + ". This page's address is a link to it."
        : "The passage set of the link you opened: " + count(found.length, "passage") + "."));
    }
    if (missing.length) {
      const note = element("div", "edition-set-missing");
      note.setAttribute("role", "note");
      note.appendChild(element("p", "", (missing.length === 1 ? "One passage of this link is" : count(missing.length, "passage") + " of this link are") +
        " not in this edition (the link may be older than the edition, or mistyped): " + missing.join(", ") + ". " +
        (found.length ? "The others are listed below." : "")));
      parts.push(note);
    }
    if (found.length) {
      const controls = element("div", "edition-study-controls");
      controls.append(
        styleChooser(renderSet),
        button("Copy all", function () { copy(allCitations(found, style), "All " + count(found.length, "passage") + " in " + styleLabels[style]); }),
        button("Copy link to this set", function () { copy(new URL(setAddress(ids), window.location.href).href, "Link to this set"); })
      );
      if (!own) {
        controls.append(button("Make this my passage set", function () {
          study.saveSet(found.map(function (item) { return item.id; }));
          renderSet();
          announce("This set is now your passage set");
        }));
      } else {
        controls.append(button("Clear my passage set", function () {
          if (!window.confirm("Remove every passage from your passage set?")) return;
          study.saveSet([]);
          window.history.replaceState(null, "", setAddress([]));
          renderSet();
          announce("Your passage set is empty");
        }));
      }
      parts.push(controls);
      const list = element("ol", "edition-set-list");
      found.forEach(function (item) { list.appendChild(passageView(item, own, ids)); });
      parts.push(list);
    }
    page.replaceChildren(...parts);
  }

  function passageView(item, own, ids) {
    const view = element("li", "edition-passage");
    view.appendChild(element("h2", "edition-passage-title", item.where));
    view.appendChild(element("blockquote", "edition-passage-text", item.text));
    view.appendChild(element("p", "edition-passage-citation", citation(item, style)));
    const actions = element("p", "edition-study-actions");
    const link = element("a", "", "Read ¶ " + item.number + " in its chapter");
    link.href = item.url;
    actions.append(link, button("Copy citation", function () { copy(citation(item, style), styleLabels[style] + " citation of " + item.where); }));
    if (own) {
      actions.append(button("Remove from set", function () {
        const rest = ids.filter(function (id) { return id !== item.id; });
        study.saveSet(rest);
        window.history.replaceState(null, "", setAddress(rest));
        renderSet();
        announce(item.where + " removed from your passage set");
        const focusable = page.querySelector("h2, p");
        if (focusable) { focusable.tabIndex = -1; focusable.focus(); }
      }));
    }
    view.appendChild(actions);
    return view;
  }

  /* The reader's notes ---------------------------------------------------------------- */

  // Each note with its paragraph as the build has it, in the book's order.
  function notesInOrder() {
    const order = data.chapters.map(function (chapter) { return chapter.slug; });
    return study.notes().map(function (note) {
      const what = study.about(note);
      const item = passage(what.slug + ":" + what.anchor);
      const at = item && study.locate(item.text, what.quote);
      return { note: note, what: what, item: item, detached: !at, whole: Boolean(at) && what.quote.exact === item.text };
    }).sort(function (a, b) {
      const chapterOrder = order.indexOf(a.what.slug) - order.indexOf(b.what.slug);
      if (chapterOrder) return chapterOrder;
      const numbers = paragraphIndex(a) - paragraphIndex(b);
      return numbers || a.note.created.localeCompare(b.note.created);
    });
  }

  function paragraphIndex(entry) {
    const chapter = chapters[entry.what.slug];
    return chapter ? chapter.paragraphs.findIndex(function (p) { return p[1] === entry.what.anchor; }) : -1;
  }

  function titleOf(entry) {
    return chapters[entry.what.slug] ? chapters[entry.what.slug].title : entry.what.slug;
  }

  function renderNotes() {
    const entries = notesInOrder();
    const parts = unavailableNotice();
    const controls = element("div", "edition-study-controls");
    const importLabel = element("label", "edition-study-button edition-import", "Import notes (Web Annotation JSON)");
    const input = element("input");
    input.type = "file";
    input.accept = ".json,application/json,application/ld+json";
    input.id = "edition-import";
    importLabel.htmlFor = input.id;
    input.addEventListener("change", function () {
      if (input.files.length) importFile(input.files[0]);
    });
    controls.append(styleChooser(renderNotes, true));
    if (entries.length) {
      controls.append(
        button("Export as Markdown", function () { download(markdown(entries), "my-notes.md", "text/markdown"); }),
        button("Export as Web Annotation JSON", function () { download(JSON.stringify(collection(), null, 2), "my-notes.json", "application/ld+json"); }),
        button("Print notes with their passages", function () { window.print(); })
      );
    }
    controls.append(input, importLabel);
    if (entries.length) controls.append(button("Delete all notes…", confirmClear));
    parts.push(controls);
    const result = element("div", "edition-import-result");
    result.id = "edition-import-result";
    result.setAttribute("role", "status");
    parts.push(result);
    if (!entries.length) {
      parts.push(element("p", "edition-notes-empty",
        "You have no notes in this browser. On a chapter, select a paragraph's number and choose “Write a note”, or select words in a paragraph and choose “Note on selection”."));
    }
    let heading = null;
    entries.forEach(function (entry) {
      const title = titleOf(entry);
      if (title !== heading) {
        heading = title;
        parts.push(element("h2", "edition-notes-chapter", title));
      }
      parts.push(noteView(entry));
    });
    page.replaceChildren(...parts);
  }

  function noteView(entry) {
    const view = element("article", "edition-my-note" + (entry.detached ? " detached" : ""));
    const where = entry.item ? "¶ " + entry.item.number : entry.what.anchor;
    view.appendChild(element("h3", "", where + (entry.detached ? " (detached)" : "")));
    if (entry.detached) {
      view.appendChild(element("p", "edition-note-detached",
        "The paragraph's text no longer holds the words this note was written on; the note keeps them:"));
    }
    view.appendChild(element("blockquote", "edition-passage-text", entry.whole ? entry.item.text : entry.what.quote.exact));
    if (entry.what.text) view.appendChild(element("p", "edition-note-text", entry.what.text));
    if (entry.item) {
      view.appendChild(element("p", "edition-passage-citation", entryAndCite(entry.item, style).cite));
      const actions = element("p", "edition-study-actions");
      const link = element("a", "", "Read " + where + " in its chapter");
      link.href = entry.item.url;
      actions.appendChild(link);
      view.appendChild(actions);
    }
    return view;
  }

  function markdown(entries) {
    const lines = ["# My notes on " + data.book, "",
      "Exported " + new Date().toISOString().slice(0, 10) + ". Citations: " + styleLabels[style] + "."];
    const works = [];
    let heading = null;
    entries.forEach(function (entry) {
      const title = titleOf(entry);
      if (title !== heading) {
        heading = title;
        lines.push("", "## " + title);
      }
      lines.push("", "### " + (entry.item ? "¶ " + entry.item.number : entry.what.anchor), "");
      if (entry.detached) lines.push("*Detached: the paragraph's text no longer holds these words.*", "");
      const quoted = entry.whole ? entry.item.text : entry.what.quote.exact;
      lines.push("> " + quoted.replace(/\n/g, "\n> "));
      if (entry.what.text) lines.push("", entry.what.text);
      if (entry.item) {
        const parts = entryAndCite(entry.item, style);
        lines.push("", parts.cite);
        if (works.indexOf(parts.entry) === -1) works.push(parts.entry);
      }
    });
    if (works.length) lines.push("", "## Works cited", "", ...works.map(function (work) { return "- " + work; }));
    return lines.join("\n") + "\n";
  }

  // The notes as one W3C Web Annotation collection, each note as stored.
  function collection() {
    const items = study.notes();
    return {
      "@context": study.CONTEXT,
      id: study.newId(),
      type: "AnnotationCollection",
      label: "Notes on " + data.book,
      total: items.length,
      first: { id: study.newId(), type: "AnnotationPage", startIndex: 0, items: items },
    };
  }

  function download(text, name, type) {
    const link = element("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  /* Import ---------------------------------------------------------------------------- */

  function typed(value, type) {
    return value === type || (Array.isArray(value) && value.indexOf(type) !== -1);
  }

  // The annotations of a file, whatever shape of the model holds them; throws, saying why,
  // at the first thing that is not a note on a paragraph of this edition.
  function annotationsOf(json) {
    let items;
    if (Array.isArray(json)) items = json;
    else if (json && typed(json.type, "AnnotationCollection")) items = json.first && json.first.items;
    else if (json && typed(json.type, "AnnotationPage")) items = json.items;
    else if (json && typed(json.type, "Annotation")) items = [json];
    if (!Array.isArray(items)) throw new Error("it holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection)");
    return items.map(function (item, index) { return checked(item, index + 1); });
  }

  function checked(item, position) {
    const fail = function (why) { throw new Error("annotation " + position + " " + why); };
    if (!item || !typed(item.type, "Annotation")) fail("is not an Annotation");
    const target = item.target;
    if (!target || typeof target.source !== "string") fail("has no target address");
    let file;
    try {
      file = new URL(target.source).pathname;
    } catch (error) {
      fail("has a target that is not an address");
    }
    const chapter = data.chapters.find(function (c) { return file === "/" + c.path || file.endsWith("/" + c.path); });
    if (!chapter) fail("is about a page that is not a chapter of this edition (" + target.source + ")");
    const selector = target.selector;
    const quote = selector && selector.refinedBy;
    if (!selector || selector.type !== "FragmentSelector" || typeof selector.value !== "string" || !/^[pr]\d+$/.test(selector.value)) {
      fail("does not name a paragraph (a FragmentSelector such as p12)");
    }
    if (!quote || quote.type !== "TextQuoteSelector" || typeof quote.exact !== "string" || !quote.exact ||
        ["prefix", "suffix"].some(function (key) { return key in quote && typeof quote[key] !== "string"; })) {
      fail("does not quote the words it is about (a TextQuoteSelector)");
    }
    const body = item.body;
    if (body !== undefined && !(body && body.type === "TextualBody" && typeof body.value === "string")) {
      fail("has a body that is not text");
    }
    const when = [item.created, item.modified].filter(Boolean);
    if (when.some(function (date) { return typeof date !== "string" || isNaN(Date.parse(date)); })) fail("has a date that is not one");
    // Rebuilt from what was checked, so that nothing else of a file is kept.
    const note = {
      "@context": study.CONTEXT,
      id: typeof item.id === "string" && item.id ? item.id : study.newId(),
      type: "Annotation",
      motivation: body ? "commenting" : "highlighting",
      created: item.created || new Date().toISOString(),
      modified: item.modified || item.created || new Date().toISOString(),
      target: {
        source: target.source,
        selector: {
          type: "FragmentSelector", conformsTo: study.RFC3986, value: selector.value,
          refinedBy: { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix || "", suffix: quote.suffix || "" },
        },
      },
    };
    if (body) note.body = { type: "TextualBody", value: body.value, format: "text/plain" };
    return note;
  }

  function sameNote(a, b) {
    const x = study.about(a);
    const y = study.about(b);
    return x.slug === y.slug && x.anchor === y.anchor && x.text === y.text &&
      ["exact", "prefix", "suffix"].every(function (key) { return x.quote[key] === y.quote[key]; });
  }

  // Merged into the stored notes: a note already here (same id, or same words and text) is
  // kept once; of two versions of one note, the later edit wins.
  function merge(incoming) {
    const list = study.notes();
    let added = 0;
    let known = 0;
    let updated = 0;
    incoming.forEach(function (note) {
      const index = list.findIndex(function (other) { return other.id === note.id; });
      if (index !== -1) {
        if (note.modified > list[index].modified) {
          list[index] = note;
          updated++;
        } else known++;
      } else if (list.some(function (other) { return sameNote(other, note); })) known++;
      else {
        list.push(note);
        added++;
      }
    });
    study.saveNotes(list);
    return { added: added, known: known, updated: updated };
  }

  function importFile(file) {
    const reader = new FileReader();
    reader.onload = function () {
      let message;
      try {
        let json;
        try {
          json = JSON.parse(reader.result);
        } catch (error) {
          throw new Error("it is not JSON");
        }
        const result = merge(annotationsOf(json));
        message = "Imported from " + file.name + ": " + count(result.added, "new note") +
          (result.updated ? ", " + count(result.updated, "note") + " updated" : "") +
          (result.known ? ", " + count(result.known, "note") + " already here" : "") + ".";
      } catch (error) {
        message = file.name + " cannot be imported: " + error.message + ". Nothing was changed.";
      }
      renderNotes();
      document.getElementById("edition-import-result").textContent = message;
      document.getElementById("edition-import").focus();
    };
    reader.readAsText(file);
  }

  /* Clearing -------------------------------------------------------------------------- */

  function confirmClear() {
    const total = study.notes().length;
    const dialog = element("dialog", "edition-study-dialog");
    dialog.setAttribute("aria-labelledby", "edition-clear-title");
    const title = element("h2", "", "Delete all " + count(total, "note") + "?");
    title.id = "edition-clear-title";
    dialog.append(title, element("p", "", "They are kept only in this browser: once deleted they cannot be recovered. Export them first to keep a copy."));
    const entries = notesInOrder();
    const actions = element("div", "edition-study-actions");
    actions.append(
      button("Export as Markdown", function () { download(markdown(entries), "my-notes.md", "text/markdown"); }),
      button("Export as Web Annotation JSON", function () { download(JSON.stringify(collection(), null, 2), "my-notes.json", "application/ld+json"); }),
      button("Delete all notes", function () {
        study.saveNotes([]);
        dialog.close();
        renderNotes();
        announce("All notes deleted");
      }, "edition-study-button edition-danger"),
      button("Cancel", function () { dialog.close(); })
    );
    dialog.appendChild(actions);
    dialog.addEventListener("close", function () { dialog.remove(); });
    document.body.appendChild(dialog);
    dialog.showModal();
  }

  if (page.dataset.study === "passages") {
    renderSet();
    window.addEventListener("hashchange", renderSet);
  } else {
    renderNotes();
  }
  window.addEventListener("storage", function () {
    if (page.dataset.study === "passages") renderSet();
    else renderNotes();
  });
})();
