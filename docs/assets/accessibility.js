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

// Tooltips (a glossary term's definition, a footnote's text): Material shows one while its link
// has focus or the pointer, and Escape did not hide it, so it covered the lines below until focus
// moved on (WCAG 1.4.13: content on hover or focus must be dismissible). Escape now hides the
// tooltips shown; the next focus or hover shows them again.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".md-tooltip2--active").forEach((tip) => tip.classList.remove("md-tooltip2--active"));
});

// Header buttons that Material writes as a <label for="…"> Tab never reaches: the menu that opens
// the navigation drawer (below Material's 76.25em breakpoint; keyboard users met the drawer's links
// instead, out of sight, which accessibility.css now hides while the drawer is closed) and the
// search (below 60em, as on a phone or a desktop zoomed to 200 %: only the S and / keys opened it).
// Each becomes a Tab stop (on a wide screen Material hides it, so it is no stop there), named by a
// title as Material names the palette toggle (a label may not take an aria-label: axe's
// aria-prohibited-attr); the title is set before Material mounts its tooltips, which show it.
// Enter opens it through Material, which clicks a focused label; Space, as on a button, here. The
// header outlives instant page changes, so this runs once.
(() => {
  const navigation = document.querySelector(".md-nav--primary[aria-label]");
  const buttons = {
    __drawer: navigation ? navigation.getAttribute("aria-label") : "Navigation",
    __search: "Search",
  };
  Object.entries(buttons).forEach(([toggle, name]) => {
    const button = document.querySelector(`label.md-header__button[for='${toggle}']`);
    if (!button) return;
    button.setAttribute("tabindex", "0");
    button.setAttribute("title", name);
    button.addEventListener("keydown", (event) => {
      if (event.key !== " ") return;
      event.preventDefault();
      button.click();
    });
  });
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
