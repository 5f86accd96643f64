/* Long addresses parted where their words part, as the build parts a table's code span and the "Cite this
   page" block's addresses (hooks/core/word_breaks.py): the Cite dialog's permanent link and the addresses in its
   references (citation-dialog.js). A `<wbr>` adds no character to what is copied, and the Copy buttons copy the
   build's text. */
(function () {
  "use strict";

  var element = window.edition.element;

  /* Where a line may end inside a code span's words, as the build parts a table's and the Cite block's addresses
     (RE_BREAK_AFTER, RE_BREAK_BEFORE in hooks/core/word_breaks.py: keep them the same): after a run of `.`, `/`,
     `-`, `_`, `:` between two words, and before a `<`. */
  var BREAK_AFTER = /[^\s./\-_:][./\-_:]+(?=[^\s./\-_:])/g;
  var BREAK_BEFORE = /(?<=\S)(?=<)/g;

  /* The text with a `<wbr>` at each of those points, which adds no character to a copy: a long address
     broke at its box's edge, `http://127.0.0.1:80|00/`, `transnationalism/op|portunities/`. */
  function parted(text) {
    var points = new Set();
    var match;
    BREAK_AFTER.lastIndex = 0;
    while ((match = BREAK_AFTER.exec(text))) points.add(match.index + match[0].length);
    text.replace(BREAK_BEFORE, function (empty, offset) {
      points.add(offset);
      return empty;
    });
    var pieces = document.createDocumentFragment();
    var start = 0;
    Array.from(points).sort(function (a, b) { return a - b; }).concat(text.length).forEach(function (end) {
      if (start) pieces.appendChild(element("wbr"));
      pieces.appendChild(document.createTextNode(text.slice(start, end)));
      start = end;
    });
    return pieces;
  }

  /* The permanent link as a code span parted so. An address is longer than the 24 columns the site keeps
     whole (`short-code`, hooks/core/short_code.py), so it is never marked so; citation.css breaks it only
     at the `<wbr>`s, inside a piece only where none fits. */
  function partedCode(text) {
    var code = element("code");
    code.appendChild(parted(text));
    return code;
  }

  /* An address in a formatted reference (the page's, a DOI's), from its scheme to the next space (RE_ADDRESS). */
  var ADDRESS = /[a-z][a-z0-9+.-]*:\/\/\S+/gi;

  /* The addresses in the reference's text parted as the permanent link is, each text node read as the
     browser parsed it (no markup is read here): at 320 px it broke `transnationalism/oppo|rtunities/`.
     What the Copy button copies is the build's plain text, untouched. */
  function partAddresses(container) {
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    var texts = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    texts.forEach(function (text) {
      var pieces = document.createDocumentFragment();
      var start = 0;
      var match;
      ADDRESS.lastIndex = 0;
      while ((match = ADDRESS.exec(text.data))) {
        pieces.appendChild(document.createTextNode(text.data.slice(start, match.index)));
        pieces.appendChild(parted(match[0]));
        start = match.index + match[0].length;
      }
      if (!start) return;
      pieces.appendChild(document.createTextNode(text.data.slice(start)));
      text.replaceWith(pieces);
    });
  }

  window.edition.partedCode = partedCode;
  window.edition.partAddresses = partAddresses;
})();
