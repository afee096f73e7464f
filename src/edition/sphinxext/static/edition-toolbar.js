/* The toolbar of a chapter (#edition-toolbar): its items are native <details>, which open
 * and close without this script. It makes them behave as one set of menus: opening one
 * closes the others, and Escape or a click outside closes the open one (Escape returns the
 * focus to its summary). */
(function () {
  "use strict";
  const toolbar = document.getElementById("edition-toolbar");
  if (!toolbar) return;

  function items() {
    return Array.from(toolbar.querySelectorAll("details.toolbar-item"));
  }

  items().forEach(function (item) {
    item.addEventListener("toggle", function () {
      if (!item.open) return;
      items().forEach(function (other) {
        if (other !== item) other.open = false;
      });
    });
  });

  toolbar.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    const item = event.target.closest("details.toolbar-item[open]");
    if (!item) return;
    item.open = false;
    item.querySelector("summary").focus();
  });

  document.addEventListener("click", function (event) {
    items().forEach(function (item) {
      if (item.open && !item.contains(event.target)) item.open = false;
    });
  });
})();
