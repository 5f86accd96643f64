"""A source's Contents list, broken: a page left out of it or listed out of its order, one line in build and check."""

from __future__ import annotations

from pathlib import Path

from broken_project_helpers import MT, assert_pages_say
from conftest import edit, run_check

LANDING = f"docs/{MT}/index.md"
EPILOGUE = "---\ntitle: Epilogue\nsource: migration-and-transnationalism\norder: 8\ntags: []\n---\n\n# Epilogue { #epilogue }\n\nText.\n{ #p1 }\n"  # fmt: skip
ANNEX_ENTRY = f"      - {MT}/annex.md\n"
SWAPPED = ("3. [Opportunities](opportunities.md)\n4. [Challenges](challenges.md)\n",
           "3. [Challenges](challenges.md)\n4. [Opportunities](opportunities.md)\n")  # fmt: skip


def test_a_new_page_left_out_of_its_source_s_contents_and_pages_listed_out_of_order_are_lines(
    broken_project: Path,
) -> None:
    """A page with all its fields, in `nav:`, but not in Contents passed: a reader found it through the navigation only.

    Written as the line offers it (and the two pages put back in their order), the Contents list is asked for nothing.
    """
    (broken_project / LANDING).with_name("epilogue.md").write_text(EPILOGUE, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", ANNEX_ENTRY, f"{ANNEX_ENTRY}      - {MT}/epilogue.md\n")
    edit(broken_project, LANDING, *SWAPPED)
    expected = [
        f"{LANDING}: ## Contents: does not link to epilogue.md, a page of this source"
        f" (add `8. [Epilogue](epilogue.md)` to {LANDING}'s ## Contents)",
        f"{LANDING}: ## Contents: links to challenges.md before opportunities.md, though their `order` is 4 and 3"
        " (list opportunities.md first, as their `order:` says, or change their `order:`)",
    ]
    assert_pages_say(broken_project, f"{LANDING}: ", expected)
    edit(broken_project, LANDING, *reversed(SWAPPED))
    edit(broken_project, LANDING, "(annex.md)\n", "(annex.md)\n8. [Epilogue](epilogue.md)\n")
    assert not [line for line in run_check(broken_project).stdout.splitlines() if line.startswith(f"{LANDING}: ")]


def test_a_page_whose_title_has_markup_is_offered_to_contents_under_the_words_it_shows(broken_project: Path) -> None:
    """`title: Draft <b>notes</b>` was offered as `8. [Draft bnotes/b](epilogue.md)`, `<br>` as `[br]`, `Ages < 18` as `[Ages 18]`.

    The title's own line names the markup; the Contents line offers the words it shows, or the page's file's name,
    as Markdown shows them once the line is pasted (`&lt;`: Markdown has no `\\<`).
    """
    pages = {"epilogue.md": "'Draft <b>notes</b>'", "coda.md": "'<br>'", "ages.md": "'Ages < 18'"}
    for (name, title), order in zip(pages.items(), (8, 9, 10), strict=True):
        text = EPILOGUE.replace("title: Epilogue", f"title: {title}").replace("order: 8", f"order: {order}")
        (broken_project / LANDING).with_name(name).write_text(text, encoding="utf-8")
    listed = "".join(f"      - {MT}/{name}\n" for name in pages)
    edit(broken_project, "mkdocs.yml", ANNEX_ENTRY, f"{ANNEX_ENTRY}{listed}")
    markup = "has '<' or '>' (write plain text: the site's navigation would read markup here as HTML)"
    expected = [
        f"docs/{MT}/epilogue.md: title: 'Draft <b>notes</b>' {markup}",
        f"docs/{MT}/coda.md: title: '<br>' {markup}",
        f"docs/{MT}/ages.md: title: 'Ages < 18' {markup}",
        f"{LANDING}: ## Contents: does not link to epilogue.md, a page of this source"
        f" (add `8. [Draft notes](epilogue.md)` to {LANDING}'s ## Contents)",
        f"{LANDING}: ## Contents: does not link to coda.md, a page of this source"
        f" (add `9. [coda](coda.md)` to {LANDING}'s ## Contents)",
        f"{LANDING}: ## Contents: does not link to ages.md, a page of this source"
        f" (add `10. [Ages &lt; 18](ages.md)` to {LANDING}'s ## Contents)",
    ]
    assert_pages_say(broken_project, (LANDING, *(f"docs/{MT}/{name}" for name in pages)), expected)
