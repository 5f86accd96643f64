// Keyboard fixes found by the quality gates (tests/test_browser_keyboard.py).
//
// Skip link: with navigation.instant, following "Skip to content" made Material reload the page
// body through instant navigation (it handles the fragment change itself), which threw keyboard
// focus back to the top of the page: the next Tab went into the header again. Handle the skip
// link here instead: move focus to its target (and so scroll to it) without changing the address.
// One listener in the capture phase, installed once, works across instant page changes.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.md-skip") : null;
  const target = link && document.getElementById(window.edition.fragmentId(new URL(link.href).hash));
  if (!target) return;
  event.preventDefault();
  event.stopPropagation();
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus();
}, true);

// Search: Material makes its results' scroll area a Tab stop (tabindex="0"). On a wide screen the
// area collapses as soon as focus leaves the search field, so Tab lands on nothing visible, with
// or without results (0 px high). The results are reached with the arrow keys from the field
// (Material's keyboard model), so the area is taken out of the Tab order.
window.edition.onEveryPage(() => {
  document.querySelectorAll(".md-search__scrollwrap[tabindex='0']").forEach((area) => {
    area.setAttribute("tabindex", "-1");
  });
});

// Search results: a result leads to its section, but a source's page without sections opened at
// its top, the words found (Material's search.highlight marks them) perhaps screens below: on a
// phone the reader had to scroll in search of them. A page opened from a result (`?h=` and no
// `#id`, which the browser scrolls to itself) now shows the first word found that is shown, once
// Material has marked it (when the search index has loaded), unless the reader has scrolled
// meanwhile. Material marks what takes room, some of it unseen: words said to a screen reader alone
// (a paragraph's Cite button, shown only when pointed at on a screen with a mouse, has its word
// where Material marks nothing: citation.js). A result for the page already shown
// (edition.onSamePage) does the same, edition.js having unmarked the earlier search's words. On a phone
// Material locks the page under the open search (`data-md-scrolllock`) and unlocks it 100 ms after the
// search closes: a page shown sooner could not be scrolled, and stayed at its top. The unlock is waited for.
let watchingForWords = null;
// Whether an element takes room and is neither see-through nor hidden: checkVisibility's options, which
// Safari has only since 17.4 (2024); before it, the same read from the styles (opacity is not inherited).
const seen = (element) => {
  if (typeof element.checkVisibility === "function") {
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  if (!element.getClientRects().length || getComputedStyle(element).visibility !== "visible") return false;
  for (let node = element; node; node = node.parentElement) if (getComputedStyle(node).opacity === "0") return false;
  return true;
};
const showWordsFound = () => {
  watchingForWords?.disconnect();
  watchingForWords = null;
  const address = new URL(location.href);
  const article = document.querySelector(".md-content article"); // not a search result's <article>
  if (!address.searchParams.get("h") || address.hash || !article) return;
  const header = document.querySelector(".md-header");
  const shown = (mark) => !mark.closest(".visually-hidden") && seen(mark);
  const showFirstWord = () => {
    if (document.body.hasAttribute("data-md-scrolllock")) return false; // Material's unlocking is waited for
    const mark = [...article.querySelectorAll("mark[data-md-highlight]")].find(shown);
    if (!mark) return false;
    const box = mark.getBoundingClientRect();
    const top = header ? header.getBoundingClientRect().bottom : 0;
    const inView = box.top >= top && box.bottom <= window.innerHeight;
    if (window.scrollY === 0 && !inView) mark.scrollIntoView({ block: "center" });
    return true;
  };
  if (showFirstWord()) return;
  const observer = new MutationObserver(() => {
    if (showFirstWord()) observer.disconnect();
  });
  observer.observe(article, { childList: true, subtree: true });
  observer.observe(document.body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
  watchingForWords = observer;
};
window.edition.onEveryPage(showWordsFound);
window.edition.onSamePage(() => {
  // A new address without a fragment (no state kept yet: edition.js's) opens at its top, as Material
  // opens a new page; Material's own scroll restoration does so only for the first address after a page.
  // Back and Forward leave the page where it is, as Material does: going back is also how it undoes a
  // repeated click (the link to the page shown), whose scroll to the top restoring the offset undid.
  if (!location.hash && history.state === null) window.scrollTo(0, 0);
  showWordsFound();
});

// Tooltips (a glossary term's definition, a footnote's text): Material shows one while its link
// has focus or the pointer, and Escape did not hide it, so it covered the lines below until focus
// moved on (WCAG 1.4.13: content on hover or focus must be dismissible). Escape now hides the
// tooltips shown; the next focus or hover shows them again.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".md-tooltip2--active").forEach((tip) => tip.classList.remove("md-tooltip2--active"));
});

// Header buttons: Material writes the menu that opens the navigation drawer (below its 76.25em
// breakpoint) and the search (below 60em, as on a phone or a desktop zoomed to 200 %) as a
// <label for="__drawer"> / <label for="__search"> of a hidden checkbox. Tab never reached them, and
// a label is no button to a screen reader: it may take neither a role nor aria-expanded (WCAG
// 4.1.2). Each gets a real button in its place, with the label's classes and icon (accessibility.css
// shows it where Material shows the label); the label stays, hidden, and without JavaScript it is
// the mouse's control as before. The header outlives instant page changes: this runs once, before
// Material mounts the header's tooltips.
(() => {
  // The button clicks the label, so Material reacts as to a click of its own (the search puts the
  // cursor in its field). The checkbox's change event, which Material's own toggling fires too (a
  // click on the overlay, a page change), keeps aria-expanded. Named by aria-label: Material's
  // tooltip shows the title and takes it away meanwhile. aria-controls names the drawer or the
  // search by an id of the theme's form (`__…`), which no heading may take (hooks/core/heading_ids.py).
  function headerButton(toggleId, panelId, name) {
    const toggle = document.getElementById(toggleId);
    const label = document.querySelector(`.md-header label.md-header__button[for='${toggleId}']`);
    if (!toggle || !label) return null;
    const button = window.edition.element("button", {
      type: "button",
      class: label.className,
      "aria-label": name,
      title: name,
      "aria-controls": panelId,
      "aria-expanded": String(toggle.checked),
    });
    button.append(...[...label.children].map((icon) => icon.cloneNode(true)));
    button.addEventListener("click", () => label.click());
    toggle.addEventListener("change", () => button.setAttribute("aria-expanded", String(toggle.checked)));
    label.before(button);
    label.hidden = true;
    return { button, toggle };
  }

  // Open, the drawer covers the menu button and the text beside it (where the menu button is shown):
  // focus moves into it (onto its navigation, named, whose first links may lie under the open
  // section's panel), Escape closes it and gives focus back to the menu button, and everything
  // behind it is inert, so that Tab goes round the drawer alone (it went on into the text behind,
  // out of sight: WCAG 2.4.11); Material's checkboxes and its overlay (a click beside the drawer
  // closes it) are left as they are. All undone when the drawer closes, however it closes, or when
  // the window grows wide enough to show the navigation beside the text. Instant navigation
  // replaces the drawer and what is around it: set up again on every page.
  function makeDrawerModal({ button, toggle }) {
    let behind = [];
    const sidebar = () => document.querySelector(".md-sidebar--primary");
    const sync = () => {
      behind.forEach((element) => { element.inert = false; });
      behind = [];
      const drawer = sidebar();
      if (!toggle.checked || !drawer || drawer.hidden || !button.getClientRects().length) return;
      for (let node = drawer; node.parentElement && node !== document.body; node = node.parentElement) {
        for (const sibling of node.parentElement.children) {
          if (sibling === node || sibling.inert || sibling.matches(".md-toggle, .md-overlay")) continue;
          sibling.inert = true;
          behind.push(sibling);
        }
      }
    };
    toggle.addEventListener("change", () => {
      sync();
      const drawer = sidebar();
      const navigation = drawer?.querySelector(".md-nav--primary");
      if (behind.length && navigation) {
        navigation.tabIndex = -1; // a landing place for focus, out of the Tab order
        navigation.addEventListener("blur", () => navigation.removeAttribute("tabindex"), { once: true });
        navigation.focus({ preventScroll: true });
      } else if (drawer?.contains(document.activeElement)) {
        button.focus();
      }
    });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !behind.length) return;
      toggle.click(); // as Material closes it (setToggle): a click fires the change event
      button.focus();
    });
    window.addEventListener("resize", sync);
    window.edition.onEveryPage(() => {
      sidebar()?.setAttribute("id", "__drawer_panel");
      sync();
    });
  }

  // Escape closes the search (Material, in its own listener, after this one) and left the focus on
  // the page itself, back at its start. Where the search button is shown, it gets the focus back.
  function returnFocusFromSearch({ button, toggle }) {
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !toggle.checked || !button.getClientRects().length) return;
      setTimeout(() => {
        if (!toggle.checked) button.focus();
      });
    });
  }

  // Where the search button is shown, the field it opens is hidden behind it and was still the next Tab
  // stop: focusing it opened the search over the page (Material opens it on the field's focus), and the
  // next Tab closed it again. While the button is shown and the search closed, the field is no Tab stop;
  // the button (and Material's shortcut) still put the cursor in it. Wider, the field is the header's own.
  function keepFieldBehindButton({ button, toggle }) {
    const field = document.querySelector(".md-search__input");
    if (!field) return;
    const sync = () => {
      if (!toggle.checked && button.getClientRects().length) field.tabIndex = -1;
      else field.removeAttribute("tabindex");
    };
    toggle.addEventListener("change", sync);
    window.addEventListener("resize", sync);
    sync();
  }

  const nameOf = (selector, fallback) => document.querySelector(selector)?.getAttribute("aria-label") || fallback;
  const drawer = headerButton("__drawer", "__drawer_panel", nameOf(".md-nav--primary", "Navigation"));
  const searchName = nameOf(".md-search__input", "Search");
  const search = headerButton("__search", "__search_panel", searchName);
  if (drawer) makeDrawerModal(drawer);
  // The search dialog, named as its field is (Material gives it no name: axe's aria-dialog-name).
  const dialog = document.querySelector(".md-header .md-search[role=dialog]");
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", searchName);
  if (search && dialog) {
    dialog.id = "__search_panel";
    returnFocusFromSearch(search);
    keepFieldBehindButton(search);
  }
})();

// Palette toggle: Material (9.8.1, components/palette) shows the icon of the current palette, the
// label after that palette's radio input, but never marks the input checked on load; only a click
// does. With no radio of the group checked, Tab takes the first one: after a reload in dark mode,
// "Switch to dark mode", whose icon is hidden, so no focus ring, a wrong name, and a switch to
// light. Material's own bug, worked around here: the input whose label Material shows is checked
// (setting `checked` fires no change event, so Material's palette is left as it is).
window.edition.onEveryPage(() => {
  document.querySelectorAll("form[data-md-component=palette] input.md-option").forEach((input) => {
    const label = input.nextElementSibling;
    if (label instanceof HTMLLabelElement && !label.hidden) input.checked = true;
  });
});

// "Back to top": Material hides it (`hidden`, transparent) until the reader scrolls up, and takes it out of
// the Tab order only once the page has scrolled twice. On a page that fits the window Tab stopped on it,
// unseen, after the text. Hidden as the page opens, it is out of the Tab order as Material puts it once
// hidden; Material gives the Tab stop back when it shows the button.
window.edition.onEveryPage(() => {
  const top = document.querySelector(".md-top[hidden]:not([tabindex])");
  if (top) top.tabIndex = -1;
});
