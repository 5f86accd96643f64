"""Which ids lost from the lock a reported line already names: its cause, which a second line would only repeat.

While other errors fail the build, `anchor_check.while_errors_stand` sums up the ids gone in one line;
the ones a line names (a paragraph left without its `pN`, a page's missing `source` and its Cite
heading, a data file that empties the pages built from it, a refused note) are that line's to fix,
and are left out of it (`lost_ids_named`). The build and `make check` both ask it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import PurePosixPath

from hooks.core.anchor_check import CONTENTS_ID
from hooks.core.anchor_lock import page_key
from hooks.core.anchor_redirects import split_anchor
from hooks.core.annotation_folder import NOTES_DIR
from hooks.core.annotation_folder import SCHEMA_FILE as ANNOTATION_SCHEMA
from hooks.core.annotation_index import INDEX_PAGE, group_of, page_anchor
from hooks.core.glossary import GLOSSARY_FILE, GLOSSARY_SCHEMA
from hooks.core.glossary_page import GLOSSARY_PAGE
from hooks.core.heading_ids import CITE_ID, CONTENTS_KIND, HEADING_FIELD
from hooks.core.landing_pages import index_folder
from hooks.core.page_moves import resolve_page
from hooks.core.paragraphs import PARAGRAPH_FIELD, RE_PARAGRAPH_ID
from hooks.core.policy_addresses import OVERVIEW_PATH, is_area_page
from hooks.core.policy_areas import POLICY_AREAS_FILE, POLICY_AREAS_SCHEMA
from hooks.core.problems import Problem

# The fields of a page's lines its Cite heading waits on (`names_cite_heading`): its `source`, its record's.
SOURCE_FIELD, RECORD_FIELDS = "source", ("bibliography", "unknown")

# The lines whose fix brings ids back, by the page they take them off: a glossary.yml line the terms of
# /glossary/ (the file unread, or a term refused), a taxonomy line the area pages and the overview's headings;
# a line of the schema either is checked against, all of them; the annotation schema's, /annotations/ (and, by
# `refused_note_pages`, each note's id on its page).
EMPTYING_FILES = {
    GLOSSARY_FILE: (page_key(GLOSSARY_PAGE),),
    GLOSSARY_SCHEMA: (page_key(GLOSSARY_PAGE),),
    POLICY_AREAS_FILE: (page_key(OVERVIEW_PATH),),
    POLICY_AREAS_SCHEMA: (page_key(OVERVIEW_PATH),),
    ANNOTATION_SCHEMA: (page_key(INDEX_PAGE),),
}


def lost_ids_named(
    lines: Collection[Problem],
    lock: Mapping[str, Iterable[str]],
    redirects: Mapping[str, str] | None = None,
    misread: Collection[str] = (),
    *,
    note_pages: Mapping[str, str] | None = None,
    moves: Mapping[str, str] | None = None,
) -> set[str]:
    """The locked ids (`/page/#id`) whose loss a reported line (of `lines`) already names: their cause.

    A glossary.yml or policy-areas.yml line empties the pages built from the file (`EMPTYING_FILES`,
    each with the pages below it: the area pages below the overview). A page's paragraph line
    (`'…' has no id (end it with '{ #p5 }' …)`, an id misnamed or left as text) is about its `pN` ids,
    its heading line "has no id" about its other ids (`end it with '{ #searching }'`, the ones it lost):
    the ones that page lost are that line's to fix (`kind_of_lost_ids`; a heading's other lines name an id
    the page has, or none); its `source` line (missing), the Cite heading the build adds below a source's
    page (`names_cite_heading`). Either way the line named is their cause, and
    of the `redirects` that point at one of those ids (their `old` id is given too) as well. A line
    about an annotation's `.md` file refuses the note, whose id (its file's name) leaves the page it annotates:
    `note_pages` (`refused_note_pages`) holds that page, by its file in docs/, where the file still says which,
    and the id is held back there, and under a lock key `moves` (lock keys, `redirect_maps`') sends there,
    with the page's groups on /annotations/ (gone with its last note);
    a note whose page cannot be read has its id held back on every page (the next build lists any).
    A `misread` page (by its file in docs/: front matter MkDocs misreads, a merge conflict, not UTF-8)
    waits on its own line, every id of it and every redirect into or out of it: `make check` renders
    no such page and leaves them to the build, which would otherwise sum up what make check does not.
    So does every area's own page (`is_area_page`) while one is misread: its tags, unread, could change the
    pages' groups, and `make check` leaves their ids to the build; the overview's are the taxonomy's.
    """
    if not lines and not misread:
        return set()  # a build without errors: every lock id was read through for nothing
    emptied = tuple(page for line in lines for page in EMPTYING_FILES.get(line.path, ()))
    id_lines = {
        (page_key(line.path.removeprefix("docs/")), kind)
        for line in lines
        if line.path.startswith("docs/") and (kind := kind_of_lost_ids(line))
    }
    stems = {path.stem for line in lines if is_note(path := PurePosixPath(line.path))}  # `searching.txt` is none
    stems |= set(note_pages or {})  # every note, when the schema that checks them is a line's
    notes = {stem: page_key(page) if (page := (note_pages or {}).get(stem)) else None for stem in stems}
    targets = {page for stem, page in (note_pages or {}).items() if stem in stems}
    groups = {(page_key(INDEX_PAGE), i) for page in targets for i in (group_of(page), page_anchor(page))}
    unread = {page_key(page) for page in misread}

    def waits(page: str) -> bool:
        """Whether a page's ids wait on a misread page: its own, or an area's page (its groups, on the tags)."""
        return page in unread or (bool(unread) and is_area_page(page))

    def note_named(page: str, anchor_id: str) -> bool:
        """Whether the id is a refused note's, on its page (or one moved there), or on any page if that is not known."""
        if anchor_id not in notes:
            return False
        where = notes[anchor_id]
        return where is None or where == page or where == resolve_page(page, (), moves or {})

    def named(page: str, anchor_id: str) -> bool:
        lined = (page, kind_of_id(anchor_id)) in id_lines
        lined = lined or (anchor_id == CONTENTS_ID and (page, CONTENTS_KIND) in id_lines)
        in_group = (page, anchor_id) in groups  # a refused note's group on /annotations/, its page's last note gone
        return waits(page) or page.startswith(emptied) or lined or in_group or note_named(page, anchor_id)

    ids = {f"{page}#{anchor_id}" for page, locked in lock.items() for anchor_id in locked if named(page, anchor_id)}
    into = {old for old, new in (redirects or {}).items() if (target := split_anchor(new)) and named(*target)}
    out_of = {old for old in redirects or {} if waits((split_anchor(old) or ("", ""))[0])}
    return ids | into | out_of


def is_note(path: PurePosixPath) -> bool:
    """Whether a line's file is a note, which its line refuses: a stray `searching.txt` beside them never was one."""
    return path.parent.as_posix() == NOTES_DIR and path.suffix == ".md"


def kind_of_lost_ids(problem: Problem) -> str | None:
    """Which lost ids of its page a line is about (`kind_of_id`), as the check that made it says (`Problem.offers`).

    A paragraph's line (`paragraphs.paragraph_line`), its pN; a heading's without an id, with an id of a footnote's
    or the theme's form (`{ #searching }` renamed `{ #fn:4 }`) or one another element has (renamed `{ #texts }`),
    the heading ids the page lost, which their hints offer (`heading_ids.py`); a Contents heading's without an id or
    with another, `contents` alone (`CONTENTS_KIND`): another heading id the page lost is summed up. Set on the line,
    not read from its words: reworded, it names the same. A line on the page's `source` is where its Cite heading
    went (`names_cite_heading`). None: no id it lost.
    """
    return SOURCE_FIELD if names_cite_heading(problem) else problem.offers


def names_cite_heading(problem: Problem) -> bool:
    """Whether a page's line is why it has no Cite heading (`CITE_ID`), which the build adds to a source's pages.

    Its `source` line (missing: the build cannot tell its source); or, on a folder's `index.md` (`index_folder`,
    the only page that can be a landing page), the line on a `bibliography:`, a marker line or an `unknown:` no
    landing page holds, which offers the `source:` line first (`record_placement`): a source of one page whose
    landing page forgot it, no other page naming its folder. On any other page, the root's `index.md` or a
    deeper one, that line is no cause.
    """
    on_index = problem.field in RECORD_FIELDS and index_folder(problem.path.removeprefix("docs/")) is not None
    return problem.field == SOURCE_FIELD or on_index


def kind_of_id(anchor_id: str) -> str:
    """The kind of a page's id, as `kind_of_lost_ids` names the ids a line is about: pN, the Cite heading, a heading."""
    if RE_PARAGRAPH_ID.match(anchor_id):
        return PARAGRAPH_FIELD
    return SOURCE_FIELD if anchor_id == CITE_ID else HEADING_FIELD
