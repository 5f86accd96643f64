"""The ids a page's links are checked against, gathered where MkDocs gathers its `present_anchor_ids`."""

from __future__ import annotations

from html.parser import HTMLParser
from xml.etree import ElementTree as etree

import markdown
import pytest
from markdown.util import AMP_SUBSTITUTE
from mkdocs.structure.pages import _RelativePathTreeprocessor

from hooks.core.link_anchors import check_link_anchors
from hooks.core.page_links import check_page_links, link_levels, site_links, unreadable_links
from hooks.core.paragraphs import PageInventory
from hooks.core.raw_links import RawLink
from hooks.mdx.page_links import PageLinksExtension
from hooks.mdx.paragraphs import BLOCK_CLASS, ParagraphsExtension

PAGE = """\
# Guide { #guide }

## No id written

<div id="raw-one" markdown>inside</div>

<a name="old-anchor"></a>

A `<b id="in-code-span">` span[^x].

```html
<i id="in-fence"></i>
```

[^x]: A note.
"""


def ids_of(text: str) -> set[str]:
    found: list[set[str]] = []
    extensions = ["attr_list", "footnotes", "md_in_html", "toc", "pymdownx.superfences"]
    markdown.Markdown(extensions=[*extensions, PageLinksExtension(ids_sink=found.append)]).convert(text)
    return found[0]


def test_the_ids_are_mkdocs_own_the_toc_s_and_the_raw_html_s_too() -> None:
    """As MkDocs 1.6 counts them (checked against a build's): a code span's HTML too, never a fenced block's."""
    assert ids_of(PAGE) == {"guide", "no-id-written", "raw-one", "old-anchor", "in-code-span", "fn:x", "fnref:x"}


def test_each_page_its_own_raw_ids() -> None:
    """One Markdown renders one page in make check; a second conversion keeps no id of the first."""
    found: list[set[str]] = []
    md = markdown.Markdown(extensions=[PageLinksExtension(ids_sink=found.append)])
    md.convert('<a id="one"></a>\n')
    md.reset()
    md.convert('<a id="two"></a>\n')
    assert found == [{"one"}, {"two"}]


def test_an_annotation_s_links_are_its_own_line_s() -> None:
    """A note's body is checked on its file (`body_links.py`): its links are not the page's to name."""
    found: list[list[str]] = []
    md = markdown.Markdown(extensions=[PageLinksExtension(sink=found.append)])
    root = etree.fromstring(
        f'<div><p><a href="a.md#x">a</a></p><details class="{BLOCK_CLASS}"><p><a href="b.md#y">b</a></p></details></div>'
    )
    md.treeprocessors["edition-page-links"].run(root)
    assert found == [["a.md#x"]]


def test_an_address_python_cannot_read_is_handed_on_and_left_as_words() -> None:
    """MkDocs' `relpath` (priority 0, registered after it) would raise on it: the page shows its words, no link.

    A link keeps its words in a `span`, as a note's body does (`body_elements`), an image its `alt`;
    the address is still handed on, for its line (`unreadable_link`).
    """
    found: list[list[str]] = []
    md = markdown.Markdown(extensions=["attr_list", PageLinksExtension(sink=found.append)])
    html = md.convert(
        'See [the *guide*](//[a){ .x } and ![a map](http://[::1 "Map") or [ok](a.md) ![ok](b.png).\n\n[p](http://a:99999999/)'
    )
    assert found == [["//[a", "http://[::1", "a.md", "b.png", "http://a:99999999/"]]
    assert html == (
        '<p>See <span class="x">the <em>guide</em></span> and <span title="Map">a map</span> or <a href="a.md">ok</a>'
        ' <img alt="ok" src="b.png" />.</p>\n<p><a href="http://a:99999999/">p</a></p>'
    )


def test_markdown_s_mail_address_is_handed_on_as_mkdocs_reads_it_and_no_check_names_it() -> None:
    """`<me@x.org>`'s link, its letters as entities, is one `relpath` leaves as written (`LinkKind.EMAIL`).

    `read_link` alone passes it over, for every check: no line, no `#id` read in its entities, none counted.
    """
    found: list[list[str]] = []
    md = markdown.Markdown(extensions=[PageLinksExtension(sink=found.append)])
    html = md.convert("Write to <me@x.org> or [us](us.md).")
    ((email, page),) = found
    assert AMP_SUBSTITUTE in email and page == "us.md" and 'href="&#109;&#97;' in html
    levels = link_levels({"links": {"unrecognized_links": "warn", "absolute_links": "warn", "anchors": "warn"}})
    assert check_page_links("a.md", [email], {"a.md"}, {}, levels) == []
    assert check_link_anchors("a.md", [email], {"a.md": set()}, {}, levels) == []
    assert unreadable_links("a.md", [email]) == []
    assert site_links([email, page]) == ["us.md"]


def test_an_address_python_cannot_read_is_left_before_mkdocs_relpath_reads_it() -> None:
    """MkDocs registers its `relpath` at 0 once the extensions are loaded (`Page.render`): ours, at 0 too, runs first.

    Its own treeprocessor, registered as MkDocs registers it: on a page with no other link it needs no file.
    """
    md = markdown.Markdown(extensions=[PageLinksExtension(sink=lambda urls: None)])
    _RelativePathTreeprocessor(None, None, None)._register(md)  # type: ignore[arg-type]
    assert md.convert("[x](//[a) ![y](//[a)") == "<p><span>x</span> <span>y</span></p>"


def test_links_and_images_come_in_the_order_written_with_or_without_an_image() -> None:
    """A page with no image has its links found by ElementTree's own `iter("a")`; one with images walks every element.

    Either way they come in the order MkDocs' `relpath` meets them: an image inside a link after the link.
    """
    found: list[list[str]] = []
    md = markdown.Markdown(extensions=[PageLinksExtension(sink=found.append)])
    md.convert("[a](a.md) [b](b.md#x)\n\n> [c](c.md)\n")
    md.convert("![m](m.png) [a](a.md)\n\n[![n](n.png)](b.md) ![o](o.png) [c](c.md)\n")
    assert found == [["a.md", "b.md#x", "c.md"], ["m.png", "a.md", "b.md", "n.png", "o.png", "c.md"]]


RAW_PAGE = """\
See <a href="inline/">i</a> and <img alt="m" src="map.png"> beside [md](a.md).

<p><a href="block/#x" title="t">b</a> <a name="old"></a> <a href="">self</a></p>

<div markdown>
[md](b.md) <a href="in-md-block/">r</a>
</div>

A `<a href="code-span/">` span.

```html
<a href="fenced/">c</a>
```
"""


def raw_links_of(text: str) -> list[list[RawLink]]:
    found: list[list[RawLink]] = []
    extensions = ["attr_list", "md_in_html", "pymdownx.superfences"]
    markdown.Markdown(extensions=[*extensions, PageLinksExtension(raw_sink=found.append)]).convert(text)
    return found


def test_the_raw_html_s_links_are_handed_on_not_code_s() -> None:
    """MkDocs' `relpath` never sees them (the stash holds them): checked apart, read with an HTML parser.

    In the order Python-Markdown stashed them (the blocks', then the inline ones'): their lines are sorted.
    """
    (found,) = raw_links_of(RAW_PAGE)
    assert sorted(url for url, _ in found) == ["", "block/#x", "in-md-block/", "inline/", "map.png"]


def test_a_page_with_no_raw_link_hands_on_none() -> None:
    """The cost is paid on a page whose raw HTML has an address alone: most pages have none, or a code block's."""
    assert raw_links_of("[md](a.md) <b>bold</b>\n\n```html\n<i>x</i>\n```\n") == []


def test_an_area_s_href_and_a_source_s_video_s_audio_s_and_iframe_s_src_are_raw_links_too() -> None:
    """A browser asks for each from the page's address, as for an `a` or an `img`: dead, each was published in silence.

    A `link`'s `href` too: Python-Markdown passes one in a page's text through, and a browser loads its stylesheet.
    """
    page = (
        '<map name="m"><area href="area/" alt="a"></map>\n\n'
        '<video src="clip.mp4"><source src="clip.webm" type="video/webm"></video>\n\n'
        '<audio src="talk.mp3"></audio> <iframe src="frame/"></iframe>\n\n'
        '<link rel="stylesheet" href="print.css">\n'
    )
    (found,) = raw_links_of(page)
    assert sorted(found) == [
        ("area/", "href"), ("clip.mp4", "src"), ("clip.webm", "src"), ("frame/", "src"), ("print.css", "href"),
        ("talk.mp3", "src"),
    ]  # fmt: skip


def test_a_video_s_poster_a_track_s_and_an_embed_s_src_and_an_object_s_data_are_raw_links_too() -> None:
    """A browser fetches each from the page's address too; `poster=` and `data=` alone make a piece worth reading."""
    page = (
        '<video poster="still.png" controls></video>\n\n'
        '<video><track src="captions.vtt" kind="captions"></video>\n\n'
        '<embed src="chart.svg" type="image/svg+xml">\n\n'
        '<object data="map.svg" type="image/svg+xml" data-x="not-a-link"></object>\n'
    )
    (found,) = raw_links_of(page)
    assert sorted(found) == [
        ("captions.vtt", "src"),
        ("chart.svg", "src"),
        ("map.svg", "data"),
        ("still.png", "poster"),
    ]


def test_each_srcset_candidate_of_an_img_or_a_source_is_a_raw_link_naming_its_attribute() -> None:
    """A piece writing `srcset=` alone is read too: `src=` does not match it."""
    page = (
        '<picture><source srcset="wide.png 2x, data:image/png;base64,iVBO 3x"></picture>\n\n'
        '<p><img alt="" src="narrow.png" srcset="narrow.png 1x,wide.png 2x"></p>\n'
    )
    (found,) = raw_links_of(page)
    assert sorted(found) == [
        ("data:image/png;base64,iVBO", "srcset"), ("narrow.png", "src"), ("narrow.png", "srcset"),
        ("wide.png", "srcset"), ("wide.png", "srcset"),
    ]  # fmt: skip


def test_a_page_s_raw_html_is_parsed_once_for_its_ids_and_its_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """The inventory's ids (`raw_html_ids`, priority 6) and the links (`raw_links`, 0) read the same stashed pieces."""
    fed: list[str] = []
    feed = HTMLParser.feed
    monkeypatch.setattr(HTMLParser, "feed", lambda parser, data: (fed.append(data), feed(parser, data))[1])
    links: list[list[RawLink]] = []
    inventories: list[PageInventory] = []
    extensions = ["attr_list", "md_in_html", ParagraphsExtension(sink=inventories.append)]
    md = markdown.Markdown(extensions=[*extensions, PageLinksExtension(raw_sink=links.append)])
    md.convert('<p><a id="old" href="../citing/">x</a></p>\n\nSee <img id="map" src="map.png"> here.\n{ #p1 }\n')
    assert links == [[("../citing/", "href"), ("map.png", "src")]] and inventories[0].ids[-2:] == ("old", "map")
    assert len(fed) == 2, fed  # each piece once
    md.reset().convert('<p><a id="new" href="other/">y</a></p>\n')  # the next page's own, its stash anew
    assert links[-1] == [("other/", "href")] and inventories[-1].ids[-1:] == ("new",)
