"""What the raw links' tests share: a page, the site's files and ids around it, and the lines its links get."""

from __future__ import annotations

from hooks.core.page_links import link_levels
from hooks.core.raw_links import RawLink, RawLinkSite, check_raw_links

PAGE = "about/reading-guide.md"
FILES = {
    PAGE,
    "index.md",
    "about/citing.md",
    "about/stable-links.md",
    "about/glossary-terms.md",
    "glossary.md",
    "migration-and-transnationalism/index.md",
    "migration-and-transnationalism/chances.md",
    "policy-areas/remittances.md",
    "assets/edition.css",
}
PRESENT = {
    PAGE: {"reading-guide", "texts", "marks"},
    "about/citing.md": {"citing", "formats", "zotero"},
    "about/stable-links.md": {"stable-links", "id-gone"},
    "glossary.md": {"glossary", "diaspora"},
    "migration-and-transnationalism/chances.md": {"p3"},
    "policy-areas/remittances.md": None,  # a page the hooks generate whose ids are not known without the build
}
MOVES = {"migration-and-transnationalism/opportunities.md": "migration-and-transnationalism/chances.md"}
REDIRECTS = {"/about/citing/#id-gone": "/about/stable-links/#id-gone"}
WARN = link_levels({"absolute_links": "warn", "unrecognized_links": "warn", "anchors": "warn"})
FAILS = "(the strict build fails)"


def hrefs(*urls: str) -> list[RawLink]:
    """The links, each an `<a href>`."""
    return [RawLink(url, "href") for url in urls]


def lines(*urls: str, levels: dict[str, str] = WARN, published: frozenset[str] = frozenset()) -> list[str]:
    """The lines the page's `<a href>`s get on this site, at `levels`."""
    site = RawLinkSite(FILES, MOVES, levels, PRESENT, REDIRECTS, published)
    return [str(problem) for problem in check_raw_links(PAGE, hrefs(*urls), site)]
