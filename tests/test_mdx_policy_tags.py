"""The misplaced-tag finder: tags count only on numbered paragraphs of the text."""

from __future__ import annotations

import markdown
import pytest

from hooks.mdx.policy_tags import PolicyTagsExtension


def strays(text: str) -> list[str]:
    found: list[str] = []
    html = markdown.markdown(
        text, extensions=["attr_list", "md_in_html", "admonition", "toc", PolicyTagsExtension(sink=found.extend)]
    )
    assert 'data-policy-areas="' in html or "data-policy-areas" not in text
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Text.\n{ #p1 data-policy-areas="remittances" }\n', []),
        ('> Quoted.\n> { #p2 data-policy-areas="remittances" }\n', []),
        ("Text.\n{ #p1 }\n", []),
        ('## Heading { #details data-policy-areas="remittances" }\n', ["h2#details"]),
        ('Text.\n{ data-policy-areas="remittances" }\n', ["p"]),
        ('Text.\n{ #intro data-policy-areas="remittances" }\n', ["p#intro"]),
        ('- item\n{ data-policy-areas="remittances" }\n', ["li"]),
        ('!!! note\n\n    Aside.\n    { #p9 data-policy-areas="remittances" }\n', ["p#p9"]),
        ('- item\n\n    Inside.\n    { #p4 data-policy-areas="remittances" }\n', ["p#p4"]),
        (
            'Text.\n{ #p1 data-policy-areas="remittances" }\n\n'
            '[link](x.md){ data-policy-areas="remittances" } and *more*{ data-policy-areas="integration" }\n'
            '{ #p2 data-policy-areas="integration" }\n',
            ["a", "em"],
        ),
    ],
    ids=[
        "paragraph",
        "quoted paragraph",
        "untagged",
        "heading",
        "no id",
        "not pN",
        "list item",
        "admonition",
        "paragraph in a list",
        "inline elements",
    ],
)
def test_only_numbered_text_paragraphs_carry_tags(text: str, expected: list[str]) -> None:
    assert strays(text) == expected


def test_without_a_receiver_the_extension_does_nothing() -> None:
    html = markdown.markdown('## H { #h data-policy-areas="x" }', extensions=["attr_list", PolicyTagsExtension()])
    assert html == '<h2 data-policy-areas="x" id="h">H</h2>'
