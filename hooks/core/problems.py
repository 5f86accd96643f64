"""One contributor mistake, as one line a contributor can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A mistake in a file: where it is, which field, what is wrong and how to fix it."""

    path: str
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        """Render as `path: field: message (hint)`, the one line the build prints."""
        where = f"{self.path}: {self.field}: " if self.field else f"{self.path}: "
        return f"{where}{self.message}" + (f" ({self.hint})" if self.hint else "")


def format_problems(problems: list[Problem]) -> str:
    """Join problems into the block shown to the user, sorted so output is stable."""
    return "\n".join(sorted({str(problem) for problem in problems}))
