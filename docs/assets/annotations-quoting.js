/* Quoting the source: a quotation copied from its text holds the source's words only, without the
   annotations between its paragraphs. */
(function () {
  "use strict";

  var QUOTING_CLASS = "quoting-source";

  /* A selection that starts in the source's text passes over the annotations between its paragraphs
     (annotations.css: html.quoting-source), so a copied quotation holds the source's words only;
     one that starts inside an annotation copies it, and so does Select all (Ctrl+A), which starts at
     the page's first words ("Skip to content"), outside .md-content. Where a selection starts is its
     anchor: where the reader pressed, also in a drag upwards (whose range starts at the other end),
     and what Shift+arrow and Shift+click extend it from. */
  function inSourceText(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return Boolean(element && element.closest(".md-content") && !element.closest("details.annotation"));
  }

  function setQuoting(quoting) {
    document.documentElement.classList.toggle(QUOTING_CLASS, quoting);
  }

  /* The class follows the selection: set as one starts ("selectstart", before the drag reaches an
     annotation), and again on every change, from its anchor (Shift+arrow and a finger's selection
     handles extend one without a "selectstart"). A press leaves it as it was (a right click for the
     context menu's Copy, a press inside the selection that picks it up, one on a button: the
     selection stays; clearing it there showed the annotations selected again), except a primary
     press (a tap too) in an annotation: one that cannot be selected would never start a selection. */
  function followSelection() {
    var selection = window.getSelection();
    if (selection && selection.rangeCount) setQuoting(inSourceText(selection.anchorNode));
  }

  function pressed(event) {
    if (event.button === 0 && event.target.closest("details.annotation")) setQuoting(false);
  }

  /* What a quotation leaves out, copied by Chromium itself, still gave the copy its blocks' line breaks
     (it skips the words of a user-select: none block, not the line breaks around it): three to six blank
     lines where one stood. Taking those blocks out of the layout for the copy moved the page (scroll
     anchoring), so the copy is written here instead: the selection's own nodes, less what is left out,
     read by the browser's innerText (its line breaks, one blank line between two paragraphs) in a box
     out of the flow; the words are the page's, none rewritten (less a word said to a screen reader
     but not shown, .visually-hidden: innerText read it, on a line of its own). Copies that start in
     an annotation, and Select all, are the browser's own. Which a copy is, is read from the selection
     as it is copied, not from the class: a copy from the context menu once followed a right click,
     which cleared the class, and copied the annotations. */
  var LEFT_OUT = "details.annotation, .glossary-defines, a.paragraph-link, .paragraph-actions, .visually-hidden";

  function copyQuotation(event) {
    var selection = window.getSelection();
    if (!event.clipboardData || !selection || selection.isCollapsed || !inSourceText(selection.anchorNode)) return;
    var copy = document.createElement("div");
    copy.setAttribute("aria-hidden", "true");
    copy.style.cssText = "position: fixed; top: 0; left: -100000px; width: 40em";
    for (var i = 0; i < selection.rangeCount; i += 1) copy.appendChild(selection.getRangeAt(i).cloneContents());
    copy.querySelectorAll(LEFT_OUT).forEach(function (node) { node.remove(); });
    (document.querySelector(".md-content article") || document.body).appendChild(copy);
    var text = copy.innerText.trim();
    var html = copy.innerHTML;
    copy.remove();
    event.clipboardData.setData("text/plain", text);
    event.clipboardData.setData("text/html", html);
    event.preventDefault();
  }

  document.addEventListener("copy", copyQuotation, true);
  document.addEventListener("pointerdown", pressed, true);
  document.addEventListener("selectstart", function (event) { setQuoting(inSourceText(event.target)); }, true);
  document.addEventListener("selectionchange", followSelection);
})();
