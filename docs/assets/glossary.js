/* The glossary in the browser.

   "Show all": the glossary page lists the first uses of each term; the button fills in the rest
   from /glossary.json, which holds every use. Without JavaScript the line "…and N more uses" links
   to that file. Works with Material's instant navigation: buttons are (re)attached on every page
   through document$, and glossary.json is fetched once per page load, on the first click.

   Definitions on touch screens: a term's definition is its link's tooltip, which Material shows on
   hover or keyboard focus; nothing hovers on a touch screen, so a tap used to leave for the
   glossary before the definition could be read. There, the first tap on a term shows its
   definition (by focusing the link), a second tap on it opens its glossary entry, and a tap
   elsewhere closes it. A mouse, a pen or a keyboard follows the link at once, as before. (A screen
   reader that activates a link by simulating a touch, as VoiceOver on iOS may, takes two
   activations too; the definition is the link's description either way.) */
(function () {
  "use strict";

  var TERM = "a.glossary-term";
  var pointer = ""; /* the kind of pointer that started the click being handled, if any */
  var shown = null; /* the term whose definition the last tap showed */

  function remember(event) {
    pointer = event.type === "pointerdown" ? event.pointerType : "";
  }
  document.addEventListener("pointerdown", remember, true);
  document.addEventListener("pointercancel", remember, true); /* a scroll, not a tap */

  /* In the capture phase, before Material's instant navigation sees the click. A click is a
     PointerEvent that names its pointer in current browsers; older ones are told by pointerdown. */
  document.addEventListener("click", function (event) {
    var kind = typeof event.pointerType === "string" ? event.pointerType : pointer;
    var touched = kind === "touch";
    pointer = "";
    var term = event.target instanceof Element ? event.target.closest(TERM) : null;
    if (!term || !touched || term === shown) return;
    event.preventDefault();
    event.stopPropagation();
    shown = term;
    term.focus();
  }, true);

  document.addEventListener("focusout", function (event) {
    if (event.target === shown) shown = null;
  }, true);

  /* A definition's look through its fade-out, and its place. Material shows a term's title in a tooltip it
     makes on hover or focus, names it in the term's aria-describedby while shown, and on leaving drops the
     name at once, then fades the tooltip out for 250 ms before removing it. CSS keyed on the hover or the
     name let the fading definition turn into Material's small bold label: the tooltip is marked here
     (glossary.css) from the moment it shows until it is removed, and tied to its term, above it where it
     would not fit below (edition.js). */
  window.edition.anchorTooltips(TERM, "glossary-tooltip");

  var MORE = "p.glossary-more[data-term]";
  var loading = null;

  function loadTerms(url) {
    if (!loading) {
      loading = fetch(url, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          var terms = {};
          (data.terms || []).forEach(function (term) {
            terms[term.id] = term;
          });
          return terms;
        })
        .catch(function (error) {
          loading = null; /* let a later click try again */
          throw error;
        });
    }
    return loading;
  }

  function link(url, text) {
    var a = document.createElement("a");
    a.href = url;
    a.textContent = text;
    return a;
  }

  /* A page's name as the build writes it (hooks/core/text.py spoken_places): "Source › Section" shown, its "›"
     hidden from screen readers (read "single right-pointing angle quotation mark" by some) and a hidden comma
     before it, so that it is named "Source, Section" (its inline class keeps it in its word's line: a box of its
     own was joined to the word with a space, "Source , Section"). */
  var PLACE_SEPARATOR = " \u203a ";

  function span(text, attribute, value) {
    var element = document.createElement("span");
    element.setAttribute(attribute, value);
    element.textContent = text;
    return element;
  }

  function placeLink(url, title) {
    var a = link(url, "");
    title.split(PLACE_SEPARATOR).forEach(function (words, index) {
      if (index > 0) {
        a.appendChild(span(",", "class", "visually-hidden visually-hidden--inline"));
        a.appendChild(document.createTextNode(" "));
        a.appendChild(span("\u203a", "aria-hidden", "true"));
        words = " " + words;
      }
      a.appendChild(document.createTextNode(words));
    });
    return a;
  }

  function useItem(use) {
    var item = document.createElement("li");
    var title = use.title || use.page;
    item.appendChild(placeLink(use.url, title));
    (use.paragraphs || []).forEach(function (paragraph, index) {
      item.appendChild(document.createTextNode(index === 0 ? ": " : ", "));
      /* Named as the build names it (hooks/core/text.py paragraph_name): "¶ 3" was read "pilcrow 3". */
      var number = link(paragraph.url, "\u00b6\u00a0" + paragraph.id.slice(1));
      number.setAttribute("aria-label", "Paragraph " + paragraph.id.slice(1) + " of " + title.split(PLACE_SEPARATOR).join(", "));
      item.appendChild(number);
    });
    return item;
  }

  function showAll(more, button) {
    var source = more.querySelector("a[href]");
    var list = more.previousElementSibling;
    if (!source || !list || list.tagName !== "UL") return;
    button.disabled = true;
    button.textContent = "Loading\u2026";
    loadTerms(source.href)
      .then(function (terms) {
        var term = terms[more.getAttribute("data-term")];
        if (!term) throw new Error("term not in glossary.json");
        var full = document.createElement("ul");
        full.className = "glossary-uses-all";
        term.uses.forEach(function (use) {
          full.appendChild(useItem(use));
        });
        list.replaceWith(full);
        more.remove();
        var first = full.querySelector("a");
        if (first) first.focus();
      })
      .catch(function () {
        button.disabled = false;
        button.textContent = "Show all (failed; try again or open glossary.json)";
      });
  }

  function attach() {
    document.querySelectorAll(MORE).forEach(function (more) {
      if (more.querySelector("button.glossary-show-all")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button glossary-show-all";
      button.textContent = "Show all";
      button.addEventListener("click", function () {
        showAll(more, button);
      });
      more.appendChild(document.createTextNode(" "));
      more.appendChild(button);
    });
  }

  window.edition.onEveryPage(attach);
})();
