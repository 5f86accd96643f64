"""Titles Material's tooltips insert as HTML open no tag, however a page or the edition writes them."""

from __future__ import annotations

import markdown
import pytest

from hooks.mdx.inert_titles import InertTitlesExtension, inert_value


def render(text: str) -> str:
    return markdown.Markdown(extensions=["abbr", "attr_list", InertTitlesExtension()]).convert(text)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ('[a](https://e.org "<img src=x>")', 'title="&amp;lt;img src=x&gt;"'),
        # a reference Python-Markdown writes as it is: the browser would read `<img`
        ('[a](https://e.org "&lt;img src=x&gt;")', 'title="&amp;lt;img src=x&gt;"'),
        ("IOM here.\n\n*[IOM]: <b>bold</b>", 'title="&amp;lt;b&gt;bold&amp;lt;/b&gt;"'),
        ('[a](https://e.org "a < b & c &amp; d")', 'title="a &lt; b &amp; c &amp; d"'),  # no tag opens: as before
    ],
)
def test_a_title_that_would_open_a_tag_is_written_so_the_browser_reads_lt(text: str, attribute: str) -> None:
    assert attribute in render(text)


def test_a_title_opening_no_tag_is_left_as_it_is() -> None:
    assert inert_value("Comment by A. Scholar") is None
    assert inert_value("R&amp;D, a < b") is None
    assert inert_value("&#60;b&#62;") == "&amp;lt;b>"
