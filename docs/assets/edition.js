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

  /* Run `setup(url)` each time the address changes to another of the page shown, as Material's
     instant navigation takes it: it fetches a page only when the path differs from the one its
     location$ told of last (`distinctUntilKeyChanged("pathname")`), so no document$ follows, and
     onEveryPage hears nothing (a search result for the page shown, going back from one). Each call
     follows location$ from this script's start on, as Material's own check does; subscribed before
     Material mounts a page's search highlighter (on document$), `setup` runs before it marks. */
  function onSamePage(setup) {
    if (!window.location$ || typeof window.location$.subscribe !== "function") return;
    var shownPath = null;
    window.location$.subscribe(function (url) {
      var same = url.pathname === shownPath;
      shownPath = url.pathname;
      if (same) setup(url);
    });
  }

  /* A search result for the page shown: Material's instant navigation took a click on a link to the
     path and fragment it was told of last for a repeated click on one anchor, and went back in
     history (integrations/instant: `history.back()`), dropping the `?h=` of the words found, which
     its highlighter had just marked. Such a click is followed here instead, as Material follows the
     browser's Back: the address is pushed and told to location$, whose highlighter marks the words
     (and the search closes, as on any change of address). A result for another page, or one clicked
     before any instant navigation, is Material's (it fetches that page), and so is one for another
     section (`#id`), which Material scrolls to. One for the section shown, which Material went back
     from too, is followed here and scrolled to as Material scrolls to a section: by the browser's own
     following of the fragment, which makes it the `:target` (whose scroll margin clears the header). */
  function followSearchResultsOnThePageShown() {
    if (!window.location$ || typeof window.location$.next !== "function") return;
    var shownPath = null;
    window.location$.subscribe(function (url) { shownPath = url.pathname; });
    document.addEventListener("click", function (event) {
      var link = event.target instanceof Element ? event.target.closest(".md-search-result a[href]") : null;
      if (!link || link.target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var url = new URL(link.href);
      if (url.origin !== location.origin || url.pathname !== shownPath || url.pathname !== location.pathname) return;
      if (url.hash && url.hash !== location.hash) return;
      event.preventDefault();
      event.stopPropagation(); /* Material's listener is on the body, below this one */
      /* The address shown again is placed anew, not added: Back leads where it led (Material's going back) */
      if (url.href === location.href) history.replaceState(null, "", url.href);
      else history.pushState(null, "", url.href);
      window.location$.next(url);
      if (url.hash) showSection(url.hash);
    }, true);
  }

  /* The browser follows the fragment of the address shown, as Material's setLocationHash has it do. */
  function showSection(hash) {
    var link = document.createElement("a");
    link.href = hash;
    link.addEventListener("click", function (event) { event.stopPropagation(); });
    link.click();
  }

  followSearchResultsOnThePageShown();

  /* Material's highlighter (search.highlight) marks a search's words and never unmarks them: a new
     page comes without marks, but on the page shown an earlier search's stayed beside the new one's,
     and words searched for again were marked inside their old marks. On each other address of the
     page shown they are unmarked, their text joined again (`normalize`), so that the page is as a
     fresh load of the address has it; subscribed first (this script runs first), this runs before
     the edition's scripts and Material's highlighter hear of the address. */
  function unmarkWordsFound() {
    var parents = new Set();
    document.querySelectorAll("[data-md-component='content'] mark[data-md-highlight]").forEach(function (mark) {
      parents.add(mark.parentNode);
      mark.replaceWith.apply(mark, Array.from(mark.childNodes));
    });
    parents.forEach(function (parent) { parent.normalize(); });
  }

  onSamePage(unmarkWordsFound);

  /* The site's root URL: Material's __config gives it relative to the page (`../..`). */
  function siteRoot() {
    try {
      var config = JSON.parse(document.getElementById("__config").textContent);
      return new URL(config.base + "/", location.href).href;
    } catch (error) {
      return location.origin + "/";
    }
  }

  /* The page's own address, without a fragment: its canonical link's (the address a citation gives). */
  function canonical() {
    var link = document.querySelector("link[rel=canonical]");
    return link ? link.href.split("#")[0] : location.href.split("#")[0];
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

  /* Tooltips kept on screen: Material sets a title's tooltip below its trigger, always, so one on the
     window's last line was cut off below the window (a glossary term's definition, an annotation icon's
     label). Each trigger matching `selector` that Material describes by its tooltip (aria-describedby, set
     as it shows) gets an anchor name of its own, which the tooltip is tied to and marked with (`mark`, and
     `tooltip--anchored`, which edition.css flips above the trigger where it would not fit below). Marked
     on the tooltip, not keyed on the trigger's state, so it stays in place while it fades out after the
     pointer left (Material drops the name at once, then removes the tooltip 250 ms later); a
     MutationObserver runs before the next paint, so the mark is there on the first frame. */
  var anchors = 0;

  function anchorTooltip(trigger, mark) {
    var tooltip = document.getElementById(trigger.getAttribute("aria-describedby") || "");
    if (!tooltip || !tooltip.classList.contains("md-tooltip2")) return;
    if (!trigger.style.getPropertyValue("anchor-name")) trigger.style.setProperty("anchor-name", "--edition-tooltip-" + ++anchors);
    tooltip.style.setProperty("position-anchor", trigger.style.getPropertyValue("anchor-name"));
    tooltip.classList.add("tooltip--anchored");
    if (mark) tooltip.classList.add(mark);
  }

  function anchorTooltips(selector, mark) {
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        if (record.target.matches(selector)) anchorTooltip(record.target, mark);
      });
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-describedby"] });
  }

  return {
    onEveryPage: onEveryPage,
    onSamePage: onSamePage,
    siteRoot: siteRoot,
    canonical: canonical,
    element: element,
    normaliseSpace: normaliseSpace,
    fragmentId: fragmentId,
    quoted: quoted,
    anchorTooltips: anchorTooltips,
  };
})();
