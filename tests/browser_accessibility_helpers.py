"""What the browser tests measure of accessibility, in Chromium: the name, description and links a screen reader
is given (Chromium's own accessibility tree, by CDP), where Tab takes the focus and whether a dialog keeps it, and
the contrast of a colour with what is painted behind it."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from playwright.sync_api import Page, expect


def focused_element(page: Page) -> str:
    """A short description of the focused element (`tag#id.class "text"`), for assertions and messages."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          if (!el || el === document.body) return "body";
          const id = el.id ? "#" + el.id : "";
          const cls = el.classList.length ? "." + [...el.classList].join(".") : "";
          return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent || "").trim().slice(0, 40)}"`;
        }"""
    )


def chromium_name_and_description(page: Page, selector: str) -> tuple[str, str]:
    """The accessible name and description Chromium gives screen readers for `selector` (its own tree, by CDP:
    it differs from Playwright's computation, which leaves out CSS such as text-transform)."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})["nodes"][0]
    cdp.detach()
    return ax.get("name", {}).get("value", ""), ax.get("description", {}).get("value", "")


def chromium_spoken_symbols(page: Page, selector: str, glyph: str = "¶") -> list[str]:
    """What Chromium gives screen readers under `selector` that holds the symbol `glyph`, as `role: name`: the
    symbol read by its own name (`¶` "pilcrow", `›` "single right-pointing angle quotation mark"), not in words.

    The text inside a link named otherwise is left out (the link is read by its name), and so is what is hidden
    from them (`aria-hidden`: ignored in Chromium's tree).
    """
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    backend = cdp.send("DOM.describeNode", {"nodeId": node})["node"]["backendNodeId"]
    nodes = {ax["nodeId"]: ax for ax in cdp.send("Accessibility.getFullAXTree")["nodes"]}
    cdp.detach()
    spoken: list[str] = []
    pending = [(ax, False) for ax in nodes.values() if ax.get("backendDOMNodeId") == backend]
    while pending:
        ax, in_named_link = pending.pop()
        role, name = ax.get("role", {}).get("value", ""), ax.get("name", {}).get("value", "")
        if not ax.get("ignored") and glyph in name and not in_named_link:
            spoken.append(f"{role}: {name}")
        in_named_link = in_named_link or (role == "link" and not ax.get("ignored"))
        pending += [(nodes[child], in_named_link) for child in ax.get("childIds", []) if child in nodes]
    return spoken


def chromium_link_names(page: Page, selector: str) -> list[tuple[str, str]]:
    """(name, address) of each link under `selector` that Chromium gives screen readers, in page order: a links list.

    The name is Chromium's own (its tree, by CDP), the address the link's `href` made absolute; a link hidden from
    screen readers (`aria-hidden`, `hidden`) is left out, as a links list leaves it out.
    """
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    scope = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    links = cdp.send("DOM.querySelectorAll", {"nodeId": scope, "selector": "a[href]"})["nodeIds"]
    nodes = {ax.get("backendDOMNodeId"): ax for ax in cdp.send("Accessibility.getFullAXTree")["nodes"]}
    named = []
    for node in links:
        described = cdp.send("DOM.describeNode", {"nodeId": node})["node"]
        attributes = dict(zip(described["attributes"][::2], described["attributes"][1::2], strict=True))
        ax = nodes.get(described["backendNodeId"])
        if ax is not None and not ax.get("ignored"):
            named.append((ax.get("name", {}).get("value", ""), urljoin(page.url, attributes["href"])))
    cdp.detach()
    return named


def tab_to(page: Page, selector: str, *, limit: int = 200, backwards: bool = False) -> int:
    """Press Tab until `selector` has focus; return how many presses it took (fails past `limit`)."""
    key = "Shift+Tab" if backwards else "Tab"
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} never received focus in {limit} presses of {key}; last: {focused_element(page)}")


# Each matching element's colour (`property` of its computed style) against what is painted behind it:
# every CSS colour (`color(srgb …)`, a `color-mix()` result, a translucent one) is resolved by painting
# it on a 1×1 canvas, the backgrounds of the element and its ancestors composited from the root down
# over white (the browser's canvas), then the colour itself over them. axe leaves such backgrounds
# out ("incomplete"), which is how tinted annotation headers failed unnoticed.
CONTRAST = """([selector, property]) => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  const paint = (css) => { context.fillStyle = "#000"; context.fillStyle = css; context.fillRect(0, 0, 1, 1); };
  const read = () => Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return [...document.querySelectorAll(selector)].map((element) => {
    const backgrounds = [];
    for (let node = element; node; node = node.parentElement) backgrounds.unshift(getComputedStyle(node).backgroundColor);
    context.clearRect(0, 0, 1, 1);
    ["#fff", ...backgrounds].forEach(paint);
    const behind = read();
    paint(getComputedStyle(element)[property]);
    const front = read();
    const [light, dark] = [luminance(front), luminance(behind)].sort((a, b) => b - a);
    const where = element.closest("[id]");
    return [`${where ? "#" + where.id : ""} ${(element.textContent || "").trim().slice(0, 30)}`, (light + 0.05) / (dark + 0.05), behind];
  });
}"""


def contrast_ratios(page: Page, selector: str, property: str = "color") -> list[tuple[str, float]]:
    """(where, WCAG contrast ratio) of each element matching `selector`: its `property` colour on its background."""
    return [(where, ratio) for where, ratio, _ in page.evaluate(CONTRAST, [selector, property])]


def painted_backgrounds(page: Page, selector: str) -> list[tuple[int, int, int]]:
    """The sRGB colour painted behind the words of each element matching `selector` (its backgrounds and its ancestors')."""
    return [tuple(behind) for _, _, behind in page.evaluate(CONTRAST, [selector, "color"])]


def assert_dialog_keeps_focus(page: Page, opener: str, dialog: str, *, presses: int = 12) -> None:
    """Open `dialog` with Enter on `opener`; Tab and Shift+Tab stay inside; Escape closes it and refocuses the opener."""
    page.locator(opener).focus()
    page.keyboard.press("Enter")
    expect(page.locator(dialog)).to_be_visible()
    inside = f"document.activeElement && document.activeElement.closest({dialog!r}) !== null"
    for key in ["Tab"] * presses + ["Shift+Tab"] * presses:
        page.keyboard.press(key)
        assert page.evaluate(inside), f"{key} left the dialog: focus on {focused_element(page)}"
    page.keyboard.press("Escape")
    expect(page.locator(dialog)).to_be_hidden()
    try:  # a dialog may give the focus back on its "close" event, a task after it is hidden
        expect(page.locator(opener)).to_be_focused()
    except AssertionError:
        raise AssertionError(f"focus went to {focused_element(page)}") from None


def heard(name: str) -> re.Pattern[str]:
    """A name as a screen reader speaks it, any run of spaces one space. Chromium puts a space around a visually
    hidden word, as around any block (it is positioned), and folds it into the spaces beside it, not into a no-break
    space: a passage link's hidden *paragraph* was followed by that space and the ¶'s no-break space, now hidden with
    the ¶ (`test_a_definition_s_passage_link_is_named_with_single_spaces` checks that name as it is). A hidden comma
    hugs its word (`.visually-hidden--inline`, edition.css)."""
    return re.compile("^" + re.escape(name).replace(r"\ ", r"\s+") + "$")
