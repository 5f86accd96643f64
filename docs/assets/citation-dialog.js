/* The Cite dialog of a paragraph, which its Cite action opens (citation.js): the permanent link, the
   references in each style with their in-text citations, formatted at build time (JSON in the page: no
   network), each with a Copy button, the record's downloads, and a link to annotate the paragraph (with the
   words selected in it) on the Contributing page's form. A modal <dialog>: Tab stays inside it, Escape or a
   click on the backdrop closes it, and the focus goes back to the Cite that opened it. */
(function () {
  "use strict";

  var element = window.edition.element;
  var canonical = window.edition.canonical;
  var partedCode = window.edition.partedCode;
  var partAddresses = window.edition.partAddresses;
  var dialog = null;
  var opener = null;
  var FOCUSABLE = "a[href], button, input, [tabindex]:not([tabindex='-1'])";

  function translation(key, fallback) {
    var config = document.getElementById("__config");
    try {
      return JSON.parse(config.textContent).translations[key] || fallback;
    } catch (error) {
      return fallback;
    }
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

  /* A link in the dialog (annotate ¶ N) changes the page by instant navigation, which keeps <body>
     and so the dialog: close it over the new page. */
  function closeOverNewPage() {
    if (dialog && dialog.open) dialog.close();
  }

  window.edition.selectedIn = selectedIn; /* citation.js reads the selection as Cite is pressed */
  window.edition.openCiteDialog = openDialog;
  window.edition.onEveryPage(closeOverNewPage);
})();
