"""The benchmark cannot rot: its generator writes the real formats and a tiny corpus builds strictly."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest
import yaml
from conftest import parse, run_build
from edition_pages import built_ids, checked_ids

from bench.configs import (
    EDITION_CONFIG,
    PLAIN_CONFIG,
    TaggedLoader,
    edition_config,
    load_config,
    plain_config,
    self_contained,
    write_project,
)
from bench.generate import PARAGRAPHS_PER_PAGE, generate, plain_text
from bench.render import write_corpus
from bench.report import load_results, round_ratios, row, save_results, summary_lines
from bench.run import RECORD_ENV
from bench.term_matching import flat_pattern, time_pattern, trie_pattern

ROOT = Path(__file__).resolve().parent.parent
RE_PARAGRAPH_ID_LINE = re.compile(r"^\{ #(p[0-9]+)(?: data-policy-areas=\"([a-z -]+)\")? \}$", re.MULTILINE)


def write_tiny_project(destination: Path, pages: int = 3) -> Path:
    """A generated corpus with both configurations, ready to build."""
    write_project(destination, write_corpus(destination, generate(pages)))
    return destination


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_project(tmp_path_factory.mktemp("bench") / "project")


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    first = tree(write_corpus(tmp_path / "a", generate(3)) and tmp_path / "a")
    second = tree(write_corpus(tmp_path / "b", generate(3)) and tmp_path / "b")
    assert first == second
    assert tree(write_corpus(tmp_path / "c", generate(3, seed=9)) and tmp_path / "c") != first


def test_pages_have_front_matter_and_numbered_paragraphs(tiny: Path) -> None:
    areas = {area["id"] for area in yaml.safe_load((ROOT / "annotations/policy-areas.yml").read_text())}
    pages = sorted((tiny / "docs").glob("paper-*/[0-9]*.md"))
    assert len(pages) == 3
    used = set()
    for page in pages:
        post = frontmatter.loads(page.read_text(encoding="utf-8"))
        assert set(post.metadata) == {"title", "source", "order", "tags"}
        assert post["source"] == page.parent.name
        ids = RE_PARAGRAPH_ID_LINE.findall(post.content)
        assert [pid for pid, _ in ids] == [f"p{n}" for n in range(1, PARAGRAPHS_PER_PAGE + 1)]
        used |= set(post["tags"]) | {tag for _, tags in ids for tag in tags.split()}
    assert used == areas  # every area is used, even in a three-page corpus


def test_annotation_quotes_occur_once_and_definitions_point_at_paragraphs() -> None:
    corpus = generate(3)
    paragraphs = {f"{page.path}#p{i + 1}": p for page in corpus.pages for i, p in enumerate(page.paragraphs)}
    assert len(corpus.notes) >= 3
    for note in corpus.notes:
        target = note["target"]
        assert plain_text(paragraphs[f"{target['page']}#{target['paragraph']}"]).count(target["quote"]) == 1
    for term in corpus.terms:
        for page, index in corpus.definitions[term.id]:
            assert f"{term.term[:1].upper()}{term.term[1:]} denotes" in plain_text(page.paragraphs[index])
    assert len(corpus.terms) == 200


def test_written_glossary_and_notes_use_the_contract_fields(tiny: Path) -> None:
    glossary = yaml.safe_load((tiny / "annotations/glossary.yml").read_text(encoding="utf-8"))
    assert set(glossary[0]) == {"id", "term", "aliases", "definitions", "see_also"}
    assert set(glossary[0]["definitions"][0]) == {"anchor", "attribution"}
    note = frontmatter.loads(next((tiny / "annotations/notes").glob("*.md")).read_text(encoding="utf-8"))
    assert set(note.metadata) == {"id", "target", "motivation", "tags", "author", "created"}
    assert set(note["target"]) == {"page", "paragraph", "quote"}
    assert note.content.strip()


def test_plain_config_is_the_edition_minus_hooks_extensions_and_overrides() -> None:
    real = load_config()
    nav = [{"Home": "index.md"}]
    edition, plain = edition_config(real, nav), plain_config(real, nav)
    assert {k: v for k, v in edition.items() if k != "nav"} == {k: v for k, v in real.items() if k != "nav"}
    assert "hooks" not in plain and "custom_dir" not in plain["theme"]
    assert not [e for e in plain["markdown_extensions"] if str(e).startswith("hooks.")]
    assert plain["theme"]["features"] == real["theme"]["features"]
    assert plain["plugins"] == real["plugins"]


@pytest.mark.parametrize(
    ("links", "available", "kept"),
    [
        ({"a.md": set(), "b.md": {"a.md"}}, set(), {"a.md", "b.md"}),
        ({"a.md": {"src/p.md"}, "b.md": {"a.md"}, "c.md": {"index.md"}}, {"index.md"}, {"c.md"}),
        ({"guide.md": {"glossary.md"}, "about.md": {"guide.md"}}, {"glossary.md"}, {"guide.md", "about.md"}),
        ({"guide.md": {"glossary.md"}, "about.md": {"guide.md"}}, set(), set()),
    ],
)
def test_real_pages_are_kept_only_when_their_links_resolve(links, available, kept) -> None:
    assert self_contained(links, available) == kept


@pytest.mark.parametrize("config", [EDITION_CONFIG, PLAIN_CONFIG])
def test_tiny_corpus_builds_strictly(tiny: Path, tmp_path: Path, config: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in RECORD_ENV.items():  # as the runner does: record the new corpus's ids first
        monkeypatch.setenv(name, value)
    run_build(tiny, tmp_path / "record", "-f", config)
    for name in RECORD_ENV:
        monkeypatch.delenv(name)
    result = run_build(tiny, tmp_path / "site", "-f", config)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    page = next((tmp_path / "site").glob("paper-001/01-*/index.html"))
    article = parse(page).find("article")
    assert [p["id"] for p in article.find_all("p", id=re.compile(r"^p[0-9]+$"))][-1] == f"p{PARAGRAPHS_PER_PAGE}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Diaspora and diasporas.", ["Diaspora", "diasporas"]),
        ("a transnational community here", ["transnational community"]),
        ("a transnational\n  community", ["transnational\n  community"]),
        ("transnationalism, transnationalisms", ["transnationalism"]),
        ("subdiaspora diaspora-like", ["diaspora"]),
    ],
)
def test_trie_pattern_matches_what_the_flat_alternation_matches(text: str, expected: list[str]) -> None:
    forms = ["diaspora", "diasporas", "transnationalism", "transnational community", "community"]
    for pattern in (flat_pattern(forms), trie_pattern(forms)):
        assert [m.group(0) for m in pattern.finditer(text)] == expected


def test_trie_pattern_agrees_with_flat_alternation_on_a_corpus() -> None:
    corpus = generate(3)
    texts = [plain_text(p) for page in corpus.pages for p in page.paragraphs]
    forms = sorted({form for term in corpus.terms for form in term.forms})
    assert time_pattern(flat_pattern(forms), texts)[1] == time_pattern(trie_pattern(forms), texts)[1]


def test_summary_gives_the_median_ratio_and_the_spread_of_single_rounds() -> None:
    def scale(plain: list[float], edition: list[float]) -> dict:
        median = sorted(plain)[len(plain) // 2], sorted(edition)[len(edition) // 2]
        return {
            "plain": {"median_s": median[0], "median_cpu_s": median[0], "runs_s": plain, "runs_cpu_s": plain},
            "edition": {"median_s": median[1], "median_cpu_s": median[1], "runs_s": edition, "runs_cpu_s": edition},
        }

    scales = {"100": scale([2.0, 2.0, 2.0], [3.0, 3.0, 3.0]), "1000": scale([60.0, 50.0, 40.0], [66.0, 60.0, 50.0])}
    assert round_ratios(scales["1000"], "median_cpu_s") == [1.1, 1.2, 1.25]
    lines = summary_lines(scales)
    assert (
        "- Growth of the added CPU time, added(1,000) / added(100): **10.0** (target ≤ 11: met; 10 is exactly linear)."
        in lines
    )
    assert (
        "- Ratio at 1,000 pages (CPU): **1.200×** (target ≤ 1.15×: NOT met); single rounds ranged 1.100–1.250×."
        in lines
    )
    assert not [line for line in lines if "different days" in line], "no measurement dates: no warning"
    scales["100"]["measured"], scales["1000"]["measured"] = "2026-11-23 18:12 UTC", "2026-12-02 23:18 UTC"
    assert summary_lines(scales)[0].startswith(
        "- The 100- and 1,000-page rows were measured on different days (2026-11-23, 2026-12-02)"
    )
    scales["100"]["measured"] = "2026-12-02 23:24 UTC"
    assert not [line for line in summary_lines(scales) if "different days" in line]


def test_phases_times_each_kind_of_page_and_each_hook(tmp_path: Path) -> None:
    """bench/phases.py builds a corpus in its own process and names where the time went."""

    def phases(*flags: str) -> str:
        command = [sys.executable, "bench/phases.py", "--pages", "3", "--corpus", str(tmp_path), *flags]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        return result.stdout

    edition, plain = phases(), phases("--plain")
    for report in (edition, plain):
        assert re.match(r"- Build: [0-9.]+ s CPU", report)
        assert "| markdown: source pages | 3 |" in report
    assert "| event files: glossary_links.py | 1 |" in edition  # the glossary loads when MkDocs has read docs/
    assert "glossary_links.py" not in plain


def test_summary_compares_a_baseline_built_in_the_same_rounds() -> None:
    def timings(*cpu: float) -> dict:
        return {
            "median_s": sorted(cpu)[1],
            "median_cpu_s": sorted(cpu)[1],
            "runs_s": list(cpu),
            "runs_cpu_s": list(cpu),
        }

    result = {
        "plain": timings(10.0, 20.0, 10.0),
        "edition": timings(12.0, 22.0, 11.0),
        "baseline": timings(13.0, 26.0, 14.0),
        "baseline_commit": "main abc1234",
    }
    assert summary_lines({"1000": result})[0] == (
        "- Before/after at 1,000 pages, built in the same rounds (CPU): before (main abc1234) **1.300×** plain "
        "(rounds 1.300–1.400×), after **1.100×** (rounds 1.100–1.200×); added +4.00 s → +2.00 s."
    )


def test_ratio_and_added_pair_the_builds_of_each_round() -> None:
    """3 December's 1,000-page rounds: the ratio of the medians said 1.142× (met); four rounds of five said ≥ 1.22×."""
    plain, edition = [50.30, 63.29, 65.49, 57.75, 62.53], [61.57, 80.44, 69.51, 71.40, 80.51]
    result = {
        "plain": {"median_s": 62.53, "median_cpu_s": 62.53, "runs_s": plain, "runs_cpu_s": plain},
        "edition": {"median_s": 71.40, "median_cpu_s": 71.40, "runs_s": edition, "runs_cpu_s": edition},
    }
    assert round(71.40 / 62.53, 3) == 1.142, "what the ratio of the medians would report"
    lines = summary_lines({"1000": result})
    assert (
        "- Ratio at 1,000 pages (CPU): **1.236×** (target ≤ 1.15×: NOT met); single rounds ranged 1.061–1.288×."
        in lines
    )
    for build in result.values():
        build |= {"peak_mib": 100.0, "warnings": 0}
    table_row = row("1000", result | {"runs": 5, "load_average": 1.0, "measured": "today"})
    assert "| 62.53 | 71.40 | 1.236× | +13.65 |" in table_row, table_row


def test_instruction_counts_are_read_from_callgrind_and_compared_to_plain() -> None:
    from bench.instructions import callgrind_command, collected, report

    log = (
        "==4242== Events    : Ir\n==4242== Collected : 28797654557\n==4242==\n==4242== I   refs:      28,797,654,557\n"
    )
    assert collected(log) == 28_797_654_557
    assert callgrind_command("mkdocs.yml", Path("/tmp/s"))[:3] == [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
    ]
    assert report(1000, {"plain": 200_000_000_000, "edition": 250_000_000_000}).splitlines()[2:] == [
        "- plain: 200.00 G, 1.000× plain",
        "- edition: 250.00 G, 1.250× plain",
    ]
    with pytest.raises(SystemExit, match="no instruction count"):
        collected("==1== error\n")


def test_a_feature_is_left_out_by_its_hook_adapters_and_costed_against_the_whole() -> None:
    from bench.features import FEATURES, report, without_hooks

    real = (ROOT / EDITION_CONFIG).read_text("utf-8")
    for _, left_out in FEATURES.values():
        config = yaml.load(without_hooks(real, left_out), Loader=TaggedLoader)  # noqa: S506 (safe loader subclass)
        kept = [Path(hook).name for hook in config["hooks"]]
        assert not set(left_out) & set(kept)
        assert len(kept) == len(load_config(ROOT)["hooks"]) - len(left_out)
        assert config["markdown_extensions"] == load_config(ROOT)["markdown_extensions"]
    with pytest.raises(SystemExit, match="expected gone.py among"):
        without_hooks(real, ("gone.py",))

    counts = {"plain": 100_000_000_000, "edition": 120_000_000_000}
    counts |= {name: 120_000_000_000 - cost for name, cost in zip(FEATURES, (8e9, 4e9, 3e9, 2e9), strict=True)}
    lines = report(300, counts).splitlines()
    assert (
        lines[0]
        == "Instructions of one build at 300 pages (callgrind): plain 100.00 G, edition 120.00 G (1.200× plain, +20.00 G)"
    )
    assert lines[4] == "| glossary | 112.00 | 1.120× | 8.00 | 40% |"
    assert lines[-1] == "| the rest (no single feature) | | | 3.00 | 15% |"
    only = report(300, {"plain": counts["plain"], "edition": counts["edition"], "citation": counts["citation"]})
    assert only.splitlines()[4:] == ["| citation (Cite block, ¶ links, bibliography) | 117.00 | 1.170× | 3.00 | 15% |"]


def test_results_go_to_a_folder_not_made_yet(tmp_path: Path) -> None:
    """`--results /tmp/x` lost a 1,000-page run to FileNotFoundError once every build was measured."""
    folder = tmp_path / "new" / "results"
    save_results(folder, {"machine": {"commit": "abc"}, "scales": {"100": {"runs": 1}, "10": {"runs": 2}}})
    assert load_results(folder) == {"machine": {"commit": "abc"}, "scales": {"10": {"runs": 2}, "100": {"runs": 1}}}


def test_make_check_knows_every_id_a_generated_corpus_publishes_the_policy_area_pages_too(tmp_path: Path) -> None:
    """Ids beyond the real site's (every page's footnotes, many annotations, 200 terms): a miss would be a false alarm."""
    project = write_tiny_project(tmp_path / "project", pages=30)
    for env in (RECORD_ENV, {}):  # as the runner does: record the new corpus's ids first
        result = run_build(project, tmp_path / "site", env=env)
        assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    checked, unknown = checked_ids(project)
    built = built_ids(tmp_path / "site")
    assert not unknown and any(page.startswith("/policy-areas/") for page in checked)
    assert checked == built
