"""What a browser test waits for before it reads the page (imported from `browser.py`, as the tests import it).

Read what an action changes only once it has happened (CI's machine is loaded): `expect(...)` retries;
`instant_navigation`, `set_viewport`, `wait_until_still` and `wait_for_transitions` wait for the page
state a test reads next. A pause (`wait_for_timeout`) is only for proving that nothing happens. Material
closes the search and the drawer 125 ms after each address it follows: `SiteServer.open` and
`instant_navigation` wait for that, and `wait_for_navigation_closes` after another address of the page shown
(a search result for it), before a test opens either.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from playwright.sync_api import Locator, Page, expect

# How long a wait lasts: each page's default (browser.py's `new_page`) and `wait_until_still`'s.
TIMEOUT_MS = 10_000


def wait_for_material(page: Page) -> None:
    """Wait for Material's bundle to have mounted its components on the current document, and to have closed the
    search and the drawer after the fragment it followed (`#p3`) or instant navigation's address."""
    page.wait_for_function("() => typeof window.document$ !== 'undefined' && document.body.dataset.mdColorScheme")
    page.evaluate(WATCH_CLOSES)
    wait_for_navigation_closes(page)


# Material closes the search and the drawer 125 ms after each address and each fragment it follows, open or not
# (bundle.ts: `merge(location$, target$).pipe(delay(125))`). Opened in between (instant navigation may show the
# new page sooner; a loaded machine runs the close late), the search closed under the test: its results hidden,
# "not visible". Each address and fragment is followed here by a timer as long, set after Material's (whose
# subscription is older), which the browser runs after it: once all have run, no close of Material's is pending.
WATCH_CLOSES = """() => {
  if (window.__closesDue !== undefined || !window.location$ || !window.target$) return;
  window.__closesDue = 0;
  window.__closesDone = 0;
  const follow = () => {
    window.__closesDue += 1;
    setTimeout(() => { window.__closesDone += 1; }, 125);
  };
  window.location$.subscribe(follow);
  window.target$.subscribe(follow);  // it tells its subscribers the last fragment at once (shareReplay)
}"""


def wait_for_navigation_closes(page: Page) -> None:
    """Wait until Material has closed the search and the drawer after each address and fragment it followed since
    the page was opened (`SiteServer.open`, `instant_navigation`), before a test opens either."""
    page.wait_for_function("() => window.__closesDone === window.__closesDue")


# Counts the pages Material's document$ has announced (once subscribed, after the edition's scripts: an
# RxJS subject tells its subscribers in order) and marks the article shown now, which the next page replaces:
# the page's, not the first of the search's results (each an <article> too, in the header, which stays).
WATCH_PAGES = """() => {
  if (window.__pagesShown === undefined) {
    window.__pagesShown = 0;
    window.document$.subscribe(() => { window.__pagesShown += 1; });
  }
  document.querySelector(".md-content article")?.setAttribute("data-test-page-left", "");
  return window.__pagesShown;
}"""
NEW_PAGE_SHOWN = """(shown) => window.__pagesShown === undefined
  || (window.__pagesShown > shown && !document.querySelector(".md-content article[data-test-page-left]"))"""


@contextlib.contextmanager
def instant_navigation(page: Page) -> Iterator[None]:
    """Around a click (or `go_back`) that Material's instant navigation handles: wait for the new page itself.

    The address changes before Material swaps the article, and the edition's scripts set the new one up
    only when document$ tells of it: a test that reads the page once the URL has changed may read the
    page it left (its `#p4`, its Cite buttons). A full load instead (a bug) is waited for too, and left to
    the test's own `window.__sameDocument` assertion to report. The new page may be shown before Material
    closes the search after its address: that close is waited for too (`wait_for_material`).
    """
    page.evaluate(WATCH_CLOSES)
    shown = page.evaluate(WATCH_PAGES)
    yield
    page.wait_for_function(NEW_PAGE_SHOWN, arg=shown)
    wait_for_material(page)


def next_frame(page: Page) -> None:
    """Wait for the browser's next rendering update, in which it runs the resize, scroll and media-query
    listeners (`matchMedia(...).onchange`) of what changed before it, ahead of animation-frame callbacks."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")


def set_viewport(page: Page, width: int, height: int) -> None:
    """Resize the window and wait until the page's listeners have seen it: `set_viewport_size` returns with
    the new layout, but a script's resize or media-query listener (citation-margin.js moving ¶ and Cite at the
    phone's width) runs only in the next rendering update."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_function("([width, height]) => innerWidth === width && innerHeight === height", arg=[width, height])
    next_frame(page)


# Resolves once the element's box and opacity (its own and its parents') are the same on 3 animation frames
# running, as Playwright's own "stable" check for actions (2 frames); fails after `timeout` ms.
STILL = """(element, timeout) => new Promise((resolve, reject) => {
  const started = performance.now();
  let last = null, same = 0;
  const look = () => {
    const box = element.getBoundingClientRect();
    const opacities = [];
    for (let node = element; node instanceof Element; node = node.parentElement) opacities.push(getComputedStyle(node).opacity);
    return JSON.stringify([box.x, box.y, box.width, box.height, opacities]);
  };
  const sample = () => {
    const now = look();
    same = now === last ? same + 1 : 0;
    last = now;
    if (same >= 2) return resolve(JSON.parse(now));
    if (performance.now() - started > timeout) return reject(new Error(`still moving after ${timeout} ms: ${now}`));
    requestAnimationFrame(sample);
  };
  sample();
})"""


def wait_until_still(locator: Locator) -> None:
    """Wait until what `locator` matches stands still: Material places a tooltip over the next frames after
    showing it, and fades it in; a box measured or a picture taken before then is of a passing state."""
    expect(locator).to_be_visible()
    locator.evaluate(STILL, TIMEOUT_MS)


def wait_for_transitions(page: Page) -> None:
    """Wait until no finite CSS transition or animation runs on the page (the drawer's slide, a fade): a
    check of colours, contrast or boxes made meanwhile reads a state between two."""
    page.wait_for_function(
        """() => document.getAnimations().every((animation) => animation.playState !== "running"
             || animation.effect?.getComputedTiming().endTime === Infinity)"""
    )
