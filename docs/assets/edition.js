/* What the edition's scripts share; mkdocs.yml lists this file first in extra_javascript. */
window.edition = (function () {
  "use strict";

  /* Run `setup` on every page. With Material's instant navigation a page change swaps the content
     without loading a document, and Material's document$ tells of each; without it (or before
     Material's bundle runs, as in a page saved to disk) once, when the document is ready. */
  function onEveryPage(setup) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(setup);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", setup);
    } else {
      setup();
    }
  }

  /* The site's root URL: Material's __config gives it relative to the page (`../..`). */
  function siteRoot() {
    try {
      var config = JSON.parse(document.getElementById("__config").textContent);
      return new URL(config.base + "/", location.href).href;
    } catch (error) {
      return location.origin + "/";
    }
  }

  return { onEveryPage: onEveryPage, siteRoot: siteRoot };
})();
