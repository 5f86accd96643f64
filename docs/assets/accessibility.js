// Keyboard fixes found by the quality gates (tests/test_browser_keyboard.py).
//
// Skip link: with navigation.instant, Material intercepts in-page links and moves the scroll
// position itself, which left keyboard focus at the top of the page, so the next Tab went back
// into the header. Keep the skip link away from Material's click handler (on document.body) and
// let the browser follow the fragment natively: it moves the focus starting point to the target.
// One listener in the capture phase, installed once, works across instant page changes.
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("a.md-skip")) {
    event.stopPropagation();
  }
}, true);
