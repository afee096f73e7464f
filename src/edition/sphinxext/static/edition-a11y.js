/* Accessibility repairs to the theme's markup that its templates give no setting for:
 * - the search button's label "Search" hides its visible shortcut text, so its name comes
 *   from what it shows;
 * - the navigation column's title sits outside any landmark: the column becomes one;
 * - the icon-only toggles of the navigation's sections get a name;
 * - the bibliography's roles (doc-biblioentry, deprecated) are dropped for plain lists;
 * - the notebook pages' "Show code cell source" toggles are named by what they show, not by
 *   a different hidden label.
 */
(function () {
  "use strict";
  document.querySelectorAll(".search-button__button[aria-label]").forEach(function (button) {
    button.removeAttribute("aria-label");
  });
  document.querySelectorAll(".bd-sidebar-primary").forEach(function (column) {
    column.setAttribute("role", "navigation");
    column.setAttribute("aria-label", "Contents of the book");
  });
  document.querySelectorAll("summary:has(.toctree-toggle)").forEach(function (summary) {
    summary.setAttribute("aria-label", "Show or hide this part's pages");
  });
  document.querySelectorAll("summary[aria-label]").forEach(function (summary) {
    if (summary.textContent.trim()) summary.removeAttribute("aria-label");
  });
  document.querySelectorAll(".citation-list[role], .citation[role]").forEach(function (element) {
    element.removeAttribute("role");
  });
})();
