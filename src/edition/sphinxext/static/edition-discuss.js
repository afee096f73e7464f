/* "Discuss with your group": Hypothesis, a third-party annotation service, is loaded only
 * when the reader selects the button; until then the page makes no request to it. */
(function () {
  "use strict";
  document.querySelectorAll("button.discuss-open").forEach(function (button) {
    button.addEventListener("click", function () {
      if (document.querySelector("script[data-edition-hypothesis]")) return;
      const script = document.createElement("script");
      script.src = button.dataset.src;
      script.async = true;
      script.dataset.editionHypothesis = "";
      document.head.appendChild(script);
      button.disabled = true;
      button.textContent = "Hypothesis is loading: its sidebar opens at the right";
    });
  });
})();
