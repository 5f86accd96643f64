"""What the tests of a source's record share: the bibliography check's lines, and a line as printed with its section."""

from __future__ import annotations

from conftest import ROOT

from hooks.core.bibliography_checks import bibliography_schema, check_bibliography


def bibliography_lines(csl: object) -> list[str]:
    """What the bibliography check says of `csl`, against the edition's schema."""
    return [str(p) for p in check_bibliography("docs/s/index.md", csl, bibliography_schema(ROOT)[0])]


def seeing(line: str, section: str) -> str:
    """A record's line as printed: its hint ends with the section of the editors' page that explains it."""
    see = f"see docs/about/source-records.md#{section}"
    if not line.endswith(")"):
        return f"{line} ({see})"
    return f"{line[:-1]} {see})" if line.endswith("?)") else f"{line[:-1]}; {see})"
