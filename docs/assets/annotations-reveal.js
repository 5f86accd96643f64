/* Annotations shown while the reader hides them (annotations.js): the one a link leads to, and, on a
   page opened from a search result, those holding the words it found only in them. */
(function () {
  "use strict";

  var HIDDEN_CLASS = window.edition.annotationsHiddenClass; /* annotations.js, listed before this script */

  /* A link to one annotation shows it even while annotations are hidden (the choice stays as it was):
     a reader who follows a permalink or the /annotations/ list must not land on nothing. CSS's
     :target does this on a full load; Material's instant navigation changes the address without
     updating :target, so the class does it there, and the page is scrolled to the annotation. */
  function revealTarget() {
    document.querySelectorAll("details.annotation.annotation--revealed").forEach(function (shown) {
      shown.classList.remove("annotation--revealed");
    });
    var id = window.edition.fragmentId(window.location.hash);
    var target = id && document.getElementById(id);
    if (!target || !target.matches("details.annotation")) return;
    target.classList.add("annotation--revealed");
    if (document.documentElement.classList.contains(HIDDEN_CLASS)) target.scrollIntoView();
  }

  /* A search result found in an annotation ("Opportunities | Editorial note · …") opened its page
     with annotations hidden, so the reader saw neither the note nor the words found. A page opened
     from a result (`?h=` and no `#id`, which revealTarget handles) shows, while annotations are
     hidden, each annotation holding a word that begins with one of the words searched for (as the
     search matches them) when the page's own text has none. Material marks the words only where
     they are shown, as document$ tells it of the page (ahead of this script) if the search index
     has come, else when it comes: so this runs before document$, as this script loads on a page
     loaded afresh (the page is parsed: extra_javascript closes the body), and from the page's own
     script (overrides/main.html), which instant navigation runs first, on one it puts in place; on a
     result for the page shown, which Material neither fetches nor tells document$ of, as location$
     tells of its address, before Material's highlighter hears of it (edition.onSamePage). */
  function revealSearchHits() {
    var address = new URL(window.location.href);
    var words = (address.searchParams.get("h") || "").split(/[\s\-]+/).filter(Boolean);
    if (!words.length || address.hash || !document.documentElement.classList.contains(HIDDEN_CLASS)) return;
    var escaped = words.map(function (word) { return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + escaped.join("|") + ")", "iu");
    var article = document.querySelector(".md-content article");
    if (!article || foundOutsideAnnotations(article, pattern)) return;
    article.querySelectorAll("details.annotation").forEach(function (block) {
      if (pattern.test(block.textContent)) block.classList.add("annotation--revealed");
    });
  }

  /* Whether the page's own text (or its headings) has the words: the result was for them, and the
     reader who hid the annotations sees the words there; a common word would show them all. */
  function foundOutsideAnnotations(article, pattern) {
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest("details.annotation") && pattern.test(node.nodeValue)) return true;
    }
    return false;
  }

  window.addEventListener("hashchange", revealTarget);
  window.edition.revealSearchHits = revealSearchHits; /* overrides/main.html calls it, as instant navigation puts a page in place */
  revealSearchHits();
  window.edition.onEveryPage(function () {
    revealTarget();
    revealSearchHits();
  });
  /* Another address of the page shown (a search result for it): as on a new page, the annotation its
     `#id` names, or those holding the words searched for, before Material marks them. */
  window.edition.onSamePage(function () {
    revealTarget();
    revealSearchHits();
  });
})();
