/* Annotations: a header button that shows or hides every annotation (remembered across pages), and
   the filter of the /annotations/ page. Without JavaScript every annotation stays visible.
   Hidden is the class annotations-hidden on <html>, which a script in the page's head sets from
   the stored choice before the first paint (overrides/main.html); this one keeps it. Should this
   script not load, that head script takes the class away again, and the filter's kept place with it:
   so the button and the filter, which that place waits for, are one script.
   The filter keeps its choice in the address (/annotations/?motivation=questioning&area=remittances),
   so a filtered list can be bookmarked or sent, and reloads as it was.
   Works with Material's instant navigation: the <html> class survives page swaps, and the
   button and the filter are (re)attached on every page through document$.
   What shows one while they are hidden (a link to it, a search result's words found only in it) is
   annotations-reveal.js; printing, annotations-print.js; a quotation copied without them,
   annotations-quoting.js. An icon's tooltip is kept on screen by edition.js's anchorTooltips. */
(function () {
  "use strict";

  var STORAGE_KEY = "edition.annotations.hidden"; /* read before the first paint too: overrides/main.html */
  var FILTERS = ["motivation", "area"]; /* the selects' names, which are also the address's parameters */
  var HIDDEN_CLASS = "annotations-hidden";
  var ICON_SHOWN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 22a1 1 0 0 1-1-1v-3H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-6.1l-3.7 3.71c-.2.19-.45.29-.7.29zm1-6v3.08L13.08 16H20V4H4v12zM6 7h12v2H6zm0 4h9v2H6z"/></svg>';
  var ICON_HIDDEN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="m7.2 4-2-2H20a2 2 0 0 1 2 2v12c0 .76-.43 1.41-1.05 1.75L19.2 16h.8V4zm14.91 17.46-1.27 1.27L16.11 18H13.9l-3.7 3.71c-.2.19-.45.29-.7.29H9c-.55 0-1-.45-1-1v-3H4a2 2 0 0 1-2-2V3.9L1.11 3l1.28-1.27zm-8-5.46L4 5.89V16h6v3.08L13.08 16z"/></svg>';
  function readHidden() {
    try {
      return window.localStorage.getItem(STORAGE_KEY) === "1";
    } catch (error) {
      return false; /* storage blocked: annotations stay visible */
    }
  }

  function storeHidden(hidden) {
    try {
      window.localStorage.setItem(STORAGE_KEY, hidden ? "1" : "0");
    } catch (error) {
      /* storage blocked: the choice lasts for this page only */
    }
  }

  /* Which of the two header buttons is shown says the state: the button for the current state. */
  function apply(hidden) {
    document.documentElement.classList.toggle(HIDDEN_CLASS, hidden);
    document.querySelectorAll(".annotation-toggle-option").forEach(function (option) {
      option.hidden = (option.getAttribute("data-annotations") === "hidden") !== hidden;
    });
  }

  /* One button per state, each with a title that never changes, only the current state's shown (as
     Material's palette toggle does): Material's tooltips take a control's title when they mount the
     header (on load, on every page change, after an in-page jump) and put that title back later,
     so a title changed in between went stale. The button's icon is the state, its name the action. */
  function toggleOption(whenHidden) {
    var label = whenHidden ? "Show annotations" : "Hide annotations";
    var option = document.createElement("div");
    option.className = "md-header__option annotation-toggle-option";
    option.setAttribute("data-annotations", whenHidden ? "hidden" : "shown");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon annotation-toggle";
    button.setAttribute("title", label);
    button.setAttribute("aria-label", label); /* the name while Material's tooltip holds the title */
    button.innerHTML = whenHidden ? ICON_HIDDEN : ICON_SHOWN;
    button.addEventListener("click", function () {
      /* Where a click does not focus its button (Safari, a screen reader's browse mode) focus is on
         the page itself: there too it goes on to the other button, not back to the top. */
      var active = document.activeElement;
      var focused = active === button || !active || active === document.body;
      storeHidden(!whenHidden);
      apply(!whenHidden);
      /* the clicked button is gone: the keyboard stays on the toggle, now the other button */
      if (focused) document.querySelector(".annotation-toggle-option:not([hidden]) .annotation-toggle").focus();
    });
    option.appendChild(button);
    return option;
  }

  /* Called as this script runs too, before Material mounts the header on DOMContentLoaded, so that
     its tooltips are the buttons' from the first page on. */
  function attachToggle() {
    if (document.querySelector(".annotation-toggle")) return;
    var header = document.querySelector(".md-header__inner");
    if (!header) return;
    var anchor = header.querySelector("label[for='__search']") || header.querySelector(".md-header__source");
    header.insertBefore(toggleOption(false), anchor);
    header.insertBefore(toggleOption(true), anchor);
  }

  /* The choice named in the address, where it is one of the options (anything else means "all"). */
  function readAddress(filter) {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      var control = filter.querySelector("select[name=" + name + "]");
      var wanted = params.get(name);
      var known = Array.prototype.some.call(control.options, function (option) { return option.value === wanted; });
      control.value = known ? wanted : "";
    });
  }

  /* The address follows the choice without a new history entry; other parameters and the fragment stay. */
  function writeAddress(filter) {
    var url = new URL(window.location.href);
    FILTERS.forEach(function (name) {
      var value = filter.querySelector("select[name=" + name + "]").value;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    });
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
  }

  function filterEntries(filter, entries, status) {
    var motivation = filter.querySelector("select[name=motivation]").value;
    var area = filter.querySelector("select[name=area]").value;
    var shown = 0;
    entries.forEach(function (entry) {
      var areas = (entry.getAttribute("data-areas") || "").split(" ");
      var visible = (!motivation || entry.getAttribute("data-motivation") === motivation) &&
        (!area || areas.indexOf(area) !== -1);
      entry.hidden = !visible;
      if (visible) shown += 1;
    });
    /* Headings of pages and sources with nothing left to show are hidden too. */
    document.querySelectorAll(".md-content article h2, .md-content article h3").forEach(function (heading) {
      var level = heading.tagName, node = heading.nextElementSibling, any = false;
      while (node && !(node.tagName === "H2" || (level === "H3" && node.tagName === "H3"))) {
        if (node.classList.contains("annotation-entry") && !node.hidden) any = true;
        node = node.nextElementSibling;
      }
      heading.hidden = !any;
      /* and so are their entries in the table of contents (the sidebar's and the drawer's) */
      document.querySelectorAll(".md-nav--secondary a.md-nav__link[href$='#" + heading.id + "']").forEach(function (link) {
        link.parentElement.hidden = !any;
      });
    });
    /* The number alone: the words around it are the build's (hooks/core/annotation_filter.py), and a
       status region is read whole (six of fourteen, in the build's words). */
    status.querySelector(".annotation-filter__shown").textContent = shown;
    filter.querySelector(".annotation-filter__reset").hidden = !motivation && !area;
    /* Paper shows no selects: it says the choice in words after the count (annotations.css). */
    var names = [];
    filter.querySelectorAll("select").forEach(function (select) {
      if (select.value) names.push(select.options[select.selectedIndex].text);
    });
    filter.querySelector(".annotation-filter__chosen").textContent = names.length ? " (" + names.join(", ") + ")" : "";
  }

  /* "Show all": both filters back to "all", the address without them; shown while a filter is set
     (a filter that matches nothing left only "0 of 14" otherwise). */
  function wireReset(filter, entries, status) {
    filter.querySelector(".annotation-filter__reset").addEventListener("click", function () {
      FILTERS.forEach(function (name) { filter.querySelector("select[name=" + name + "]").value = ""; });
      writeAddress(filter);
      filterEntries(filter, entries, status);
      filter.querySelector("select").focus(); /* the button is hidden now: the keyboard stays in the filter */
    });
  }

  /* The build writes the filter whole and hidden (hooks/core/annotation_filter.py): its options, in
     the order /policy-areas/ lists the areas, and its count. Its place is kept from the first paint
     while this script is coming (html.edition-js, annotations.css), so showing it moves nothing. */
  function attachFilter() {
    var filter = document.querySelector(".annotation-filter");
    if (!filter || filter.getAttribute("data-ready")) return;
    /* Marked first: the list of a filtered address waits for the mark (annotations.css), so an error
       below leaves the whole list shown, not none of it. Nothing is painted before the end of this. */
    filter.setAttribute("data-ready", "true");
    var entries = Array.prototype.slice.call(document.querySelectorAll(".annotation-entry"));
    var status = filter.querySelector(".annotation-filter__status");
    wireReset(filter, entries, status);
    filter.addEventListener("change", function () {
      writeAddress(filter);
      filterEntries(filter, entries, status);
    });
    readAddress(filter);
    filterEntries(filter, entries, status);
    filter.hidden = false;
  }

  function setUp() {
    attachToggle();
    apply(readHidden());
    attachFilter();
  }

  window.edition.annotationsHiddenClass = HIDDEN_CLASS; /* annotations-reveal.js reads it */
  /* An annotation icon's label ("Editorial note by Edition editors") above the icon on the window's last line. */
  window.edition.anchorTooltips("a.annotation-ref");
  attachToggle();
  apply(readHidden());
  window.edition.onEveryPage(setUp);
})();
