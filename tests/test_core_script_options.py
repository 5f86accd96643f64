"""A script's options in mkdocs.yml's `extra_javascript` (hooks/core/extra_files.py), as MkDocs' `ExtraScriptValue` reads them.

MkDocs stops the build on an option of the wrong type (`defer: maybe`) and warns of one it does not know (`asynch`):
make check said OK to both.
"""

from __future__ import annotations

import pytest
from mkdocs.config.config_options import ExtraScriptValue

from hooks.core.extra_files import SCRIPT_OPTIONS, extra_setting_problems

PATH_HINT = "write the path of a file in docs/, e.g. `path: assets/x.js`, or a whole address"


SCRIPT = "mkdocs.yml: extra_javascript[0]"
UNKNOWN = "is no option of a script, which MkDocs warns of (the strict build fails)"


@pytest.mark.parametrize(
    ("scripts", "lines"),
    [
        ([{"path": "a.js", "defer": True, "async": False, "type": "module"}, {"path": "b.js", "defer": None}], []),
        # MkDocs stops on "Sub-option 'defer': Expected type: <class 'bool'>": make check said OK
        ([{"path": "a.js", "defer": "maybe"}], [f"{SCRIPT}.defer: must be true or false, not 'maybe' (write `defer: true` or `defer: false`)"]),
        ([{"path": "a.js", "async": 1, "type": 5}], [
            f"{SCRIPT}.async: must be true or false, not 1 (write `async: true` or `async: false`)",
            f"{SCRIPT}.type: must be text, not 5 (write `type: module`, or leave it out)"]),
        # "Unrecognised configuration name": a warning, which fails the strict build
        ([{"path": "a.js", "asynch": True, "async_": True, "src": "b.js"}], [
            f"{SCRIPT}.asynch: {UNKNOWN} (did you mean `async`?)",
            f"{SCRIPT}.async_: {UNKNOWN} (did you mean `async`?)",
            f"{SCRIPT}.src: {UNKNOWN} (a script's options are `path`, `type`, `defer` and `async`)"]),
        ([{"path": None, "defer": "x"}], [
            f"{SCRIPT}.path: is empty ({PATH_HINT})",
            f"{SCRIPT}.defer: must be true or false, not 'x' (write `defer: true` or `defer: false`)"]),
    ],
)  # fmt: skip
def test_a_script_option_mkdocs_refuses_is_make_check_s_line(scripts: list[object], lines: list[str]) -> None:
    """The build stops on MkDocs' own line for each, before any hook; make check named none of them."""
    assert [str(problem) for problem in extra_setting_problems("mkdocs.yml", {"extra_javascript": scripts})] == lines


def test_the_script_options_are_those_mkdocs_reads() -> None:
    """`SCRIPT_OPTIONS` is MkDocs' `ExtraScriptValue`, by name and type: a new option of MkDocs' shows here."""
    assert SCRIPT_OPTIONS == {name: option._type for name, option in ExtraScriptValue._schema}
