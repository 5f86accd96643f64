/* Citable paragraphs, in the browser.
 *
 * - The ¶ link copies the paragraph's absolute URL through Material's clipboard component
 *   (`data-clipboard-text`), which shows Material's "Copied to clipboard" toast.
 * - Each ¶ link gets a Cite action beside it (made here: without JavaScript there is no dialog,
 *   and the page's "Cite this page" section says how to cite a paragraph). It opens a dialog with
 *   the permalink, the citations formatted at build time (JSON in the page: no network), copy
 *   buttons and the downloads.
 * - An old `#id` that moved (anchors.redirects.yml) is sent to its new place.
 * Runs on every page Material's instant navigation shows (`document$`).
 */
(function () {
  "use strict";

  var element = window.edition.element;
  var dialog = null;
  var opener = null;
  var FOCUSABLE = "a[href], button, input, [tabindex]:not([tabindex='-1'])";

  function pageData() {
    var holders = document.querySelectorAll(".edition-citation-data");
    if (!holders.length) return { cite: null, redirects: {} };
    try {
      return JSON.parse(holders[holders.length - 1].getAttribute("data-json"));
    } catch (error) {
      return { cite: null, redirects: {} };
    }
  }

  function translation(key, fallback) {
    var config = document.getElementById("__config");
    try {
      return JSON.parse(config.textContent).translations[key] || fallback;
    } catch (error) {
      return fallback;
    }
  }

  function canonical() {
    var link = document.querySelector("link[rel=canonical]");
    return link ? link.href.split("#")[0] : location.href.split("#")[0];
  }

  /* Redirect a moved id: only when no element has it any more. */
  function followRedirect(redirects) {
    var id = window.edition.fragmentId(location.hash);
    /* Only the page's own entries: `#constructor` would find what every object inherits. */
    if (!id || document.getElementById(id) || !Object.prototype.hasOwnProperty.call(redirects, id)) return;
    var target = new URL(redirects[id].replace(/^\//, ""), window.edition.siteRoot());
    location.replace(target.href);
  }

  function copy(text, status) {
    var done = function () {
      status.textContent = translation("clipboard.copied", "Copied to clipboard");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () {
        status.textContent = "Copy failed: select the text and copy it by hand.";
      });
      return;
    }
    var area = element("textarea", { readonly: "", "aria-hidden": "true" });
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    dialog.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
      done();
    } finally {
      area.remove();
    }
  }

  /* Where a line may end inside a code span's words, as the build parts a table's (break_points in
     hooks/mdx/code_spans.py): after a run of `.`, `/`, `-`, `_`, `:` between two words, and before a `<`. */
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

  /* An address in a formatted reference (the page's, a DOI's), from its scheme to the next space. */
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

  function row(container, content, label, text, status) {
    var line = element("div", { class: "edition-cite-row" });
    line.appendChild(content);
    var button = element("button", { type: "button", "aria-label": label }, "Copy");
    button.addEventListener("click", function () {
      copy(text, status);
    });
    line.appendChild(button);
    container.appendChild(line);
  }

  /* The Contributing page's form (docs/assets/annotate.js), filled in with the paragraph and the words. */
  function annotateUrl(paragraphUrl, quote) {
    var target = new URL("about/contributing/", window.edition.siteRoot());
    target.searchParams.set("paragraph", paragraphUrl);
    if (quote) target.searchParams.set("quote", quote);
    target.hash = "in-the-browser";
    return target.href;
  }

  /* The words selected inside the paragraph, if any: read when the Cite action is pressed, since
     a click elsewhere may clear the selection before the dialog opens. */
  function selectedIn(paragraphId) {
    var selection = window.getSelection();
    var paragraph = document.getElementById(paragraphId);
    if (!selection || selection.isCollapsed || !selection.rangeCount || !paragraph) return "";
    var range = selection.getRangeAt(0);
    if (!paragraph.contains(range.commonAncestorContainer)) return "";
    return window.edition.normaliseSpace(selection.toString());
  }

  function fill(cite, paragraphId, quote) {
    var number = paragraphId.slice(1);
    var url = canonical() + "#" + paragraphId;
    dialog.textContent = "";
    dialog.setAttribute("aria-label", "Cite paragraph " + number);
    /* "Cite ¶ 3 of …", read "Cite paragraph 3 of …": a screen reader said the ¶ "pilcrow", and an
       aria-label on a heading is not read in NVDA's browse mode; words shown only to it are. */
    var heading = element("h2", {}, "Cite ");
    heading.appendChild(element("span", { "aria-hidden": "true" }, "¶"));
    heading.appendChild(element("span", { class: "visually-hidden" }, "paragraph"));
    heading.appendChild(document.createTextNode(" " + number + " of " + window.edition.quoted(cite.title)));
    dialog.appendChild(heading);
    var status = element("p", { role: "status", "aria-live": "polite" });
    dialog.appendChild(element("h3", {}, "Permanent link"));
    row(dialog, partedCode(url), "Copy the permanent link", url, status);
    cite.styles.forEach(function (style) {
      dialog.appendChild(element("h3", {}, style.name));
      var reference = element("p", { class: "reference" });
      reference.innerHTML = style.reference_html; /* formatted and escaped by citeproc at build time */
      partAddresses(reference);
      row(dialog, reference, "Copy the " + style.name + " reference", style.reference_text, status);
      var inText = style.in_text[number] || "";
      row(dialog, element("p", {}, "In the text: " + inText), "Copy the " + style.name + " in-text citation", inText, status);
    });
    dialog.appendChild(element("h3", {}, "Download the record"));
    var downloads = element("p");
    cite.downloads.forEach(function (download, index) {
      /* a no-break space before the dot, which ends a line and never opens one (ITEM_SEPARATOR, hooks/core/text.py) */
      if (index) downloads.appendChild(document.createTextNode("\u00a0· "));
      downloads.appendChild(element("a", { href: download.href, download: "" }, download.label));
    });
    dialog.appendChild(downloads);
    dialog.appendChild(element("h3", {}, "Annotate"));
    var annotate = element("p");
    var words = quote.length > 60 ? quote.slice(0, 59).trim() + "\u2026" : quote;
    annotate.appendChild(document.createTextNode(
      (quote ? "Comment on " + window.edition.quoted(words) : "Comment on this paragraph") + " through a pull request: "
    ));
    annotate.appendChild(element("a", {
      href: annotateUrl(url, quote),
      class: "edition-cite-annotate",
      "aria-label": "Annotate paragraph " + number /* not "annotate pilcrow 3" */
    }, "annotate ¶ " + number));
    dialog.appendChild(annotate);
    var close = element("button", { type: "button", class: "edition-cite-close" }, "Close");
    close.addEventListener("click", function () {
      dialog.close();
    });
    /* Status and Close share a footer that stays in view while a tall dialog scrolls (a phone):
       "Copied" is seen where it is said, and the way out is always at hand. */
    var footer = element("div", { class: "edition-cite-footer" });
    footer.appendChild(status);
    footer.appendChild(close);
    dialog.appendChild(footer);
  }

  /* Keep Tab and Shift+Tab inside the dialog. */
  function trapFocus(event) {
    if (event.key !== "Tab") return;
    var items = Array.prototype.filter.call(dialog.querySelectorAll(FOCUSABLE), function (node) {
      return node.offsetParent !== null || node === document.activeElement;
    });
    if (!items.length) return;
    var first = items[0];
    var last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && document.activeElement === last) {
      first.focus();
      event.preventDefault();
    }
  }

  function ensureDialog() {
    if (dialog && document.body.contains(dialog)) return dialog;
    dialog = element("dialog", { class: "edition-cite-dialog md-typeset", "aria-modal": "true" });
    dialog.addEventListener("keydown", trapFocus);
    dialog.addEventListener("close", function () {
      if (opener && document.body.contains(opener)) opener.focus();
      opener = null;
    });
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close(); /* a click on the backdrop */
    });
    document.body.appendChild(dialog);
    return dialog;
  }

  function openDialog(trigger, cite) {
    ensureDialog();
    opener = trigger;
    var paragraphId = trigger.getAttribute("data-paragraph");
    fill(cite, paragraphId, selectedIn(paragraphId) || trigger.getAttribute("data-selection") || "");
    trigger.removeAttribute("data-selection");
    dialog.showModal(); /* Escape closes a modal dialog natively ("cancel", then "close") */
    var first = dialog.querySelector("button");
    if (first) first.focus();
  }

  /* The paragraph's Cite action: it only works with JavaScript, so it is made here, beside the
     build-time ¶ link, and both go in one margin box (`.paragraph-actions`). Its href leads to
     "Cite this page" if the dialog cannot open. */
  function addCiteAction(link, cite) {
    if (link.parentNode.classList.contains("paragraph-actions")) return;
    var paragraphId = link.hash.slice(1);
    var number = paragraphId.slice(1);
    var actions = element("span", { class: "paragraph-actions" });
    link.parentNode.insertBefore(actions, link);
    actions.appendChild(link);
    var trigger = element(
      "a",
      {
        class: "paragraph-cite",
        href: "#cite-this-page",
        role: "button",
        "data-paragraph": paragraphId,
        /* Its name says which paragraph (read before the paragraph's words, and not "CITE", its CSS
           capitals); no title, which would say it a second time as its description. */
        "aria-label": "Cite paragraph " + number,
      }
    );
    /* Its word in a box of no size (citation.css: `display: contents`), where Material's search
       highlighter marks nothing: it marks the words of a search (`?h=cit`) in each text whose
       element has a height, and on a touch screen, where Cite is always shown, "CITE" was
       highlighted by every paragraph as a word found, and the page opened at the first. */
    trigger.appendChild(element("span", { class: "paragraph-cite__word" }, "Cite"));
    actions.appendChild(trigger);
    trigger.addEventListener("pointerdown", function () {
      trigger.setAttribute("data-selection", selectedIn(paragraphId));
    });
    trigger.addEventListener("click", function (event) {
      /* Material's instant navigation (on <body>) ignores preventDefault: it would follow the
         "#cite-this-page" fallback and swap the article, and with it the dialog's opener. */
      event.preventDefault();
      event.stopPropagation();
      openDialog(trigger, cite);
    });
    trigger.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        openDialog(trigger, cite);
      }
    });
  }

  /* The build puts the ¶ link first in its paragraph, where it stands: in the margin left of the text,
     so Tab reaches it (and Cite) before the text's own links (WCAG 2.4.3). On a phone the margin
     follows the paragraph's last line (citation.css), so there it goes last, and back when the
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

  /* In the margin ¶ N and Cite stand one above the other, each hit over 24 px in height (citation.css,
     WCAG 2.5.8). A paragraph of one short line close above the next (an attribution under a quotation, in
     the Annex) left its Cite on the next paragraph's ¶: there it goes above its ¶ instead
     (`paragraph-actions--lifted`), where the margin is free. Measured again whenever the article changes
     size (the window, the fonts, the annotations hidden or shown). */
  var TARGET = 24; /* CSS px */
  var LIFTED = "paragraph-actions--lifted";
  var ACTIONS = ".md-content p[id^='p'] > .paragraph-actions";
  var resized = null;

  /* Where the hit areas of a margin box reach, top and bottom, with Cite under ¶ N and lifted above it.
     Both are read from ¶ N, which stays where it is when Cite is lifted (only Cite moves, citation.css):
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
     while it showed, the reader could not see Cite. It is marked to stand above ¶ N instead (citation.css),
     where the window has room for it below the header, else under Cite (a paragraph scrolled up to the
     header); not when Cite is lifted there, as Material's place under ¶ N is then free. Material makes
     the tooltip on hover or focus and names it in the link's aria-describedby, then drops the name at
     once on leaving while the tooltip fades out: a mark set as it shows keeps it in place through the
     fade. The observer runs before the next paint, so the first frame has it above.
     Material centres it on ¶ N, and it reached some 30 px into the text: in the margin it ends where ¶ N
     ends (`paragraph-link-tooltip--margin`, with ¶ N's width, which citation.css aligns it by).
     From 1220 px it is over the navigation's column (whose words end 56 px left of the text's: no place
     beside ¶ N for its 100 px is clear of both), and above ¶ 1 of a page it covered "of" of a long page
     name: where the navigation shows words there and none under Cite, it stands under Cite. */
  var ABOVE = "paragraph-link-tooltip--above";
  var UNDER_CITE = "paragraph-link-tooltip--under-cite";
  var IN_MARGIN = "paragraph-link-tooltip--margin";
  var GAP = 8; /* CSS px between the tooltip and ¶ N: 0.4rem in citation.css */

  /* The boxes of the navigation's words shown in its column, line by line (none while it is a closed drawer). */
  function navigationWords() {
    var column = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
    if (!column) return [];
    var shown = column.getBoundingClientRect();
    var boxes = [];
    var range = document.createRange();
    var walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim()) continue;
      range.selectNodeContents(node);
      Array.prototype.forEach.call(range.getClientRects(), function (box) {
        if (box.width && box.bottom > shown.top && box.top < shown.bottom && box.right > 0) boxes.push(box);
      });
    }
    return boxes;
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
        return box.left < end.right && box.right > end.right - size.width && box.top < top + size.height && box.bottom > top;
      });
    };
    var under = cite.getBoundingClientRect().bottom + GAP;
    return covers(end.top - GAP - size.height) && !covers(under) && under + size.height <= window.innerHeight;
  }

  function placeTooltip(link) {
    if (!link.matches(".paragraph-actions > .paragraph-link")) return;
    var tooltip = document.getElementById(link.getAttribute("aria-describedby") || "");
    if (!tooltip || !tooltip.classList.contains("md-tooltip2")) return;
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

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      placeTooltip(record.target);
    });
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-describedby"] });

  /* One observer, of the page shown: instant navigation swaps the article. */
  function watchArticle() {
    if (resized) resized.disconnect();
    var article = document.querySelector(".md-content article");
    liftCrowded();
    if (!article || typeof ResizeObserver === "undefined") return;
    resized = new ResizeObserver(liftCrowded);
    resized.observe(article);
  }

  function setup() {
    /* A link in the dialog (annotate ¶ N) changes the page by instant navigation, which keeps <body>
       and so the dialog: close it over the new page. */
    if (dialog && dialog.open) dialog.close();
    var data = pageData();
    followRedirect(data.redirects || {});
    var base = canonical();
    var canCite = Boolean(data.cite) && typeof HTMLDialogElement !== "undefined";
    document.querySelectorAll(".md-content a.paragraph-link").forEach(function (link) {
      link.setAttribute("data-clipboard-text", base + link.hash); /* Material makes hrefs absolute */
      if (canCite) addCiteAction(link, data.cite);
    });
    placeAll();
    watchArticle();
  }

  window.addEventListener("hashchange", function () {
    followRedirect(pageData().redirects || {});
  });

  window.edition.onEveryPage(setup);
})();
