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

  /* A new element with its attributes and text (as text, never as HTML). */
  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text) node.textContent = text;
    return node;
  }

  /* Runs of whitespace as one space, as the build compares quotes (hooks/core/paragraphs.py). */
  function normaliseSpace(text) {
    return text.split(/\s+/).filter(Boolean).join(" ");
  }

  /* The id a URL's fragment names (`#p3`), decoded; a malformed escape (`#%E0%A4%A`) is taken as
     written: thrown, it stopped every feature of the page that reads the address. */
  function fragmentId(hash) {
    var raw = String(hash || "").replace(/^#/, "");
    try {
      return decodeURIComponent(raw);
    } catch (error) {
      return raw;
    }
  }

  /* `“text”`, a quotation inside it in single marks, as the build quotes (quoted in hooks/core/text.py):
     curly double marks become single, and so do straight ones that pair up (not an inch mark, `5"`). */
  function quoted(text) {
    var inner = String(text).replace(/\u201c/g, "\u2018").replace(/\u201d/g, "\u2019");
    var marks = [];
    inner.replace(/"/g, function (mark, offset) {
      if (!/[0-9]/.test(inner.charAt(offset - 1))) marks.push(offset);
      return mark;
    });
    if (marks.length && marks.length % 2 === 0) {
      var chars = inner.split("");
      marks.forEach(function (offset, index) { chars[offset] = index % 2 ? "\u2019" : "\u2018"; });
      inner = chars.join("");
    }
    return "\u201c" + inner + "\u201d";
  }

  return {
    onEveryPage: onEveryPage,
    siteRoot: siteRoot,
    element: element,
    normaliseSpace: normaliseSpace,
    fragmentId: fragmentId,
    quoted: quoted,
  };
})();
