"""What the end-to-end glossary tests share: a built page's article, the glossary page's lists of uses."""

from __future__ import annotations

from pathlib import Path

from conftest import parse

MT = "migration-and-transnationalism"
GLOSSARY_YML = Path("annotations/glossary.yml")


def article(site: Path, page: str):
    return parse(site / page / "index.html").find("article")


def used_in_lists(page) -> dict[str, list[list[str]]]:
    """Each entry's Used in list, as the hrefs of each item."""
    lists = {}
    for heading in page.find_all("h2"):
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            if sibling.name == "ul":
                lists[heading["id"]] = [[a["href"] for a in li.find_all("a")] for li in sibling.find_all("li")]
    return lists
