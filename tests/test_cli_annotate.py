"""make annotate writes a note that make check accepts, refusing what the schema refuses and writing nothing then."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, edit, run_build

from hooks.cli import annotate, check
from hooks.core.annotation_folder import load_annotations
from hooks.core.annotations import PLACEHOLDER_AUTHOR, PLACEHOLDER_BODY
from hooks.core.schema_messages import PATTERNS, PLAIN_TEXT, plain_text_hint
from hooks.core.text import NO_REFERENCE_PATTERN, VISIBLE_PATTERN

TYPED_OTHERWISE = ["yes", "No", "on", "12:30", "1_000", "0x1F", ".inf", "null", "~", "2026-12-05", "2026/12/05"]


def test_annotate_writes_values_yaml_would_read_otherwise_as_typed(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No line to offer (`yaml_as_written.written_scalar`, `typed_dates.date_hint`): the file holds what was typed.

    AUTHOR and QUOTE are written quoted where YAML would read them as true, a number, null or a date,
    and `created` is today's day as YYYY-MM-DD: make check reads each back as the text typed.
    """
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds", "--author", "yes"]) == 0
    )
    assert "Wrote annotations/notes/raise-funds.md" in capsys.readouterr().out
    notes, today = broken_project / "annotations/notes", dt.date.today()
    for n, typed in enumerate(TYPED_OTHERWISE):
        text = annotate.skeleton(f"typed-{n}", "migration-and-transnationalism/opportunities.md", "p3", "raise funds",
                                 typed, today)  # fmt: skip
        (notes / f"typed-{n}.md").write_text(text, encoding="utf-8")
    for note in [notes / "raise-funds.md", *notes.glob("typed-*.md")]:  # the text written, as the file asks
        note.write_text(note.read_text(encoding="utf-8").replace(PLACEHOLDER_BODY, "Which funds?\n"), encoding="utf-8")
    annotations, problems = load_annotations(broken_project, None, today)
    assert problems == []
    names = {a.id: a.author for a in annotations}
    assert [names.get(f"typed-{n}") for n in range(len(TYPED_OTHERWISE))] == TYPED_OTHERWISE
    assert names.get("raise-funds") == "yes"
    assert {a.created for a in annotations if a.id.startswith(("typed-", "raise-funds"))} == {today.isoformat()}


def test_annotate_writes_a_valid_file_with_a_fresh_id(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds to\nsupport communities"])
        == 0
    )
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds to support communities"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Wrote annotations/notes/raise-funds-to-support-communities.md" in out
    assert "Wrote annotations/notes/raise-funds-to-support-communities-2.md" in out
    notes = [broken_project / "annotations" / "notes" / f"raise-funds-to-support-communities{n}.md" for n in ("", "-2")]
    _, problems = load_annotations(broken_project, None, dt.date.today())
    placeholders = [(f"annotations/notes/{n.name}", field) for n in notes for field in ("author.name", "body")]
    assert sorted((p.path, p.field) for p in problems) == sorted(placeholders), (
        "the placeholder body and author (no AUTHOR given) are not an annotation: make check says to write them"
    )
    for note in notes:
        text = note.read_text(encoding="utf-8").replace(PLACEHOLDER_BODY, "Which funds?\n")
        note.write_text(text.replace(f"name: {PLACEHOLDER_AUTHOR}", "name: A. Scholar"), encoding="utf-8")
    annotations, problems = load_annotations(broken_project, None, dt.date.today())
    assert problems == []
    new = next(a for a in annotations if a.id == "raise-funds-to-support-communities")
    assert (new.page, new.paragraph, new.quote, new.created) == (
        "migration-and-transnationalism/opportunities.md",
        "p3",
        "raise funds to support communities",
        dt.date.today().isoformat(),
    )
    capsys.readouterr()
    assert check.main(["--root", str(broken_project)]) == 1, "CI's strict build would fail: the ids are not recorded"
    unrecorded = (
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 2 published id(s) not recorded:"
        " raise-funds-to-support-communities, raise-funds-to-support-communities-2 (run 'make anchors')"
    )
    assert capsys.readouterr().out.strip() == unrecorded
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert recorded.returncode == 0, recorded.stderr
    assert check.main(["--root", str(broken_project)]) == 0


def test_check_names_the_placeholder_body_and_a_quote_gone_wrong_in_one_run_straight_after_annotate(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/about/contributing.md, step 5, says so: the "not recorded" line comes once the text is written.

    A quote edited wrong is named beside the placeholder, in the same run (`refused_targets`), not after.
    """
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    arguments = ["--root", str(broken_project), "--url", url, "--quote", "raise funds", "--author", "A. Scholar"]
    assert annotate.main(arguments) == 0
    note = broken_project / "annotations" / "notes" / "raise-funds.md"
    written = note.read_text(encoding="utf-8")
    note.write_text(written.replace("quote: raise funds", "quote: rise"), encoding="utf-8")  # checked once written
    capsys.readouterr()
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "annotations/notes/raise-funds.md: body: is still the placeholder 'Write the annotation here, in Markdown. …'"
        " (write the annotation's text in its place)",
        # `raise` alone occurs twice in p3, a quote the check would refuse next: the passage offered occurs once
        "annotations/notes/raise-funds.md: target.quote: 'rise' is not in p3 (closest passage: 'to raise')",
    ]
    note.write_text(written.replace(PLACEHOLDER_BODY, "Which funds?\n"), encoding="utf-8")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded: raise-funds"
        " (run 'make anchors')"
    ]


def test_check_says_to_record_a_new_id_once_the_other_lines_are_fixed(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make anchors` records nothing while the build fails: the "not recorded" line, sorted first, must not send
    a contributor there before the quote is fixed; the build, which refuses to record, says the same."""
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 0
    note = broken_project / "annotations" / "notes" / "raise-funds.md"
    text = note.read_text(encoding="utf-8").replace(PLACEHOLDER_BODY, "Which funds?\n")
    text = text.replace(f"name: {PLACEHOLDER_AUTHOR}", "name: A. Scholar").replace("quote: raise funds", "quote: rise")
    note.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert check.main(["--root", str(broken_project)]) == 1
    lines = capsys.readouterr().out.splitlines()
    unrecorded = (
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded: raise-funds"
        " (fix the other lines first, then run 'make anchors': it records nothing while the build fails)"
    )
    assert unrecorded in lines, lines
    assert any(line.startswith("annotations/notes/raise-funds.md: target.quote: 'rise'") for line in lines), lines
    lock = (broken_project / "anchors.lock.json").read_text(encoding="utf-8")
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert recorded.returncode == 1
    assert "no id is recorded from a build that fails" in recorded.stderr
    assert (broken_project / "anchors.lock.json").read_text(encoding="utf-8") == lock
    built = run_build(broken_project, broken_project / "site")
    assert unrecorded in built.stderr, "the build's line is make check's"


def test_annotate_gives_no_id_the_page_has_or_has_published(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`opportunities` is the page heading's id: the skeleton the build then refused had it."""
    lock = broken_project / "anchors.lock.json"
    ids = json.loads(lock.read_text(encoding="utf-8"))
    ids["/migration-and-transnationalism/opportunities/"].append("these-are-but-a-few")  # a removed annotation's
    lock.write_text(json.dumps(ids), encoding="utf-8")
    url = "/migration-and-transnationalism/opportunities/#p5"
    for quote in ("opportunities", "These are but a few of the many"):
        assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote, "--author", "Ana"]) == 0
    out = capsys.readouterr().out
    assert "Wrote annotations/notes/opportunities-2.md" in out
    assert "Wrote annotations/notes/these-are-but-a-few-2.md" in out
    check.main(["--root", str(broken_project)])
    assert " id: " not in capsys.readouterr().out


def test_annotate_names_the_annotations_on_the_same_words(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's example once quoted words `transfer-of-ideas` annotates: a second note was written unread."""
    url = "/migration-and-transnationalism/opportunities/#p3"
    quotes = (
        "the transfer of ideas",
        "manifests itself in the transfer of ideas",
        "itself in the transfer",
        "raise funds",
    )
    for quote in quotes:
        assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote, "--author", "Ana"]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if line.startswith("These words")]
    line = "These words are annotated already, by transfer-of-ideas: read it first; yours is shown beside it."
    assert said == [line] * 3, "the words, words around them, words overlapping them; a skeleton is no annotation yet"


@pytest.mark.parametrize(
    ("author", "pattern"),
    [("Ana <b>Peña</b>", PLAIN_TEXT), ("Ana &ltb", NO_REFERENCE_PATTERN), ("Ana &#60;b", NO_REFERENCE_PATTERN)],
    ids=["markup", "reference", "reference-with-semicolon"],
)
def test_annotate_refuses_a_name_the_schema_refuses_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str], author: str, pattern: str
) -> None:
    """It wrote the file, which make check then refused with this line on `author.name`."""
    message, hint = PATTERNS[pattern]
    hint = plain_text_hint("name") if pattern == PLAIN_TEXT else hint  # where a name's markup would be read as HTML
    said = f"{message.format(value=repr(author))} ({hint})"
    notes = broken_project / "annotations/notes"
    before = sorted(notes.iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds", "--author", author]) == 1
    )
    assert capsys.readouterr().out.strip() == f"AUTHOR: {said}"
    assert sorted(notes.iterdir()) == before
    today = dt.date.today()  # the file it wrote: make check's line has the same words
    path = "annotations/notes/raise-funds.md"
    text = annotate.skeleton(
        "raise-funds", "migration-and-transnationalism/opportunities.md", "p3", "raise funds", author, today
    )
    (broken_project / path).write_text(text, encoding="utf-8")
    _, problems = load_annotations(broken_project, None, today)
    assert f"{path}: author.name: {said}" in [str(problem) for problem in problems]


@pytest.mark.parametrize(
    ("author", "said"),
    [
        ("Ana " * 80, "is 319 characters long, more than the 300 it may have (shorten it to 300 characters or fewer)"),
        ("Ana\u2028Peña", "holds control characters no one can see: U+2028 (delete them: a line or paragraph separator"
         " (U+2028, U+2029) is a line break no one sees, so write a space in its place)"),
    ],
    ids=["too-long", "line-separator"],
)  # fmt: skip
def test_annotate_refuses_a_name_too_long_or_broken_unseen_before_writing(author: str, said: str) -> None:
    """A 100 kB AUTHOR was written into the file, and every tooltip of the annotation showed it."""
    assert [str(problem) for problem in annotate.check_typed(ROOT, "raise funds", author.strip())] == [
        f"AUTHOR: {said}"
    ]


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        (
            "support &lt communities",
            " (".join(PATTERNS[NO_REFERENCE_PATTERN]).format(value="'support &lt communities'") + ")",
        ),
        ("communities, \u0007 bell", "holds control characters no one can see: U+0007 (delete them)"),
        # not in the paragraph either: the schema's line alone, one line for one mistake
        (
            "raise funds\u202e",
            "holds control characters no one can see: U+202E (delete them: a direction control (U+202A–U+202E, "
            "U+2066–U+2069) makes text read in another order than written)",
        ),
        ("\u200b", " (".join(PATTERNS[VISIBLE_PATTERN]) + ")"),
    ],
    ids=["reference", "control", "control-not-in-the-paragraph", "invisible"],
)
def test_annotate_refuses_a_quote_the_schema_refuses_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str], quote: str, said: str
) -> None:
    """It wrote the file when the page showed the words, which make check then refused with this line on `target.quote`."""
    page = "docs/migration-and-transnationalism/opportunities.md"
    edit(broken_project, page, "support communities", "support &amp;lt communities, \u0007 bell")  # a page showing both
    notes = broken_project / "annotations/notes"
    before = sorted(notes.iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote, "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == f"QUOTE: {said}"
    assert sorted(notes.iterdir()) == before
    today = dt.date.today()  # the file it wrote: make check's line has the same words
    path = "annotations/notes/refused.md"
    text = annotate.skeleton("refused", "migration-and-transnationalism/opportunities.md", "p3", quote, "Ana", today)
    (broken_project / path).write_text(text, encoding="utf-8")
    _, problems = load_annotations(broken_project, None, today)
    assert f"{path}: target.quote: {said}" in [str(problem) for problem in problems]


USAGE = (
    'usage: make annotate URL="…/migration-and-transnationalism/opportunities/#p3" QUOTE="words from that paragraph"'
    ' [AUTHOR="Your name"]'
)


def test_annotate_without_its_inputs_names_all_three(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The usage line is what a newcomer sees first: it named URL and QUOTE, and AUTHOR only in make help."""
    for name in ("URL", "QUOTE", "AUTHOR"):
        monkeypatch.delenv(name, raising=False)
    assert annotate.main([]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == USAGE


@pytest.mark.parametrize(
    ("url", "quote", "line"),
    [
        (
            "",
            "",
            "make annotate: URL and QUOTE are missing (the link of a paragraph's ¶ number, and words copied from that"
            " paragraph)",
        ),
        (
            "",
            "post-conflict reconstruction",
            "make annotate: URL is missing (copy the link of the ¶ number of the paragraph that QUOTE's words are from)",
        ),
        (
            "https://example.org/migration-and-transnationalism/opportunities/#p3",
            "",
            "make annotate: QUOTE is missing or blank (copy the words you annotate from the paragraph URL links)",
        ),
        (
            "https://example.org/migration-and-transnationalism/opportunities/#p3",
            " \u00a0 ",
            "make annotate: QUOTE is missing or blank (copy the words you annotate from the paragraph URL links)",
        ),
    ],
)
def test_annotate_names_the_missing_input_before_the_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, quote: str, line: str
) -> None:
    """The usage line alone left a newcomer who typed one of the two to guess which make had not received."""
    for name, value in (("URL", url), ("QUOTE", quote)):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AUTHOR", raising=False)
    assert annotate.main([]) == 2
    assert capsys.readouterr().err.splitlines() == [line, USAGE]


@pytest.mark.parametrize("author", ["", "  "], ids=["empty", "blank"])
def test_annotate_takes_an_empty_author_for_none_given(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], author: str
) -> None:
    """`AUTHOR=""` is optional AUTHOR left empty (a command line edited from the docs' example): the docs
    promise `name: Your name` without it; it was refused with the schema's "should be non-empty"."""
    url = "/migration-and-transnationalism/opportunities/#p3"
    for name, value in (("URL", url), ("QUOTE", "raise funds"), ("AUTHOR", author)):
        monkeypatch.setenv(name, value)
    assert annotate.main(["--root", str(broken_project)]) == 0, capsys.readouterr().out
    text = (broken_project / "annotations" / "notes" / "raise-funds.md").read_text(encoding="utf-8")
    assert f"name: {PLACEHOLDER_AUTHOR}\n" in text


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (None, "annotations/schema/annotation.schema.json: file not found"
         " (restore it from git: git checkout -- annotations/schema/annotation.schema.json)"),
        ('{"properties": {"target": {"type": "objet"}}}', "annotations/schema/annotation.schema.json:"
         " properties.target.type: is not valid JSON Schema: 'objet' is not valid under any of the given schemas"
         " (write it as JSON Schema 2020-12 does, or restore it: git checkout -- annotations/schema/annotation.schema.json)"),
        # a valid schema that says nothing of the quote or the name: nothing of them to check, no KeyError
        ('{"type": "object"}', None),
    ],
    ids=["missing", "no-json-schema", "no-properties"],
)  # fmt: skip
def test_make_annotate_names_an_annotation_schema_it_cannot_check_with_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    content: str | None, line: str | None,
) -> None:  # fmt: skip
    """It stopped with a traceback; a file written unchecked could not pass make check either."""
    monkeypatch.delenv("SITE_URL", raising=False)
    schema = broken_project / "annotations/schema/annotation.schema.json"
    schema.unlink()
    if content is not None:
        schema.write_text(content, encoding="utf-8")
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    status = annotate.main(
        ["--root", str(broken_project), "--url", url, "--quote", "raise funds to support communities"]
    )
    if line is None:
        assert status == 0 and capsys.readouterr().out.startswith("Wrote annotations/notes/")
        return
    assert status == 1 and capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


def run_make_annotate(project: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    """`make annotate VAR=value…` as a contributor runs it, with this test run's Python as the venv's."""
    shutil.copy2(ROOT / "Makefile", project / "Makefile")
    stamp = project / "runtime-installed"  # the venv is this run's: make is told it is up to date
    stamp.touch()
    return subprocess.run(
        [
            "make",
            "-s",
            "-o",
            str(stamp),
            f"RUNTIME={stamp}",
            f"BIN={Path(sys.executable).parent}",
            "annotate",
            *variables,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_annotate_passes_a_dollar_sign_as_typed(broken_project: Path) -> None:
    """Make expanded `$m` in `AUTHOR='Jo $mith'` to nothing and wrote 'Jo ith'; the docs' cure, `$$`, typed in the
    double quotes their example uses, was the shell's process id. The values now reach the script as typed."""
    result = run_make_annotate(
        broken_project,
        "URL=migration-and-transnationalism/opportunities.md#p3",
        "QUOTE=post-conflict reconstruction",
        "AUTHOR=Jo $mith & Co. (US$ 5)",
    )
    assert result.returncode == 0, result.stderr
    text = (broken_project / "annotations/notes/post-conflict-reconstruction.md").read_text(encoding="utf-8")
    assert "  name: Jo $mith & Co. (US$ 5)\n" in text
