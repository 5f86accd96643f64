"""The annotations as a W3C Web Annotation `AnnotationCollection` (`/annotations.jsonld`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as etree

from hooks.core.annotations import Annotation
from hooks.core.body_tree import reference_list
from hooks.core.policy_addresses import area_url
from hooks.core.problems import Problem
from hooks.core.quotes import QuoteSelector, select_quote
from hooks.core.site_addresses import page_address, split_url

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXPORT_FILE = "annotations.jsonld"
LANGUAGE = "en"  # the edition's: a body in another language says so (`language:`)
AGENT_TYPES = {"person": "Person", "organization": "Organization"}  # the schema's author.type, as foaf names it
# The fragment specification the Web Annotation Data Model's table (§ 4.2.1) names for HTML: an
# element's id (RFC 3986 is the generic URI syntax, which says nothing of what `#p3` selects).
FRAGMENT_CONFORMS_TO = "http://tools.ietf.org/rfc/rfc3236"


@dataclass(frozen=True)
class RenderedPage:
    """What the export needs of a page: its absolute URL and its paragraphs' texts."""

    url: str
    paragraphs: Mapping[str, str]


def quote_selector(selector: QuoteSelector) -> dict[str, str]:
    """A TextQuoteSelector, with prefix and suffix only when there are any."""
    result = {"type": "TextQuoteSelector", "exact": selector.exact}
    if selector.prefix:
        result["prefix"] = selector.prefix
    if selector.suffix:
        result["suffix"] = selector.suffix
    return result


def creator(annotation: Annotation) -> dict[str, str]:
    """The author as a W3C Agent: a Person unless the file says the name is an organization's."""
    agent = {"type": AGENT_TYPES[annotation.author_type], "name": annotation.author}
    if annotation.author_url:
        agent["id" if is_orcid(annotation.author_url) else "homepage"] = annotation.author_url
    return agent


RE_ORCID_PATH = re.compile(r"/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]/?")


def is_orcid(url: str) -> bool:
    """An ORCID iD (`https://orcid.org/0000-0002-1825-0097`) names the person; any other page is only about them."""
    parts = split_url(url)
    if parts is None or parts.hostname not in ("orcid.org", "www.orcid.org"):
        return False
    return RE_ORCID_PATH.fullmatch(parts.path) is not None


def bodies(annotation: Annotation, body_html: str, site_url: str) -> dict[str, str] | list[dict[str, str]]:
    """The annotation's text, and one semantic tag per policy area (the area page's IRI).

    The text ends with the works it relies on (`references`), listed as on the page: the model has
    no field for a work's title, and a reference may have no address to be a body of its own.
    Untagged, the text is the only body, as it always was; tagged, each body says its purpose (the
    text's is the annotation's motivation), as the model's examples of tags beside a comment do.
    """
    listing = reference_list(annotation.references)
    if listing is not None:
        body_html += etree.tostring(listing, encoding="unicode", method="html")
    language = annotation.language or LANGUAGE
    text = {"type": "TextualBody", "value": body_html, "format": "text/html", "language": language}
    if not annotation.tags:
        return text
    tags = [
        {"type": "SpecificResource", "purpose": "tagging", "source": page_address(site_url, area_url(tag))}
        for tag in annotation.tags
    ]
    return [{**text, "purpose": annotation.motivation}, *tags]


def web_annotation(
    annotation: Annotation, page: RenderedPage, body_html: str, site_url: str
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """One annotation as a Web Annotation: the paragraph's FragmentSelector refined by the quote's TextQuoteSelector."""
    paragraph = page.paragraphs.get(annotation.paragraph, "")
    in_paragraph = select_quote(paragraph, annotation.quote)
    if in_paragraph is None:
        message = "no context makes the quote unique in its paragraph"
        return None, [Problem(annotation.path, "target.quote", message, "quote a longer passage")]
    item: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"{page.url}#{annotation.id}",
        "type": "Annotation",
        "motivation": annotation.motivation,
        "creator": creator(annotation),
        "created": f"{annotation.created}T00:00:00Z",
    }
    if annotation.modified:
        item["modified"] = f"{annotation.modified}T00:00:00Z"
    item["body"] = bodies(annotation, body_html, site_url)
    fragment = {
        "type": "FragmentSelector",
        "conformsTo": FRAGMENT_CONFORMS_TO,
        "value": annotation.paragraph,
        "refinedBy": quote_selector(in_paragraph),
    }
    item["target"] = {"source": page.url, "selector": fragment}
    return item, []


def export_time(moment: dt.datetime) -> str:
    """The build's moment as the export writes it (`built`), to the second in UTC, as the sitemap's dates.

    `SOURCE_DATE_EPOCH`'s moment when it is set, so that a rebuild of one commit writes the same file.
    """
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_collection(
    annotations: tuple[Annotation, ...],
    site_url: str,
    pages: Mapping[str, RenderedPage],
    html: Mapping[str, str],
    built: str | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """The whole collection, with one embedded page holding every annotation.

    `built`, the build's date-time (`SOURCE_DATE_EPOCH`'s: the last commit's), is the collection's
    `modified`, or its newest annotation's if later: a deleted annotation, an edit that does not set
    `modified:`, a corrected text that moves a quote's context all change the file without a date of
    their own, and a harvester polling it compares this one. Its addresses are the pages' kind
    (`page_address`): rooted at the site (`/annotations.jsonld`) when there is no `site_url`.
    """
    collection_id = page_address(site_url, EXPORT_FILE)
    items, problems = [], []
    for annotation in sorted(annotations, key=lambda a: (a.page, a.place_key)):
        if annotation.page not in pages:
            continue
        item, item_problems = web_annotation(annotation, pages[annotation.page], html[annotation.id], site_url)
        problems += item_problems
        if item is not None:
            items.append(item)
    page_id = f"{collection_id}#page-1"
    collection = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "Annotations of the edition",
        "total": len(items),
    }
    if dates := [item.get("modified", item["created"]) for item in items] + ([built] if built else []):
        collection["modified"] = max(dates)
    if items:
        collection["last"] = page_id
    collection["first"] = {
        "@context": CONTEXT,
        "id": page_id,
        "type": "AnnotationPage",
        "partOf": {"id": collection_id, "type": "AnnotationCollection", "total": len(items)},
        "startIndex": 0,
        "items": items,
    }
    return collection, problems
