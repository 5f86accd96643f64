"""The anchor check (hooks/core/anchor_check.py): every id published stays, by the lock, redirects and moves."""

from __future__ import annotations

import pytest
from citation_helpers import LOCK, OPP

from hooks.core import anchor_check, redirect_checks
from hooks.core.anchor_check import check_anchors, while_errors_stand
from hooks.core.anchor_lock import record
from hooks.core.page_moves import resolve_page
from hooks.core.redirect_checks import check_redirects
from hooks.core.unrecorded import format_unrecorded

NEVER_P3 = (
    f"anchors.redirects.yml: {OPP}#p3: 'p3' is not among the ids anchors.lock.json records for {OPP} (redirect an id anchors.lock.json holds under"
    f" `{OPP}`; if the lock lost it, make check names its commit)"
)


@pytest.mark.parametrize(
    ("built", "redirects", "moves", "expected"),
    [
        ({OPP: ["opportunities", "p1", "p2"]}, {}, {}, []),
        (
            {OPP: ["opportunities", "p1"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml with the line `{OPP}#p2: {OPP}#new-id`)"
            ],
        ),
        ({OPP: ["opportunities", "p1"]}, {f"{OPP}#p2": f"{OPP}#p1"}, {}, []),
        # A merge or a rename: the page's one new id is suggested, the new place to check; with two, neither.
        (
            {OPP: ["opportunities", "p1", "p3"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml; the page has one new id, p3: if that is where its words went (check), "
                f"write the line `{OPP}#p2: {OPP}#p3`)"
            ],
        ),
        (
            {OPP: ["chances", "p1", "p2"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#opportunities: published id is gone (no element has id 'opportunities') (restore it,"
                f" or declare its new place in anchors.redirects.yml; the page has one new id, chances: if that is where its"
                f" words went (check), write the line `{OPP}#opportunities: {OPP}#chances`)"
            ],
        ),
        (
            {OPP: ["opportunities", "p1", "p3", "p4"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml with the line `{OPP}#p2: {OPP}#new-id`)"
            ],
        ),
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": f"{OPP}#p9"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p2: points to '{OPP}#p9', which does not exist (point it at an existing "
                "'/page-url/#id'; the built site's /anchors.json lists them)"
            ],
        ),
        # A redirect to an id redirected on (p3 into p2, then p2 into p1): where it went is named, not "does not exist".
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": f"{OPP}#p1", f"{OPP}#p3": f"{OPP}#p2"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p3: points to '{OPP}#p2', which is itself redirected to '{OPP}#p1' (point it at"
                f" '{OPP}#p1' directly, with the line `{OPP}#p3: {OPP}#p1`)",
                NEVER_P3,  # the lock holds no p3: a chain from an id never published is both lines
            ],
        ),
        # Two redirects that send each other on end nowhere: not "itself redirected to" the target it already names.
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": f"{OPP}#p3", f"{OPP}#p3": f"{OPP}#p2"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#{old}: points to '{OPP}#{new}', which does not exist (point it at an existing "
                "'/page-url/#id'; the built site's /anchors.json lists them)"
                for old, new in (("p2", "p3"), ("p3", "p2"))
            ]
            + [NEVER_P3],
        ),
        (
            {OPP: ["opportunities", "p1", "p2"]},
            {f"{OPP}#p2": f"{OPP}#p1"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p2: the id still exists, so the redirect would never be used "
                "(remove the redirect, or the id it moves away from)"
            ],
        ),
        ({"/new/": ["opportunities", "p1", "p2"]}, {}, {OPP: "/new/"}, []),
        (
            {"/new/": ["opportunities", "p1", "p2"]},
            {f"{OPP}#{i}": f"/new/#{i}" for i in LOCK[OPP]},
            {},
            [
                f"anchors.redirects.yml: {OPP}: the page is gone and no page move says where: its address and every link to it "
                "would answer 404 (declare the page's move in mkdocs.yml under `redirects` → `redirect_maps` with the line "
                "`migration-and-transnationalism/opportunities.md: new.md`)"
            ],
        ),
        ({"/new/": ["opportunities", "p1", "p2"]}, {f"{OPP}#{i}": f"/new/#{i}" for i in LOCK[OPP]}, {OPP: "/new/"}, []),
        # A misspelt old address is no page to move: the page it meant is named instead.
        (
            {OPP: ["opportunities", "p1"]},
            {"/migration-and-transnationalism/oportunities/#p2": f"{OPP}#p1"},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml with the line `{OPP}#p2: {OPP}#new-id`)",
                "anchors.redirects.yml: /migration-and-transnationalism/oportunities/#p2: '/migration-and-transnationalism/"
                f"oportunities/' is no page the edition has published (did you mean '{OPP}'?)",
            ],
        ),
        # A redirect into a misspelt page: the page it meant is named, not only the id.
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": "/migration-and-transnationalism/oportunities/#p1"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p2: points to '/migration-and-transnationalism/oportunities/#p1', but "
                f"'/migration-and-transnationalism/oportunities/' is no page of the site (did you mean '{OPP}'?)"
            ],
        ),
        (
            {"/new/": ["opportunities"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#{i}: published id is gone (page is gone) (restore the page, or declare its move in "
                "mkdocs.yml under `redirects` → `redirect_maps` with the line `migration-and-transnationalism/opportunities.md:"
                " <its new file>.md`; deleted for good, it moves onto its source's landing page: `migration-and-"
                "transnationalism/opportunities.md: migration-and-transnationalism/index.md`)"
                for i in ("opportunities", "p1", "p2")
            ],
        ),
    ],
)
def test_check_anchors(built: dict, redirects: dict, moves: dict, expected: list[str]) -> None:
    assert [str(p) for p in check_anchors(LOCK, built, redirects, moves).problems] == expected


@pytest.mark.parametrize(("target", "expected"), [
    ("/policy-areas/remittances/#x", []),  # a page of the site not built here (make check's area pages): the build's
    ("/policy-areas/remitances/#x", [
        "anchors.redirects.yml: /gone/#p1: points to '/policy-areas/remitances/#x', but '/policy-areas/remitances/' is no "
        "page of the site (did you mean '/policy-areas/remittances/'?)"
    ]),
])  # fmt: skip
def test_check_redirects_names_a_page_the_site_lacks_among_all_its_pages(target: str, expected: list[str]) -> None:
    built = {OPP: ["p1"]}
    pages = {OPP, "/policy-areas/remittances/"}
    problems = check_redirects({"/gone/#p1": target}, {OPP: {"p1"}}, {}, built, pages)
    assert [str(p) for p in problems] == expected


def test_a_redirect_from_an_id_never_published_names_the_gone_id_it_likely_meant() -> None:
    """p99 for p9: accepted in silence, the redirect moved nothing and p9 stayed unredirected (or failed apart)."""
    lock = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 10))]}
    built = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 9))]}
    sources = {OPP: "migration-and-transnationalism/opportunities.md"}
    problems = check_anchors(lock, built, {f"{OPP}#p99": f"{OPP}#p8"}, {}, sources).problems
    assert [str(p) for p in problems if "redirects" in p.path] == [
        f"anchors.redirects.yml: {OPP}#p99: 'p99' is not among the ids anchors.lock.json records for"
        f" docs/migration-and-transnationalism/opportunities.md (did you mean 'p9'? write the line `{OPP}#p9: {OPP}#p8`)"
    ]
    problems = check_anchors(lock, built, {f"{OPP}#intro": f"{OPP}#p8", f"{OPP}#p9": f"{OPP}#p8"}, {}).problems
    assert [str(p) for p in problems] == [
        f"anchors.redirects.yml: {OPP}#intro: 'intro' is not among the ids anchors.lock.json records for {OPP} (redirect an id anchors.lock.json"
        f" holds under `{OPP}`; if the lock lost it, make check names its commit)"
    ]


def test_checking_each_redirects_old_id_reads_the_lock_once_not_once_per_redirect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each redirect resolved every page of the lock and the words file: pages × redirects, every build and check.

    1,000 pages and 2,000 redirects took a second; the pages each lock key lives at now are looked up once.
    """
    calls = []

    def counted(page: str, built: object, moves: object) -> str:
        calls.append(page)
        return resolve_page(page, built, moves)  # type: ignore[arg-type]

    monkeypatch.setattr(anchor_check, "resolve_page", counted)
    monkeypatch.setattr(redirect_checks, "resolve_page", counted)  # where each redirect is checked
    pages = [f"/s/page-{i}/" for i in range(40)]
    lock = {page: ["p1", "p2", "p3"] for page in pages}
    built = {page: ["p1"] for page in pages}
    redirects = {f"{page}#p{n}": f"{page}#p1" for page in pages for n in (2, 3)}
    check_anchors(lock, built, redirects, {})
    assert len(calls) <= 10 * (len(lock) + len(redirects))  # a few per page and redirect: not 40 × 80 (3,200)


def test_a_misspelt_redirect_is_one_line_not_a_second_for_the_id_it_offers() -> None:
    """p99 for p9 was two lines for one typo: the redirect's, and "p9: published id is gone" (declare its new place).

    The redirect's line says to write p9's redirect; an id gone that no line offers keeps its own line.
    """
    lock = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 10)), "intro"]}
    built = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 9))]}
    problems = check_anchors(lock, built, {f"{OPP}#p99": f"{OPP}#p8"}, {}).problems
    assert [str(p) for p in problems] == [
        f"anchors.lock.json: {OPP}#intro: published id is gone (no element has id 'intro') (restore it, or declare"
        f" its new place in anchors.redirects.yml with the line `{OPP}#intro: {OPP}#new-id`)",
        f"anchors.redirects.yml: {OPP}#p99: 'p99' is not among the ids anchors.lock.json records for {OPP} (did you mean 'p9'? write the line"
        f" `{OPP}#p9: {OPP}#p8`)",
    ]


def test_a_redirect_from_an_id_published_under_a_moved_page_or_kept_by_the_words_file_passes() -> None:
    """The lock holds a renamed page's ids under its old address; a lock a merge cut still has the words of its ids."""
    lock = {"/old/": ["old", "p1", "p2"], OPP: ["opportunities", "p1"]}
    built = {OPP: ["opportunities", "p1"]}
    redirects = {f"{OPP}#p2": f"{OPP}#p1", "/old/#p2": f"{OPP}#p1", "/old/#old": f"{OPP}#opportunities"}
    assert check_anchors(lock, built, redirects, {"/old/": OPP}).problems == ()
    words = {OPP: {"p1": "a … b", "p3": "c … d"}}
    assert (
        check_anchors({OPP: ["opportunities", "p1"]}, built, {f"{OPP}#p3": f"{OPP}#p1"}, {}, {}, words).problems == ()
    )


GROUP_ID = "migration-and-transnationalism-"  # a group's id on /annotations/ is its page's file, `/` as `-`
GROUP = f"/annotations/#{GROUP_ID}"
GROUP_OF_A_PAGE_GONE = (
    f"anchors.lock.json: {GROUP}opportunities: published id is gone (no element has id"
    " 'migration-and-transnationalism-opportunities') (it is the group of migration-and-transnationalism/opportunities.md,"
    " a page gone: declare the page's move in mkdocs.yml as that page's lines say, and the move carries its group (write"
    " no line for it in anchors.redirects.yml); a page deleted for good is asked for its group's line once its move is"
    " declared)"
)


@pytest.mark.parametrize(
    ("moves", "expected"),
    [
        ({}, [GROUP_OF_A_PAGE_GONE]),  # renamed, its move not declared yet: the move is the fix, not a group's line
        ({OPP: "/migration-and-transnationalism/chances/"}, []),  # declared: the move carries the group
    ],
)
def test_the_group_of_a_page_gone_points_to_the_page_s_move_not_to_a_line_the_docs_forbid(
    moves: dict[str, str], expected: list[str]
) -> None:
    """stable-links.md: the move carries the group. Its line offered `…opportunities: …chances`, which the docs forbid."""
    chances = "/migration-and-transnationalism/chances/"
    lock = {OPP: ["p1"], "/annotations/": ["annotations", f"{GROUP_ID}opportunities"]}
    built = {chances: ["p1"], "/annotations/": ["annotations", f"{GROUP_ID}chances"]}
    file_moves = {"migration-and-transnationalism/opportunities.md": "migration-and-transnationalism/chances.md"}
    redirects = anchor_check.with_implied({}, file_moves if moves else {}, lock, built)
    problems = check_anchors(lock, built, redirects, moves).problems
    assert [str(p) for p in problems if p.field.startswith("/annotations/")] == expected


CONCLUSION = "/migration-and-transnationalism/conclusion/"
POLICY = "/migration-and-transnationalism/policy-considerations/"


def test_a_page_merged_into_a_published_page_is_refused_not_satisfied_by_its_ids() -> None:
    """conclusion's p1 is not policy-considerations' p1: their recorded words differ."""
    lock = {CONCLUSION: ["conclusion", "p1"], POLICY: ["policy-considerations", "p1", "p2"]}
    built = {POLICY: ["policy-considerations", "p1", "p2", "p3"]}
    sources = {POLICY: "migration-and-transnationalism/policy-considerations.md"}
    words = {CONCLUSION: {"p1": "transnationalism is a key … all concerned"}, POLICY: {"p1": "many of the … ones"}}
    problems = [str(p) for p in check_anchors(lock, built, {}, {CONCLUSION: POLICY}, sources, words).problems]
    assert problems == [
        f"anchors.lock.json: {CONCLUSION}#conclusion: published id is gone (no element has id 'conclusion') (restore"
        f" it, or declare its new place in anchors.redirects.yml with the line `{CONCLUSION}#conclusion: /new-page/#new-id`)",
        "mkdocs.yml: redirect_maps: migration-and-transnationalism/conclusion.md: moves the page onto"
        " migration-and-transnationalism/policy-considerations.md, published with its own p1: links to"
        f" {CONCLUSION}#p1 would land on that page's p1 (keep migration-and-transnationalism/conclusion.md as its"
        " own page, or move it to a new file)",
    ]


LANDING = "/migration-and-transnationalism/"


@pytest.mark.parametrize(
    ("landing_ids", "place"),
    [
        (["contents", "p1"], f"{LANDING}#contents"),  # stable-links.md#page-retired: the landing page's *Contents*
        (["p1"], "/new-page/#new-id"),  # a landing page without its contents list: no id to offer
    ],
)
def test_a_retired_page_s_ids_are_offered_the_landing_page_s_contents(landing_ids: list[str], place: str) -> None:
    """A page deleted for good moves onto its source's landing page; its ids go to *Contents*, as stable-links.md says."""
    lock = {CONCLUSION: ["p2"], LANDING: landing_ids}
    problems = [str(p) for p in check_anchors(lock, {LANDING: landing_ids}, {}, {CONCLUSION: LANDING}).problems]
    assert problems == [
        f"anchors.lock.json: {CONCLUSION}#p2: published id is gone (no element has id 'p2') (restore it, or declare"
        f" its new place in anchors.redirects.yml with the line `{CONCLUSION}#p2: {place}`)"
    ]


AGENTS = "/migration-and-transnationalism/agents-and-subjects/"


@pytest.mark.parametrize(
    ("index_ids", "place"),
    [
        # stable-links.md#page-retired: the group to its source's group, the h2 the build writes for the landing page
        (["annotations", "migration-and-transnationalism"], "/annotations/#migration-and-transnationalism"),
        # not the one new id /annotations/ has: another page's new group is no place for this one's links
        (
            ["annotations", "migration-and-transnationalism", f"{GROUP_ID}opportunities"],
            "/annotations/#migration-and-transnationalism",
        ),
        # the page held the source's last annotations: its group is gone too (its own line), the page's heading
        (["annotations"], "/annotations/#annotations"),
        ([], "/annotations/#new-id"),  # an index without that heading: nothing known to offer
    ],
)
def test_a_retired_page_s_group_is_offered_its_source_s_group(index_ids: list[str], place: str) -> None:
    """It was offered `/annotations/#new-id` to fill, where the build knew the group stable-links.md says to write.

    With the source's group gone too, it was offered `/annotations/#new-id`: the page's heading is where its links land.
    """
    group = f"{GROUP}agents-and-subjects"
    locked = ["annotations", "migration-and-transnationalism", group.partition("#")[2]]
    lock = {AGENTS: ["p1"], LANDING: ["contents"], "/annotations/": locked}
    built = {LANDING: ["contents"], "/annotations/": index_ids}
    redirects = {f"{AGENTS}#p1": f"{LANDING}#contents"}
    problems = check_anchors(lock, built, redirects, {AGENTS: LANDING}).problems
    assert [str(p) for p in problems if p.field == group] == [
        f"anchors.lock.json: {group}: published id is gone (no element has id '{group.partition('#')[2]}') (restore"
        f" it, or declare its new place in anchors.redirects.yml with the line `{group}: {place}`)"
    ]


def test_a_renamed_page_recorded_with_an_id_retired_on_the_way_is_no_merge() -> None:
    """The set of ids differs (a heading renamed with a redirect); the paragraphs' words are the same."""
    closing = "/migration-and-transnationalism/closing/"
    lock = {CONCLUSION: ["conclusion", "p1"], closing: ["closing", "p1"]}
    words = {CONCLUSION: {"p1": "the same … words"}, closing: {"p1": "the same … words"}}
    redirects = {f"{CONCLUSION}#conclusion": f"{closing}#closing"}
    result = check_anchors(lock, {closing: ["closing", "p1"]}, redirects, {CONCLUSION: closing}, {}, words)
    assert result.problems == ()


def test_a_redirect_from_a_moved_page_is_refused_once_the_page_it_moved_to_has_the_id() -> None:
    """conclusion.md moved onto the source's index, its p1 redirected; the index's own new p1 would take its links.

    The script follows a redirect only when no element has the id: the old page's stub lands on the
    index, where `#p1` is now another paragraph, and the redirect is never used.
    """
    index = "/migration-and-transnationalism/"
    lock = {CONCLUSION: ["conclusion", "p1"], index: ["migration-and-transnationalism", "contents"]}
    redirects = {f"{CONCLUSION}#{i}": f"{index}#contents" for i in ("conclusion", "p1")}
    moves = {CONCLUSION: index}
    assert check_anchors(lock, {index: ["migration-and-transnationalism", "contents"]}, redirects, moves).problems == ()
    built = {index: ["migration-and-transnationalism", "p1", "contents"]}
    assert [str(p) for p in check_anchors(lock, built, redirects, moves).problems] == [
        f"anchors.redirects.yml: {CONCLUSION}#p1: the id is on {index} now, where the page moved (mkdocs.yml"
        " redirect_maps), so links land on that element and the redirect would never be used (give that element"
        " another id, or remove the redirect)"
    ]


def test_a_renamed_page_passes_before_and_after_its_new_address_is_recorded() -> None:
    renamed = {OPP: "/migration-and-transnationalism/chances/"}
    built = {"/migration-and-transnationalism/chances/": ["opportunities", "p1", "p2"]}
    assert check_anchors(LOCK, built, {}, renamed).problems == ()
    assert check_anchors({**LOCK, **built}, built, {}, renamed).problems == ()


def test_a_move_from_a_page_still_built_is_named() -> None:
    built = {**dict.fromkeys((OPP, "/elsewhere/"), ["opportunities", "p1", "p2"])}
    problems = [str(p) for p in check_anchors(LOCK, built, {}, {OPP: "/elsewhere/"}).problems]
    assert problems == [
        "mkdocs.yml: redirect_maps: migration-and-transnationalism/opportunities.md: the page is still built: the"
        " move's stub would replace it (remove the move from mkdocs.yml, or the page"
        " migration-and-transnationalism/opportunities.md)"
    ]


def test_while_other_errors_stand_the_anchor_problems_are_one_line() -> None:
    problems = list(check_anchors(LOCK, {"/new/": ["opportunities"]}, {}, {}).problems)
    assert len(problems) == 3
    assert [str(p) for p in while_errors_stand(problems)] == [
        f"anchors.lock.json: 3 anchor problem(s) not listed one by one while the other errors stand (the first: "
        f"{OPP}#opportunities: published id is gone (page is gone)) (fix the other lines first; the next build checks "
        "every published id again)"
    ]
    assert while_errors_stand([]) == []


def test_unrecorded_ids_are_named_per_page_and_recorded_without_losing_old_ones() -> None:
    result = check_anchors(LOCK, {OPP: ["opportunities", "p1", "p3"], "/": ["home"]}, {f"{OPP}#p2": f"{OPP}#p1"}, {})
    assert [str(p) for p in format_unrecorded(result.unrecorded)] == [
        "anchors.lock.json: /: 1 published id(s) not recorded: home (run 'make anchors')",
        f"anchors.lock.json: {OPP}: 1 published id(s) not recorded: p3 (run 'make anchors')",
    ]
    assert record(LOCK, {OPP: ["opportunities", "p1", "p3"]}) == {OPP: ["opportunities", "p1", "p2", "p3"]}
