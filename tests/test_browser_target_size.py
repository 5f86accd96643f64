"""The paragraphs' ¶ and Cite are targets a pointer hits at 24 × 24 CSS px or more (WCAG 2.2, 2.5.8, by
their own size, not only by the spacing exception), at every width, with a mouse and on touch screens,
and larger for a finger where the margin has room; and neither covers its neighbour, a footnote number,
a term or any other link (in the Annex an attribution's Cite lay on the next paragraph's ¶), nor moves
anything shown.

A target is measured as the browser hits it: every CSS pixel around it is asked `elementFromPoint`,
which counts a pseudo-element's box as its element's and gives a pixel two targets share to the one
painted above. The largest square of pixels that hit the control is its size.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, next_frame, screenshot, set_viewport
from playwright.sync_api import CDPSession, Locator, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"  # footnote numbers and annotation icons by ¶
ANNEX = "migration-and-transnationalism/annex/"  # quoted paragraphs, one-line attributions close together
CHALLENGES = "migration-and-transnationalism/challenges/"  # a paragraph ending on a footnote number, then ¶
CONTROLS = "article p[id^='p'] :is(a.paragraph-link, a.paragraph-cite)"
LIFTED = re.compile(r"\bparagraph-actions--lifted\b")
MINIMUM = 24  # CSS px, WCAG 2.5.8
FINGER = 40  # CSS px: on a touch screen the targets in the margin and Cite after a line are this wide at least

DEVICES = {
    "desktop-1280": {"viewport": {"width": 1280, "height": 900}},
    "desktop-1220": {"viewport": {"width": 1220, "height": 900}},  # the narrowest with the navigation beside
    "desktop-800": {"viewport": {"width": 800, "height": 900}},  # the margin, without the navigation
    "window-390": {"viewport": {"width": 390, "height": 844}},  # a narrow window with a mouse
    "phone-390": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
    "tablet-800": {"viewport": {"width": 800, "height": 1000}, "has_touch": True, "is_mobile": True},
    "tablet-1280": {"viewport": {"width": 1280, "height": 900}, "has_touch": True, "is_mobile": True},
}

# For each control, scrolled to the middle of the window: the side of the largest square of points around it
# that hit it, its width at its middle height, and the points of its own box that hit something else.
HIT_AREAS = """([selector, reach]) => [...document.querySelectorAll(selector)].map((element) => {
  element.scrollIntoView({ block: "center", inline: "nearest" });
  const box = element.getBoundingClientRect();
  const left = Math.floor(box.left) - reach, top = Math.floor(box.top) - reach;
  const width = Math.ceil(box.width) + 2 * reach, height = Math.ceil(box.height) + 2 * reach;
  const hits = (x, y) => {
    const found = document.elementFromPoint(x, y);
    return found !== null && (found === element || element.contains(found));
  };
  let side = 0;
  let above = new Array(width + 1).fill(0);
  for (let y = 0; y < height; y++) {
    const row = new Array(width + 1).fill(0);
    for (let x = 1; x <= width; x++) {
      if (hits(left + x - 0.5, top + y + 0.5)) {
        row[x] = 1 + Math.min(row[x - 1], above[x], above[x - 1]);
        side = Math.max(side, row[x]);
      }
    }
    above = row;
  }
  const middle = box.top + box.height / 2;
  let across = 0;
  for (let x = left; x < left + width; x++) if (hits(x + 0.5, middle)) across++;
  const covered = [];
  for (let y = Math.ceil(box.top) + 1; y < box.bottom - 1; y += 2)
    for (let x = Math.ceil(box.left) + 1; x < box.right - 1; x += 2)
      if (!hits(x, y)) covered.push(document.elementFromPoint(x, y)?.outerHTML.slice(0, 80));
  return {
    name: `${element.closest("p").id} ${element.textContent.trim()}`,
    inMargin: getComputedStyle(element.closest(".paragraph-actions") || element).position === "absolute",
    cite: element.matches(".paragraph-cite"),
    side, across, covered: covered.slice(0, 1), inView: top >= 0 && top + height <= innerHeight,
  };
})"""

# Every other link in the article (a footnote number, an annotation's icon, a term, the words "Defines: …")
# still has its own ground: the middle of each of its boxes hits it, and one less than 24 px (which passes by
# the spacing exception) has no ¶ or Cite within the 24 px circle around that middle.
OTHER_LINKS = """([controls, minimum]) => [...document.querySelectorAll("article a[href]")]
  .filter((link) => !link.matches(controls))
  .flatMap((link) => {
    link.scrollIntoView({ block: "center", inline: "nearest" });
    return [...link.getClientRects()].filter((box) => box.width > 1 && box.height > 1).map((box) => {
      const name = `${link.closest("[id]")?.id} ${JSON.stringify(link.textContent.trim())}`;
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const found = document.elementFromPoint(x, y)?.closest(controls);
      if (found && !link.contains(found)) return `${name}: under ${found.textContent.trim()}`;
      if (box.width >= minimum && box.height >= minimum) return null;
      const radius = minimum / 2;
      for (let dy = -radius; dy <= radius; dy++)
        for (let dx = -radius; dx <= radius; dx++) {
          if (dx * dx + dy * dy > radius * radius) continue;
          const near = document.elementFromPoint(x + dx, y + dy)?.closest(controls);
          if (near) return `${name}: ${near.textContent.trim()} is ${Math.hypot(dx, dy).toFixed(1)} px from its middle`;
        }
      return null;
    });
  })
  .filter(Boolean)"""


# Where the words stand: every citable paragraph, ¶ and Cite, rounded to 0.1 px.
BOXES = """(controls) => [...document.querySelectorAll(`article p[id^='p'], ${controls}`)].map((element) => {
  const box = element.getBoundingClientRect();
  return [box.left, box.top + scrollY, box.width, box.height].map((n) => Math.round(n * 10) / 10);
})"""


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX, CHALLENGES])
@pytest.mark.parametrize("device", DEVICES)
def test_paragraph_targets_are_24_px_and_cover_no_neighbour(
    new_page: Callable[..., Page], served_site: SiteServer, device: str, path: str
) -> None:
    page = served_site.open(new_page(**DEVICES[device]), path)
    page.wait_for_function("() => document.querySelector('.paragraph-cite') && document.fonts.status === 'loaded'")
    next_frame(page)  # the frame after the fonts': citation-margin.js has measured the margin in the text's own font
    touch = "has_touch" in DEVICES[device]
    assert page.evaluate("matchMedia('(pointer: coarse)').matches") == touch
    areas = page.evaluate(HIT_AREAS, [CONTROLS, 32])
    assert len(areas) >= 10
    problems = [f"{area['name']}: out of view, not measured" for area in areas if not area["inView"]]
    problems += [
        f"{area['name']}: a {area['side']} px target, not {MINIMUM}" for area in areas if area["side"] < MINIMUM
    ]
    problems += [f"{area['name']}: under {area['covered'][0]}" for area in areas if area["covered"]]
    if touch:  # a finger's width where the margin or the line has room for it (after a line, not left of ¶)
        problems += [
            f"{area['name']}: {area['across']} px wide for a finger, not {FINGER}"
            for area in areas
            if area["across"] < FINGER and (area["inMargin"] or area["cite"])
        ]
    problems += page.evaluate(OTHER_LINKS, [CONTROLS, MINIMUM])
    overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
    if overflow > 0:
        problems.append(f"the page scrolls {overflow} px sideways")
    shown = page.evaluate(BOXES, CONTROLS)
    page.add_style_tag(content=":is(.paragraph-link, .paragraph-cite)::after { content: none !important; }")
    if (unlarged := page.evaluate(BOXES, CONTROLS)) != shown:
        problems.append(f"the hit areas move what is shown: {shown} without them {unlarged}")
    assert not problems, "\n".join(problems)
    page.evaluate("() => window.scrollTo(0, 0)")
    screenshot(page, f"target-size-{device}-{path.strip('/').replace('/', '-')}")


def box(locator: Locator) -> dict[str, float]:
    """The element's box in the window, which it has."""
    found = locator.bounding_box()
    assert found, f"{locator} has no box"
    return found


def test_the_annex_attribution_s_cite_stands_above_its_number_once_the_window_has_a_margin(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Its one line stands 16 px above the next quotation: under its ¶, its Cite lay on ¶ 3. After a phone's
    last line it follows ¶ 2 again."""
    page = served_site.open(new_page(viewport={"width": 390, "height": 844}), ANNEX)
    actions = page.locator("#p2 > .paragraph-actions")
    expect(actions).not_to_have_class(LIFTED)
    set_viewport(page, 1280, 900)
    expect(actions).to_have_class(LIFTED)
    cite, number, next_number = (
        page.locator(selector) for selector in ["#p2 .paragraph-cite", "#p2 .paragraph-link", "#p3 .paragraph-link"]
    )
    assert box(cite)["y"] + box(cite)["height"] <= box(number)["y"] < box(next_number)["y"]
    set_viewport(page, 390, 844)
    expect(actions).not_to_have_class(LIFTED)
    assert box(cite)["x"] > box(number)["x"]  # after it on the line


# The Annex's four quotations, each a definition and its one-line attribution, appended `copies` times with
# fresh ids (and no class lifted), every other one with three attributions in a row, where a Cite lifted
# leaves the next one no room: a page of some 300 paragraphs, some 30 Cites to lift.
LONG_ANNEX = """(copies) => {
  const article = document.querySelector(".md-content article");
  const quotes = [...article.querySelectorAll(":scope > blockquote")];
  let number = 100;
  for (let copy = 0; copy < copies; copy++)
    for (const quote of quotes) {
      const clone = quote.cloneNode(true);
      const attribution = clone.querySelector("p.attribution");
      if (copy % 2 && attribution) attribution.after(attribution.cloneNode(true), attribution.cloneNode(true));
      clone.querySelectorAll("[id]").forEach((element) => { element.id = element.id.startsWith("p") ? `p${number++}` : ""; });
      clone.querySelectorAll(".paragraph-actions--lifted").forEach((element) => element.className = "paragraph-actions");
      article.appendChild(clone);
    }
  return article.querySelectorAll("p[id^='p'] > .paragraph-actions").length;
}"""
LIFTED_IDS = (
    "() => [...document.querySelectorAll('.paragraph-actions--lifted')].map((element) => element.parentElement.id)"
)
# citation-margin.js's `liftCrowded` as it was, reading each box after lifting the one above (a layout each): what
# the margin must still come to.
LIFT_AS_BEFORE = """() => {
  const TARGET = 24, LIFTED = "paragraph-actions--lifted";
  const reach = (actions, lifted) => {
    const link = actions.querySelector(".paragraph-link").getBoundingClientRect();
    return lifted ? { top: link.top - 2 * TARGET, bottom: link.top + TARGET }
      : { top: link.bottom - TARGET, bottom: link.bottom + TARGET };
  };
  const margins = [...document.querySelectorAll(".md-content p[id^='p'] > .paragraph-actions")].filter((actions) => {
    actions.classList.remove(LIFTED);
    return getComputedStyle(actions).position === "absolute";
  });
  let above = -Infinity;
  margins.forEach((actions, index) => {
    const next = margins[index + 1];
    const lifted = reach(actions, true);
    const crowded = next && reach(actions, false).bottom > reach(next, false).top;
    if (crowded && lifted.top >= above) actions.classList.add(LIFTED);
    above = reach(actions, actions.classList.contains(LIFTED)).bottom;
  });
}"""
MOST_LAYOUTS = 15  # a resize's own (the page, Material's sidebars), not one per box lifted


def layout_count(cdp: CDPSession) -> float:
    """How many times Chromium has laid the page out so far (its Performance domain's LayoutCount)."""
    return {metric["name"]: metric["value"] for metric in cdp.send("Performance.getMetrics")["metrics"]}["LayoutCount"]


def test_a_long_page_s_margin_is_measured_at_once_and_lifts_the_same_cites(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """citation-margin.js measured each box after lifting the one above, so the browser laid a page out again for
    each Cite it lifted, on every resize: on a page of 300 paragraphs, some 30 layouts where a few do."""
    page = served_site.open(new_page(), ANNEX)
    page.wait_for_function("() => document.querySelector('.paragraph-cite') && document.fonts.status === 'loaded'")
    assert page.evaluate(LONG_ANNEX, 30) > 300
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    problems = []
    for width, lifts in ((800, True), (390, False), (1280, True)):
        before = layout_count(cdp)
        set_viewport(page, width, 900)
        next_frame(page)  # the article's ResizeObserver has run, once the layout it reports
        layouts = layout_count(cdp) - before
        lifted = page.evaluate(LIFTED_IDS)
        page.evaluate(LIFT_AS_BEFORE)
        if lifted != (as_before := page.evaluate(LIFTED_IDS)):
            problems.append(f"at {width} px lifted {lifted}, not {as_before}")
        if bool(lifted) != lifts or (lifts and len(lifted) < 30):
            problems.append(f"at {width} px {len(lifted)} lifted: the page does not test what it should")
        if layouts > MOST_LAYOUTS:
            problems.append(
                f"at {width} px the resize laid the page out {layouts:.0f} times, not {MOST_LAYOUTS} at most"
            )
    cdp.detach()
    assert not problems, "\n".join(problems)
