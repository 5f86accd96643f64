"""A deleted note's id offered the paragraph it annotated, as the note's file in git (HEAD, or the index) names it.

The build sees no deleted file, so a note's gone id was offered the placeholder `/page/#new-id`; git still
holds the file until its deletion is committed. `make check` asks git for the files of the ids gone
(`git_history.tracked_texts`) and reads their front matter with the annotation loader; these functions
take those texts as data. The build reads no git (`lock_history.py` says why): its line keeps the placeholder.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping
from pathlib import PurePosixPath

from hooks.core.anchor_lock import GONE, LOCK_FILE, page_key
from hooks.core.annotation_folder import NOTES_DIR, written_page
from hooks.core.annotation_front_matter import split_front_matter
from hooks.core.annotations import RE_ID
from hooks.core.page_moves import resolve_page
from hooks.core.paragraphs import RE_PARAGRAPH_ID
from hooks.core.problems import Problem


def notes_to_ask(problems: Iterable[Problem], present: Container[str]) -> list[str]:
    """The note files (`annotations/notes/<id>.md`) of the ids a gone line names that no file in notes/ holds now.

    `present`: the names (without `.md`) of the files in notes/. A paragraph's id is no note's; a heading's may be,
    and is asked too: git answers for it that it holds no such file. No gone line, nothing asked.
    """
    asked = set()
    for problem in problems:
        anchor_id = problem.field.partition("#")[2]
        if problem.path == LOCK_FILE and problem.message.startswith(GONE) and RE_ID.match(anchor_id):
            if anchor_id not in present:
                asked.add(f"{NOTES_DIR}/{anchor_id}.md")
    return sorted(asked)


def note_places(texts: Mapping[str, str], built: Collection[str], moves: Mapping[str, str]) -> dict[str, str]:
    """Each note's paragraph, `/page/#pN`, by its id (its file's name), where its text (`texts`, by file) says one.

    The page is where it lives now (`resolve_page`: `built` the pages there are, `moves` page moves); a text whose
    front matter does not load, or names no page or paragraph id as text, says none.
    """
    places = {}
    for name, text in texts.items():
        data, _, _ = split_front_matter(name, text)
        page = written_page(data)
        target = data.get("target") if isinstance(data, dict) else None
        paragraph = target.get("paragraph") if isinstance(target, dict) else None
        if page and isinstance(paragraph, str) and RE_PARAGRAPH_ID.match(paragraph):
            places[PurePosixPath(name).stem] = f"{resolve_page(page_key(page), built, moves)}#{paragraph}"
    return places
