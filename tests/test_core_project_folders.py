"""The settings file's name is spelt once, in `hooks/core/project_folders.py`: each module's lines name one file.

Four modules held their own `CONFIG = "mkdocs.yml"`, and others wrote it in each line: free to drift apart.
"""

from __future__ import annotations

import ast
from pathlib import Path

HOOKS = Path(__file__).resolve().parent.parent / "hooks"


def spelt_in(path: Path) -> list[int]:
    """The lines of a module writing the settings file's name as a value of its own (not within a sentence)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Constant) and node.value == "mkdocs.yml"]


def test_the_settings_file_is_named_in_one_module() -> None:
    """Every module but project_folders.py imports the name: none writes it as a value."""
    spelt = {str(path.relative_to(HOOKS)): len(lines) for path in HOOKS.rglob("*.py") if (lines := spelt_in(path))}
    assert spelt == {"core/project_folders.py": 1}
