"""The project's folders by name, in a module importing none: `config_file` and the modules it imports read one name.

`extra_files` kept a copy of `config_file.DOCS` (it could not import the module that imports it): two spellings of
one folder, free to drift apart.
"""

from __future__ import annotations

DOCS = "docs"  # the pages' folder; mkdocs.yml's `docs_dir` naming another is refused (`config_file`)
