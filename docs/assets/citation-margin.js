/* Where a paragraph's margin box (`.paragraph-actions`: its ¶ link and the Cite action citation.js puts
   beside it) stands: first in the paragraph, or last on a phone, for the order of Tab; Cite lifted above
   ¶ N where the next paragraph's box crowds it; and ¶ N's tooltip placed clear of Cite and of the
   navigation's words. citation-margin.css lays the box out, citation-tooltip.css the tooltip; this measures
   the page and sets its classes.
   Runs on every page Material's instant navigation shows (`document$`), after citation.js made the boxes. */
(function () {
  "use strict";

  /* The build puts the ¶ link first in its paragraph, where it stands: in the margin left of the text,
     so Tab reaches it (and Cite) before the text's own links (WCAG 2.4.3). On a phone the margin
     follows the paragraph's last line (citation-margin.css), so there it goes last, and back when the
     window widens. */
  var PHONE = window.matchMedia("screen and (max-width: 44.9375em)");
  var MARGIN = ".md-content p[id^='p'] > :is(.paragraph-actions, a.paragraph-link)";

  function place(margin) {
    var paragraph = margin.parentNode;
    var target = PHONE.matches ? null : paragraph.firstChild;
    if (PHONE.matches ? margin === paragraph.lastChild : margin === target) return;
    var focused = margin.contains(document.activeElement) ? document.activeElement : null;
    paragraph.insertBefore(margin, target);
    if (focused) focused.focus(); /* moving an element takes the focus from it */
  }

  function placeAll() {
    document.querySelectorAll(MARGIN).forEach(place);
  }

  PHONE.addEventListener("change", placeAll);

  /* In the margin ¶ N and Cite stand one above the other, each hit over 24 px in height (citation-margin.css,
     WCAG 2.5.8). A paragraph of one short line close above the next (an attribution under a quotation, in
     the Annex) left its Cite on the next paragraph's ¶: there it goes above its ¶ instead
     (`paragraph-actions--lifted`), where the margin is free. Measured again whenever the article changes
     size (the window, the fonts, the annotations hidden or shown). */
  var TARGET = 24; /* CSS px */
  var LIFTED = "paragraph-actions--lifted";
  var ACTIONS = ".md-content p[id^='p'] > .paragraph-actions";
  var resized = null;

  /* Where the hit areas of a margin box reach, top and bottom, with Cite under ¶ N and lifted above it.
     Both are read from ¶ N, which stays where it is when Cite is lifted (only Cite moves, citation-margin.css):
     so every box is measured before any is changed. */
  function reach(actions) {
    var link = actions.querySelector(".paragraph-link").getBoundingClientRect();
    return {
      under: { top: link.bottom - TARGET, bottom: link.bottom + TARGET },
      lifted: { top: link.top - 2 * TARGET, bottom: link.top + TARGET },
    };
  }

  /* Top down, whether each box in the margin is lifted: where the next one starts within its reach, if the
     one above leaves room for it. Pure arithmetic on the measures, so the page is not read again. */
  function whichToLift(reaches) {
    var above = -Infinity;
    return reaches.map(function (reach, index) {
      var next = reaches[index + 1];
      var lifted = Boolean(next) && reach.under.bottom > next.under.top && reach.lifted.top >= above;
      above = (lifted ? reach.lifted : reach.under).bottom;
      return lifted;
    });
  }

  /* Every measure first, then every class: a read after a write would make the browser lay the page out
     again for each box lifted (on a long page, dozens of layouts on each resize). After a phone's last line
     nothing is lifted. */
  function liftCrowded() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(ACTIONS));
    var margins = boxes.filter(function (actions) {
      return getComputedStyle(actions).position === "absolute";
    });
    var flags = whichToLift(margins.map(reach));
    var lifted = new Set(margins.filter(function (actions, index) {
      return flags[index];
    }));
    boxes.forEach(function (actions) {
      actions.classList.toggle(LIFTED, lifted.has(actions));
    });
  }

  /* Material shows a ¶ link's title ("Link to paragraph N") in a tooltip under it, over the Cite under it:
     while it showed, the reader could not see Cite. It is marked to stand above ¶ N instead (citation-tooltip.css),
     where the window has room for it below the header, else under Cite (a paragraph scrolled up to the
     header); not when Cite is lifted there, as Material's place under ¶ N is then free. Material makes
     the tooltip on hover or focus and names it in the link's aria-describedby, then drops the name at
     once on leaving while the tooltip fades out: a mark set as it shows keeps it in place through the
     fade. The observer runs before the next paint, so the first frame has it above.
     Material centres it on ¶ N, and it reached some 30 px into the text: in the margin it ends where ¶ N
     ends (`paragraph-link-tooltip--margin`, with ¶ N's width, which citation-tooltip.css aligns it by; from 720 to
     1219 px it wraps there to the margin's width, measured here as it stands before it is placed).
     From 1220 px it is over the navigation's column (whose words end 56 px left of the text's: no place
     beside ¶ N for its 100 px is clear of both), and above ¶ 1 of a page it covered "of" of a long page
     name: where the navigation shows words there and none under Cite, it stands under Cite.
     Below 720 px ¶ N follows the paragraph's last line, in the text, where Material's place under it covered
     the next paragraph's first line: every ¶ link's tooltip is marked (`paragraph-link-tooltip`), and
     citation-tooltip.css sets it as one line beside ¶ N and Cite or in the gap under their line where a pointer
     hovers (placeInLine, below), and does not show it where nothing hovers (a touch screen, at any width). */
  var TOOLTIP = "paragraph-link-tooltip";
  var PARAGRAPH_LINK =
    ".md-content p[id^='p'] > .paragraph-actions > .paragraph-link, .md-content p[id^='p'] > a.paragraph-link";
  var ABOVE = "paragraph-link-tooltip--above";
  var UNDER_CITE = "paragraph-link-tooltip--under-cite";
  var IN_MARGIN = "paragraph-link-tooltip--margin";
  var GAP = 8; /* CSS px between the tooltip and ¶ N: 0.4rem in citation-tooltip.css */

  /* The line boxes `keep` keeps of the words under `root`, but for elements `acceptNode` rejects (null: none). */
  function lineBoxes(root, acceptNode, keep) {
    var boxes = [];
    var range = document.createRange();
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        return acceptNode ? acceptNode(node) : NodeFilter.FILTER_SKIP;
      },
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      Array.prototype.forEach.call(range.getClientRects(), function (box) {
        if (box.width && keep(box)) boxes.push(box);
      });
    }
    return boxes;
  }

  /* Whether `box` meets the box `width` by `height` whose top left corner is at `left`, `top` (edges that touch do not). */
  function overlaps(box, left, top, width, height) {
    return box.left < left + width && box.right > left && box.top < top + height && box.bottom > top;
  }

  /* The boxes of the navigation's words shown in its column, line by line (none while it is a closed drawer). */
  function navigationWords() {
    var column = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
    if (!column) return [];
    var shown = column.getBoundingClientRect();
    return lineBoxes(column, null, function (box) {
      return box.bottom > shown.top && box.top < shown.bottom && box.right > 0;
    });
  }

  /* Whether the tooltip above ¶ N would cover the navigation's words while under Cite it covers none and stays
     in the window. Its box is worked out from ¶ N's and Cite's (it ends where ¶ N ends, GAP away). */
  function navigationUnder(link, tooltip) {
    var inner = tooltip.querySelector(".md-tooltip2__inner") || tooltip;
    var size = inner.getBoundingClientRect();
    var cite = link.parentNode.querySelector(".paragraph-cite");
    if (!size.width || !cite) return false;
    var words = navigationWords();
    var end = link.getBoundingClientRect();
    var covers = function (top) {
      return words.some(function (box) {
        return overlaps(box, end.right - size.width, top, size.width, size.height);
      });
    };
    var under = cite.getBoundingClientRect().bottom + GAP;
    return covers(end.top - GAP - size.height) && !covers(under) && under + size.height <= window.innerHeight;
  }

  /* Below 720 px, where a pointer hovers (citation-tooltip.css shows it nowhere else there), ¶ N and Cite follow
     the paragraph's last line: the tooltip stands beside them in that line (`paragraph-link-tooltip--beside`) where
     the line has room for it up to the window's edge, clear of words; else in the gap under the line, Material's
     side, from where ¶ N starts or, where words are there, the nearest start clear of them. The gap (16 px between
     two paragraphs) is narrower under a quotation's "Defines:" line (10 px): where that line is full, as under a
     full last line at 390 px, no place is clear of words, and the tooltip is not shown
     (`paragraph-link-tooltip--crowded`): ¶ N says what it links to, and keeps its name and its description. */
  var BESIDE = "paragraph-link-tooltip--beside";
  var CROWDED = "paragraph-link-tooltip--crowded";
  var HOVERS = window.matchMedia("(hover: hover) and (pointer: fine)");
  var EDGE = 4; /* CSS px kept from the window's edge: 0.2rem in citation-tooltip.css */
  var SLACK = 0.5; /* CSS px two boxes may share, rounding's: less is not a word covered */

  /* The line boxes of the article's words that reach into the band of the window from `top` to `bottom` (the
     margin's ¶ N and Cite left out). An element wholly above or below the band is passed over with its words
     (down to where they overflow it): on a long page only the few blocks around ¶ N are read, not every line. */
  function wordsBetween(top, bottom) {
    var article = document.querySelector(".md-content article");
    if (!article) return [];
    return lineBoxes(article, function (element) {
      if (element.matches(".paragraph-actions, .paragraph-link")) return NodeFilter.FILTER_REJECT;
      var box = element.getBoundingClientRect();
      var under = box.height > 0 && box.top >= bottom;
      var above = box.height > 0 && box.bottom + Math.max(0, element.scrollHeight - element.clientHeight) <= top;
      return under || above ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    }, function (line) {
      return line.top < bottom && line.bottom > top;
    });
  }

  /* The start, nearest `from` and from `first` to `last`, of a box `size` wide and tall at `top` that meets none of
     `boxes`; null where there is none. Pure arithmetic on the measures: the page is not read again. */
  function clearStart(boxes, from, size, top, first, last) {
    if (first > last) return null; /* no start in the window */
    var starts = [from, first, last];
    boxes.forEach(function (box) {
      var near = box.top < top + size.height - SLACK && box.bottom > top + SLACK; /* a box in its line */
      if (near) starts.push(box.right + EDGE, box.left - EDGE - size.width);
    });
    return starts.reduce(function (best, start) {
      start = Math.max(first, Math.min(start, last));
      var clear = !boxes.some(function (box) {
        return overlaps(box, start + SLACK, top + SLACK, size.width - 2 * SLACK, size.height - 2 * SLACK);
      });
      return clear && (best === null || Math.abs(start - from) < Math.abs(best - from)) ? start : best;
    }, null);
  }

  /* Where in the page each shown tooltip's ¶ N stood when it was placed: Material sets the link's aria-describedby
     again on every scroll, where ¶ N moves with the words around it, so nothing is measured again. */
  var placedAt = new WeakMap();

  /* Every measure first, then every mark, so the browser lays the page out no more than the frame does. A crowded
     tooltip is hidden, not taken out (citation-tooltip.css), so it keeps the box measured here. `again`: the
     article's words moved (placeShown), wherever ¶ N stands. */
  function placeInLine(link, tooltip, again) {
    var own = link.getBoundingClientRect();
    var at = [own.left, own.top + window.scrollY, own.width, own.height, document.documentElement.clientWidth].join();
    if (!again && placedAt.get(tooltip) === at) return;
    placedAt.set(tooltip, at);
    var size = (tooltip.querySelector(".md-tooltip2__inner") || tooltip).getBoundingClientRect();
    var end = link.parentNode.matches(".paragraph-actions") ? link.parentNode.getBoundingClientRect() : own;
    /* Material's box spans the window's width, moved only up and down: its start is the window's start. */
    var origin = tooltip.getBoundingClientRect().left;
    var last = document.documentElement.clientWidth - EDGE - size.width; /* the last start in the window */
    var top = own.top + (own.height - size.height) / 2;
    var boxes = wordsBetween(Math.min(top, own.bottom), Math.max(top, own.bottom) + size.height).concat([end]);
    var beside = clearStart(boxes, end.right + GAP, size, top, end.right + GAP, last);
    var left = beside !== null ? beside : clearStart(boxes, own.left, size, own.bottom, EDGE, last);
    tooltip.classList.remove(IN_MARGIN, ABOVE, UNDER_CITE);
    tooltip.classList.toggle(BESIDE, beside !== null);
    tooltip.classList.toggle(CROWDED, left === null);
    tooltip.style.setProperty("--paragraph-link-height", own.height + "px");
    if (left !== null) tooltip.style.setProperty("--paragraph-tooltip-left", left - origin + "px");
  }

  function placeTooltip(link, again) {
    if (!link.matches(PARAGRAPH_LINK)) return;
    var tooltip = document.getElementById(link.getAttribute("aria-describedby") || "");
    if (!tooltip || !tooltip.classList.contains("md-tooltip2")) return;
    tooltip.classList.add(TOOLTIP);
    if (PHONE.matches && HOVERS.matches) {
      placeInLine(link, tooltip, again);
      return;
    }
    placedAt.delete(tooltip);
    tooltip.classList.remove(BESIDE, CROWDED);
    if (!link.matches(".paragraph-actions > .paragraph-link")) return;
    tooltip.classList.add(IN_MARGIN);
    tooltip.style.setProperty("--paragraph-link-width", link.getBoundingClientRect().width + "px");
    if (link.parentNode.classList.contains(LIFTED)) {
      tooltip.classList.remove(ABOVE, UNDER_CITE); /* under ¶ N, where Material puts it: Cite is above */
      return;
    }
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    var room = link.getBoundingClientRect().top - top;
    var above = room >= tooltip.getBoundingClientRect().height + GAP && !navigationUnder(link, tooltip);
    var cite = above ? null : link.parentNode.querySelector(".paragraph-cite");
    tooltip.classList.toggle(ABOVE, above);
    tooltip.classList.toggle(UNDER_CITE, Boolean(cite));
    if (cite) {
      var drop = cite.getBoundingClientRect().bottom - link.getBoundingClientRect().bottom;
      tooltip.style.setProperty("--paragraph-cite-drop", Math.max(0, drop) + "px");
    }
  }

  /* A tooltip shown as the window is resized or turned, or the article's words move (fonts, annotations): Material
     moves it with ¶ N, its place is worked out again here (in the margin or in the line, as the width now says). */
  function placeShown() {
    document.querySelectorAll(".paragraph-link[aria-describedby]").forEach(function (link) {
      placeTooltip(link, true);
    });
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      placeTooltip(record.target, false);
    });
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-describedby"] });

  /* One observer, of the page shown: instant navigation swaps the article. */
  function watchArticle() {
    if (resized) resized.disconnect();
    var article = document.querySelector(".md-content article");
    liftCrowded();
    if (!article || typeof ResizeObserver === "undefined") return;
    resized = new ResizeObserver(function () {
      liftCrowded();
      placeShown();
    });
    resized.observe(article);
  }

  /* A page shown: its boxes placed for the window's width, and its article watched for a change of size. */
  function placeMargins() {
    placeAll();
    watchArticle();
  }

  window.edition.onEveryPage(placeMargins);
})();
