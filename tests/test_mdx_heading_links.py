"""The heading permalinks `toc` writes, named by their section (`¶` alone was read "pilcrow")."""

from __future__ import annotations

import markdown
import pytest
from markdown.extensions.toc import TocExtension

from hooks.mdx.heading_links import HeadingLinksExtension


def render(text: str, **toc: object) -> str:
    """Render with the site's `toc` setting (`permalink: true`) and the extension."""
    extensions = ["attr_list", "md_in_html", TocExtension(permalink=True, **toc)]
    return markdown.markdown(text, extensions=[*extensions, HeadingLinksExtension()])


def link(heading_id: str, name: str) -> str:
    """The permalink as `toc` writes it, with its name."""
    return (
        f'<a aria-label="Link to this section: {name}" class="headerlink" href="#{heading_id}" '
        'title="Permanent link">&para;</a>'
    )


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "## Opportunities { #opportunities }",
            f'<h2 id="opportunities">Opportunities{link("opportunities", "Opportunities")}</h2>',
        ),
        # The heading's words as the table of contents has them: markup and escapes gone, `&` still a reference.
        (
            "## *R*\\*D & `x<y` { #rd }",
            f'<h2 id="rd"><em>R</em>*D &amp; <code>x&lt;y</code>{link("rd", "R*D &amp; x&lt;y")}</h2>',
        ),
        ('## Say "so" { #say }', f'<h2 id="say">Say "so"{link("say", "Say &quot;so&quot;")}</h2>'),
        # A glossary entry's heading names its aliases; the table of contents, and the link, the term alone.
        (
            '## diaspora (also *diasporas*) { #diaspora data-toc-label="diaspora" }',
            f'<h2 id="diaspora">diaspora (also <em>diasporas</em>){link("diaspora", "diaspora")}</h2>',
        ),
        # Nested in a block, and a heading without an id of its own (toc makes one).
        (
            "<div markdown>\n\n### Inside\n\n</div>",
            f'<div>\n<h3 id="inside">Inside{link("inside", "Inside")}</h3>\n</div>',
        ),
    ],
    ids=["plain", "markup-and-escapes", "quotes", "toc-label", "nested"],
)
def test_each_permalink_is_named_by_its_section(text: str, html: str) -> None:
    assert render(text) == html


def test_a_name_two_sections_share_says_the_section_each_is_under() -> None:
    """A policy area's page heads each of its three lists' groups by source: three links read "Link to this section:
    Migration and Transnationalism" in a links list, to three places. A name said once stays as it is."""
    html = render("## Pages\n\n### Migration\n\n## Paragraphs\n\n### Migration\n\n### Other")
    assert link("migration", "Migration, under Pages") in html
    assert link("migration_1", "Migration, under Paragraphs") in html
    assert link("other", "Other") in html and link("pages", "Pages") in html


def test_a_leading_permalink_too() -> None:
    assert render("# Title", permalink_leading=True) == f'<h1 id="title">{link("title", "Title")}Title</h1>'


def test_without_permalinks_nothing_changes() -> None:
    html = markdown.markdown("## A\n\nB", extensions=["toc", HeadingLinksExtension()])
    assert html == '<h2 id="a">A</h2>\n<p>B</p>'


def test_works_by_dotted_path() -> None:
    html = markdown.markdown("## A", extensions=[TocExtension(permalink=True), "hooks.mdx.heading_links"])
    assert html == f'<h2 id="a">A{link("a", "A")}</h2>'
