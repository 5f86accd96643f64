"""The project's folders and settings file by name, in a module importing none: every module reads one name.

`extra_files` kept a copy of `config_file.DOCS` (it could not import the module that imports it): two spellings of
one folder, free to drift apart. So did four modules of `CONFIG`, and others wrote "mkdocs.yml" in each line.
"""

from __future__ import annotations

CONFIG = "mkdocs.yml"  # the settings file, which every line about a setting names: one spelling, imported from here
DOCS = "docs"  # the pages' folder; mkdocs.yml's `docs_dir` naming another is refused (`config_file`)
