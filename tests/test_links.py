"""Links gate: every internal link and `#fragment` in the built site resolves.

Checked over the parsed HTML of every page (not only what MkDocs validates in Markdown: also
theme links, generated pages, links written by hooks), plus every location in the search index and
the sitemap. External links are out of scope (no network); links to `site_url` count as internal.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from conftest import edit, parse, run_build
from quality_tools import html_pages, page_url_path

LINK_ATTRIBUTES = {"a": "href", "area": "href", "link": "href", "script": "src", "img": "src", "source": "src"}
IGNORED_SCHEMES = ("mailto:", "tel:", "data:")
# What a browser fetches while it shows a page (links to read later, such as rel=canonical, are not).
RESOURCE_ATTRIBUTES = {"script": "src", "img": "src", "source": "src", "iframe": "src", "audio": "src", "video": "src"}
FETCHED_LINK_RELS = {
    "stylesheet",
    "preconnect",
    "dns-prefetch",
    "preload",
    "prefetch",
    "modulepreload",
    "icon",
    "manifest",
}


class BuiltSite:
    """A built site's files and element ids, read once."""

    def __init__(self, root: Path) -> None:
        """Index the site rooted at `root`; its address is the home page's canonical link (site_url)."""
        self.root = root
        self.url = parse(root / "index.html").find("link", rel="canonical")["href"]

    @cache  # noqa: B019 - one instance per test session
    def ids(self, relative: str) -> frozenset[str]:
        """The ids (and legacy `a[name]`s) of a built HTML file."""
        soup = parse(self.root / relative)
        return frozenset(el["id"] for el in soup.find_all(id=True)) | {
            a["name"] for a in soup.find_all("a", attrs={"name": True})
        }

    def check(self, source: str, url: str) -> str | None:
        """Why `url` (absolute, on the site's origin) does not resolve, or None when it does."""
        address, fragment = urldefrag(url)
        path = unquote(urlsplit(address).path)[len(urlsplit(self.url).path) :]
        target = f"{path}index.html" if path == "" or path.endswith("/") else path
        if not (self.root / target).is_file():
            return f"{source}: {url}: no file {target} in the site"
        if fragment and target.endswith(".html") and unquote(fragment) not in self.ids(target):
            return f"{source}: {url}: no id '{unquote(fragment)}' in {target}"
        return None


def internal_links(built: BuiltSite, page: Path) -> list[str]:
    """Every link of a page that points into the site, made absolute against the site's address."""
    base = built.url + page_url_path(page)
    links = []
    for tag, attribute in LINK_ATTRIBUTES.items():
        for element in parse(built.root / page).find_all(tag, attrs={attribute: True}):
            value = element[attribute].strip()
            if value.startswith(IGNORED_SCHEMES):
                continue
            absolute = urljoin(base, value)
            if absolute.startswith(built.url) and value != "#":
                links.append(absolute)
    return links


def foreign_resources(built: BuiltSite, page: Path) -> list[str]:
    """The addresses a browser would fetch from another host while showing `page`."""
    soup = parse(built.root / page)
    elements = [(el, "href") for el in soup.find_all("link", href=True) if FETCHED_LINK_RELS & set(el.get("rel", []))]
    elements += [
        (el, attr) for tag, attr in RESOURCE_ATTRIBUTES.items() for el in soup.find_all(tag, attrs={attr: True})
    ]
    site_host = urlsplit(built.url).netloc
    return [
        f"{page}: <{el.name}> {el[attr]}"
        for el, attr in elements
        if urlsplit(el[attr].strip()).netloc not in ("", site_host)
    ]


@pytest.mark.slow
def test_every_internal_link_and_fragment_resolves(site: Path) -> None:
    built = BuiltSite(site)
    pages = html_pages(site)
    checked = [(str(page), link) for page in pages for link in internal_links(built, page)]
    problems = sorted({problem for source, link in checked if (problem := built.check(source, link))})
    assert len(checked) > 100 * len(pages) // 10, "the checker found suspiciously few links"
    assert not problems, f"{len(problems)} broken internal links:\n" + "\n".join(problems)


def test_no_javascript_urls_in_the_site(site: Path) -> None:
    offenders = [
        f"{page}: {a['href']}"
        for page in html_pages(site)
        for a in parse(site / page).find_all("a", href=True)
        if a["href"].strip().lower().startswith("javascript:")
    ]
    assert not offenders


def test_pages_fetch_nothing_from_another_host(site: Path) -> None:
    """Reading the edition tells no third party who reads what (Material would fetch Google Fonts)."""
    built = BuiltSite(site)
    assert not [found for page in html_pages(site) for found in foreign_resources(built, page)]


def test_the_host_check_finds_the_theme_fonts_from_google(broken_project: Path, tmp_path: Path) -> None:
    edit(broken_project, "mkdocs.yml", "  font: false\n", "")
    assert run_build(broken_project, tmp_path / "site").returncode == 0
    built = BuiltSite(tmp_path / "site")
    found = foreign_resources(built, Path("about/index.html"))
    assert any("fonts.googleapis.com" in item for item in found), found


def test_every_search_result_lands_on_an_existing_anchor(site: Path) -> None:
    built = BuiltSite(site)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    problems = [built.check("search_index.json", built.url + doc["location"]) for doc in index["docs"]]
    assert len(index["docs"]) > 10
    assert not [p for p in problems if p]


def test_every_sitemap_address_is_a_page(site: Path) -> None:
    built = BuiltSite(site)
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = [loc.text or "" for loc in ElementTree.parse(site / "sitemap.xml").iter(f"{namespace}loc")]
    assert locations and all(loc.startswith(built.url) for loc in locations)
    assert not [p for loc in locations if (p := built.check("sitemap.xml", loc))]


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ("about/", None),
        ("about/#top-of-nothing", "test: {site}about/#top-of-nothing: no id 'top-of-nothing' in about/index.html"),
        ("nowhere/", "test: {site}nowhere/: no file nowhere/index.html in the site"),
        ("migration-and-transnationalism/opportunities/#p1", None),
        ("assets/edition.css", None),
    ],
)
def test_the_checker_reports_what_is_broken(site: Path, link: str, problem: str | None) -> None:
    built = BuiltSite(site)
    expected = problem.format(site=built.url) if problem else None
    assert built.check("test", built.url + link) == expected


def test_the_checker_finds_a_broken_link_mkdocs_lets_through(broken_project: Path, tmp_path: Path) -> None:
    """MkDocs validates no link in raw HTML: the edition's build names it, and the built site's checker finds it too."""
    page = broken_project / "docs" / "about" / "index.md"
    page.write_text(
        page.read_text(encoding="utf-8") + '\n<p><a href="reading-guide/#no-such-id">raw HTML link</a></p>\n',
        encoding="utf-8",
    )
    strict = run_build(broken_project, tmp_path / "strict")
    assert strict.returncode == 1
    assert "which has no id 'no-such-id'" in strict.stderr, strict.stderr
    result = run_build(broken_project, tmp_path / "site", "--no-strict")  # the site as published, for the checker
    assert result.returncode == 0, result.stderr
    built = BuiltSite(tmp_path / "site")
    problems = {
        p for link in internal_links(built, Path("about/index.html")) if (p := built.check("about/index.html", link))
    }
    assert problems == {
        f"about/index.html: {built.url}about/reading-guide/#no-such-id: no id 'no-such-id' in about/reading-guide/index.html"
    }
