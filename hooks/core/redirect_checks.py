"""Whether each declared redirect of `anchors.redirects.yml` holds, against the ids the build published.

A redirect must land on an id the site has, from an id its page published (the lock or the words file
hold it) and no longer has; a page whose ids are redirected must still answer at its address. Reading
the file is `anchor_redirects.py`'s; `anchor_check.check_anchors` asks these with the lost ids.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping

from hooks.core.anchor_redirects import REDIRECTS_FILE, split_anchor
from hooks.core.page_hints import page_hint
from hooks.core.page_moves import REDIRECT_MAPS, page_source, resolve_page
from hooks.core.problems import Problem
from hooks.core.yaml_lines import keys_path, line_to_write

EXISTING_ID = "point it at an existing '/page-url/#id'; the built site's /anchors.json lists them"


def check_redirects(
    redirects: Mapping[str, str],
    built_sets: Mapping[str, set[str]],
    moves: Mapping[str, str],
    built: Mapping[str, list[str]],
    pages: Collection[str],
) -> list[Problem]:
    """A redirect must point at an id that exists on a page of the site, and only from an id that no longer does.

    Nor from one that the page its page moved to has: mkdocs-redirects' stub keeps the `#id`, and
    the script follows a redirect only when no element has it, so links land on that element (fine
    when it is the redirect's own target: a renamed page's ids redirected one by one). `pages` are
    the site's pages, `built`'s and those it lacks (`make check`'s, a page MkDocs reads otherwise): a
    redirect into one not built is left to the build, whose ids those are.
    """
    problems = []
    for old, new in redirects.items():
        old_page, old_id = split_anchor(old) or ("", "")
        new_page, new_id = split_anchor(new) or ("", "")
        moved_to, lands = resolve_page(old_page, built, moves), resolve_page(new_page, built, moves)
        if lands not in pages:  # a misspelt page: the page it meant says more than "no such id"
            message = f"points to '{new}', but '{new_page}' is no page of the site"
            problems.append(Problem(REDIRECTS_FILE, old, message, page_hint(new_page, pages, EXISTING_ID)))
        elif lands not in built:
            continue
        elif new_id not in built_sets.get(lands, ()) and (end := redirected_to(new, redirects)):
            message = f"points to '{new}', which is itself redirected to '{end}'"
            hint = f"point it at '{end}' directly, with the line {line_to_write(old, end)}"
            problems.append(Problem(REDIRECTS_FILE, old, message, hint))
        elif new_id not in built_sets.get(lands, ()):
            problems.append(Problem(REDIRECTS_FILE, old, f"points to '{new}', which does not exist", EXISTING_ID))
        elif old_id in built_sets.get(old_page, ()):
            hint = "remove the redirect, or the id it moves away from"
            message = "the id still exists, so the redirect would never be used"
            problems.append(Problem(REDIRECTS_FILE, old, message, hint))
        elif moved_to != old_page and old_id in built_sets.get(moved_to, ()) and (moved_to, old_id) != (lands, new_id):
            hint = "give that element another id, or remove the redirect"
            message = (
                f"the id is on {moved_to} now, where the page moved (mkdocs.yml redirect_maps), so links land on"
                " that element and the redirect would never be used"
            )
            problems.append(Problem(REDIRECTS_FILE, old, message, hint))
    return problems


def redirected_to(anchor: str, redirects: Mapping[str, str]) -> str | None:
    """Where a chain of redirects from `anchor` ends: a later one moved its target on.

    None if none starts there, or if the chain comes round again (`#p2: #p3` and `#p3: #p2`): it ends nowhere.
    """
    seen, end = {anchor}, redirects.get(anchor)
    while end is not None and end in redirects and end not in seen:
        seen.add(end)
        end = redirects[end]
    return None if end in seen else end


def check_unpublished_origins(
    redirects: Mapping[str, str],
    built: Mapping[str, list[str]],
    moves: Mapping[str, str],
    lock: Mapping[str, list[str]],
    unknown: Collection[str],
) -> list[Problem]:
    """A redirect from a page neither built nor ever published (not in the lock): most often a misspelt address.

    A page in `unknown` is one of the site's that the caller did not build (`check_anchors`).
    """
    problems = []
    for old in redirects:
        old_page, _ = split_anchor(old) or ("", "")
        moved_to = resolve_page(old_page, built, moves)
        if moved_to not in built and moved_to not in unknown and old_page not in lock:
            hint = page_hint(old_page, lock, "write the old page's address as anchors.lock.json has it")
            problems.append(Problem(REDIRECTS_FILE, old, f"'{old_page}' is no page the edition has published", hint))
    return problems


# Not "never published": the build reads no git, and the lock may have lost an id a commit recorded.
NOT_RECORDED = "is not among the ids anchors.lock.json records for"
OFFER = "did you mean"  # a line that offers the id meant answers that id's "gone" line
CLOSE_ID = 0.6  # difflib's default: p99 for p9 (0.8), searching-old for searching (0.82); not p1 for p2 (0.5)


def check_unpublished_ids(
    redirects: Mapping[str, str],
    built_sets: Mapping[str, set[str]],
    moves: Mapping[str, str],
    lock: Mapping[str, list[str]],
    words: Mapping[str, Mapping[str, str]],
    sources: Mapping[str, str],
    unknown: Collection[str],
) -> tuple[list[Problem], set[str]]:
    """A redirect from an id its page never published: most often a typo, and the id meant is left unredirected.

    Published is what the lock holds (it only grows) under the page or one a page move sent there, or
    the words file records (it keeps a retired paragraph's words: a lock that lost the id by a merge
    still shows it, and `unlocked_words` names that). An id still built is `check_redirects`' line, a
    page never published `check_unpublished_origins`'. The closest published id that is gone and not
    redirected is offered; the offered ids (`/page/#id` as the lock keys them) come back too: the line
    answers their "gone" line.
    """
    problems, offered = [], set()
    living: dict[str, set[str]] = {}  # where each page the lock or the words file keys lives now: its keys
    for key in {*lock, *words} if redirects else ():
        living.setdefault(resolve_page(key, built_sets, moves), set()).add(key)
    for old, new in redirects.items():
        page, old_id = split_anchor(old) or ("", "")
        target = resolve_page(page, built_sets, moves)
        unpublished_page = target not in built_sets and target not in unknown and page not in lock
        if old_id in built_sets.get(target, ()) or unpublished_page:
            continue
        family = living.get(target, set()) | ({page} if page in lock or page in words else set())
        if any(old_id in lock.get(key, ()) or old_id in words.get(key, {}) for key in family):
            continue
        gone = [
            i for key in sorted(family) for i in lock.get(key, ())
            if f"{key}#{i}" not in redirects and i not in built_sets.get(target, ())
        ]  # fmt: skip
        close = difflib.get_close_matches(old_id, list(dict.fromkeys(gone)), n=1, cutoff=CLOSE_ID)
        offered |= {f"{key}#{close[0]}" for key in family if close and close[0] in lock.get(key, ())}
        where = f"docs/{sources[target]}" if target in sources else target
        lost = "if the lock lost it, make check names its commit"
        hint = f"redirect an id anchors.lock.json holds under {keys_path(page)}; {lost}"
        if close:
            hint = f"{OFFER} '{close[0]}'? write the line {line_to_write(f'{page}#{close[0]}', new)}"
        problems.append(Problem(REDIRECTS_FILE, old, f"'{old_id}' {NOT_RECORDED} {where}", hint))
    return problems, offered


def check_pages_left(
    redirects: Mapping[str, str],
    built: Mapping[str, list[str]],
    moves: Mapping[str, str],
    sources: Mapping[str, str],
    lock: Mapping[str, list[str]],
    unknown: Collection[str],
) -> list[Problem]:
    """A page whose ids are redirected must still answer at its address: one line per page that does not.

    The script that follows an in-page redirect runs on the old page; a page renamed without a page
    move in `redirect_maps` leaves nothing there, so its address and every citation of it answer 404.
    A page the lock never held is `check_unpublished_origins`' line; one in `unknown` is one of the
    site's that the caller did not build (`check_anchors`).
    """
    targets: dict[str, list[str]] = {}
    problems = []
    for old, new in redirects.items():
        old_page, _ = split_anchor(old) or ("", "")
        if (moved_to := resolve_page(old_page, built, moves)) in built or moved_to in unknown or old_page not in lock:
            continue
        targets.setdefault(old_page, []).append(resolve_page((split_anchor(new) or ("", ""))[0], built, moves))
    for old_page, new_pages in targets.items():
        new_page = max(dict.fromkeys(new_pages), key=new_pages.count)  # where most of its ids went
        line = line_to_write(page_source(old_page), sources.get(new_page, page_source(new_page)))
        hint = f"declare the page's move {REDIRECT_MAPS} with the line {line}"
        message = "the page is gone and no page move says where: its address and every link to it would answer 404"
        problems.append(Problem(REDIRECTS_FILE, old_page, message, hint))
    return problems
