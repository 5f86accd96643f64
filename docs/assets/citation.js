/* Citable paragraphs, in the browser.
 *
 * - The ¶ link copies the paragraph's absolute URL through Material's clipboard component
 *   (`data-clipboard-text`), which shows Material's "Copied to clipboard" toast.
 * - Each ¶ link gets a Cite action beside it (made here: without JavaScript there is no dialog,
 *   and the page's "Cite this page" section says how to cite a paragraph). It opens a dialog with
 *   the permalink, the citations formatted at build time (JSON in the page: no network), copy
 *   buttons and the downloads (citation-dialog.js).
 * - An old `#id` that moved (anchors.redirects.yml) is sent to its new place.
 * Where ¶ N and Cite stand in the margin is citation-margin.js's, listed after this script.
 * Runs on every page Material's instant navigation shows (`document$`).
 */
(function () {
  "use strict";

  var element = window.edition.element;
  var canonical = window.edition.canonical;
  var selectedIn = window.edition.selectedIn;
  var openDialog = window.edition.openCiteDialog;

  function pageData() {
    var holders = document.querySelectorAll(".edition-citation-data");
    if (!holders.length) return { cite: null, redirects: {} };
    try {
      return JSON.parse(holders[holders.length - 1].getAttribute("data-json"));
    } catch (error) {
      return { cite: null, redirects: {} };
    }
  }

  /* Redirect a moved id: only when no element has it any more. */
  function followRedirect(redirects) {
    var id = window.edition.fragmentId(location.hash);
    /* Only the page's own entries: `#constructor` would find what every object inherits. */
    if (!id || document.getElementById(id) || !Object.prototype.hasOwnProperty.call(redirects, id)) return;
    var target = new URL(redirects[id].replace(/^\//, ""), window.edition.siteRoot());
    location.replace(target.href);
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
    /* Its word in a box of no size (citation-margin.css: `display: contents`), where Material's search
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

  function setup() {
    var data = pageData();
    followRedirect(data.redirects || {});
    var base = canonical();
    var canCite = Boolean(data.cite) && typeof HTMLDialogElement !== "undefined";
    document.querySelectorAll(".md-content a.paragraph-link").forEach(function (link) {
      link.setAttribute("data-clipboard-text", base + link.hash); /* Material makes hrefs absolute */
      if (canCite) addCiteAction(link, data.cite);
    });
  }

  window.addEventListener("hashchange", function () {
    followRedirect(pageData().redirects || {});
  });

  window.edition.onEveryPage(setup);
})();
