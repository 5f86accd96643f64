"""What the mkdocs.yml error tests share: the values the build refuses, each with its one line, and common hints."""

from __future__ import annotations

from conftest import line_of

# The lines below a value made wrong, taken as the text of a setting MkDocs knows (`unused:` is one it warns of)
AS_TEXT = "site_author: |\n"
SITE_NAME = "site_name: Migration and Transnationalism — an annotated edition\n"
REPO_URL = "repo_url: https://github.com/example/annotated-edition\n"
SITE_NAME_LINE = "`site_name: An annotated edition`"
MAPS_HINT = "write each move as a line `old.md: new.md` under `redirects` → `redirect_maps`"
TOC_OPTIONS = (
    "marker, title, title_class, toc_class, anchorlink, anchorlink_class, permalink, permalink_class,"
    " permalink_title, permalink_leading, baselevel, slugify, separator, toc_depth"
)
BAD_CONFIGS = [
    # docs/about/stable-links.md sends contributors to redirect_maps: a slip there was a yaml.scanner.ScannerError
    ("redirect_maps: {}", "redirect_maps:\n        old.md: new.md: x",
     f"mkdocs.yml: invalid YAML at line {line_of('mkdocs.yml', 'redirect_maps: {}') + 1}: mapping values are not allowed here"
     " (write a value with ': ' in it in quotes, e.g. \"Policy: what next\")"),
    ("site_name:", "<<<<<<< HEAD\nsite_name:",
     "mkdocs.yml: holds a git merge conflict ('<<<<<<<' at line 1)"
     " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')"),
    # an AttributeError: 'list' object has no attribute 'items'
    ("redirect_maps: {}", "redirect_maps: [a.md]", f"mkdocs.yml: redirect_maps: must be a mapping, not a list ({MAPS_HINT})"),
    ("redirect_maps: {}", "redirect_maps: {a.md: }", f"mkdocs.yml: redirect_maps: a.md: names no new page ({MAPS_HINT})"),
    ("  - redirects:\n      redirect_maps: {}", "  - redirects: [redirect_maps]",
     f"mkdocs.yml: plugins: redirects: its options are a list, not a mapping ({MAPS_HINT})"),
    ("  - redirects:\n", "  - 5\n  - redirects:\n", "mkdocs.yml: plugins: 5 is no plugin's name (write the plugin's name, e.g. `- search`)"),
    # a ModuleNotFoundError, and a KeyError from Python-Markdown
    ("  - attr_list", "  - atr_list", "mkdocs.yml: markdown_extensions: 'atr_list' is no installed Markdown extension (did you mean 'attr_list'?)"),
    ("  - pymdownx.details", "  - pymdownx.detalis",
     "mkdocs.yml: markdown_extensions: 'pymdownx.detalis' is no installed Markdown extension (did you mean 'pymdownx.details'?)"),
    ("      permalink: true", "      permalink_nonsense: 1",
     f"mkdocs.yml: markdown_extensions: toc: has no option `permalink_nonsense` (its options: {TOC_OPTIONS})"),
    ("      permalink: true", "      permalink: true\n      toc_dept: 2",
     "mkdocs.yml: markdown_extensions: toc: has no option `toc_dept` (did you mean `toc_depth`?)"),
    ("  - toc:\n      permalink: true", "  - toc: true",
     "mkdocs.yml: markdown_extensions: toc: its options are true, not a mapping"
     " (write its options below `- toc:` as `option: value` lines, or no ':' for none)"),
    # a name YAML reads as true unquoted: the line offered is the name as YAML needs it, `- 'on':`
    ("  - abbr\n", "  - 'on': 3\n",
     "mkdocs.yml: markdown_extensions: on: its options are 3, not a mapping"
     " (write its options below `- 'on':` as `option: value` lines, or no ':' for none)"),
    ("  - toc:\n      permalink: true", "  - toc:\n    permalink: true",
     "mkdocs.yml: markdown_extensions: one entry holds 2 names (toc, permalink)"
     " (start each extension with '- ', and indent its options 4 spaces more than its name)"),
    # it read 'one entry holds 0 names ()'
    ("  - abbr\n", "  - {}\n",
     "mkdocs.yml: markdown_extensions: an entry is empty ({}) (write the extension's name, e.g. `- attr_list`,"
     " or remove the entry)"),
    # read letter by letter: No module named 'a'
    ("markdown_extensions:\n  - abbr\n", f"markdown_extensions: abbr\n{AS_TEXT}  - abbr\n",
     "mkdocs.yml: markdown_extensions: must be a list, not 'abbr' (write one `- name` line per extension)"),
    # the build takes it; here every page was left unread, with a line for each check that found none
    ("site_name:", "docs_dir: hooks\nsite_name:", "mkdocs.yml: docs_dir: 'hooks': make check and make annotate read the pages in docs/ only"
     " (keep the pages in docs/ and remove docs_dir)"),
    # a ValueError from PyYAML's constructor (the build's own traceback is MkDocs', before any hook)
    ("site_name: Migration", 'site_name: !!int "x"\nunused: Migration',
     "mkdocs.yml: 'x' cannot be read as !!int at line 1 (remove the '!!' tag: YAML reads a plain value as what it is written as)"),
    # YAML kept the second block in silence: the glossary's settings were gone
    ("extra:\n", "extra:\n  generator: false\n\nextra:\n",
     f"mkdocs.yml: `extra` is written twice at line {line_of('mkdocs.yml', 'extra:') + 3} (keep one of the two: YAML would"
     " silently keep the last)"),
    # the build stops on both (MkDocs' configuration error); make check said OK
    ("site_name:", "x_tagged: !foo x\nsite_name:",
     "mkdocs.yml: '!foo' is no tag MkDocs reads at line 1 (remove the tag: of the '!' tags MkDocs reads"
     " only !ENV and !relative, and a plain value as what it is written as)"),
    ("site_name:", "x_named: !!python/name:no_such_module_here.thing\nsite_name:",
     "mkdocs.yml: '!!python/name:no_such_module_here.thing' names nothing Python can import at line 1"
     " (check the module's and the name's spelling, and that the package is installed)"),
    # the build stops on it (MkDocs' configuration error); make check said OK, and reads the glossary's settings there
    ("extra:\n", f"extra: all\n{AS_TEXT}",
     "mkdocs.yml: extra: must be settings, not 'all' (write each setting on its own line below `extra:`, indented 2 spaces more)"),
    # the build stops on each (MkDocs' configuration error); make check said OK, without `redirect_maps`' moves
    ("  - redirects:\n", "  - redirect:\n",
     "mkdocs.yml: plugins: 'redirect' is no installed MkDocs plugin (did you mean 'redirects'?)"),
    ("  - search:\n", "  - serach:\n", "mkdocs.yml: plugins: 'serach' is no installed MkDocs plugin (did you mean 'search'?)"),
    ("  - redirects:\n", "  - material/redirects:\n",
     "mkdocs.yml: plugins: 'material/redirects' is no installed MkDocs plugin (did you mean 'redirects'?)"),
    ("  - redirects:\n", "  - nonesuch-plugin-here\n  - redirects:\n",
     "mkdocs.yml: plugins: 'nonesuch-plugin-here' is no installed MkDocs plugin"
     " (check its spelling, and that requirements.txt installs it)"),
    ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py",
     "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)"),
    # a slip in the folder's name: the hook meant in the folder meant (it was offered nothing)
    ("  - hooks/adapters/anchors.py", "  - hook/adapters/anchors.py",
     "mkdocs.yml: hooks: 'hook/adapters/anchors.py' is no file (did you mean 'hooks/adapters/anchors.py'?)"),
    ("  - hooks/adapters/anchors.py", "  - hooks/adapterz/anchor.py",
     "mkdocs.yml: hooks: 'hooks/adapterz/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)"),
    ("  - hooks/adapters/anchors.py", "  - plugins/adapters/anchors.py",
     "mkdocs.yml: hooks: 'plugins/adapters/anchors.py' is no file (write its path from the folder of mkdocs.yml)"),
    ("hooks:\n", f"hooks: hooks/adapters/anchors.py\n{AS_TEXT}",
     "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)"),
    # it was offered 'hooks/adapters/state.py', a helper module that is no hook
    ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchors.py\n  - hooks/adapters/stat.py",
     "mkdocs.yml: hooks: 'hooks/adapters/stat.py' is no file (write its path from the folder of mkdocs.yml)"),
    # it was offered the hook listed on the line above
    ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchors.py\n  - hooks/adapters/anchor.py",
     "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (write its path from the folder of mkdocs.yml)"),
    # the build stops on each ("Config value 'site_name'"); make check said OK
    (SITE_NAME, "", f"mkdocs.yml: site_name: is missing (write the edition's title, e.g. {SITE_NAME_LINE})"),
    (SITE_NAME, "site_name:\n", f"mkdocs.yml: site_name: is empty (write the edition's title, e.g. {SITE_NAME_LINE})"),
    (SITE_NAME, "site_name: #Migration\n",
     "mkdocs.yml: site_name: is empty: YAML reads '#Migration' as a comment"
     " (write its value, or put it in quotes if '#Migration' is the value: `site_name: '#Migration'`)"),
    (SITE_NAME, "site_name: 2010\n", "mkdocs.yml: site_name: '2010' is not text (put it in quotes: `site_name: '2010'`)"),
    (SITE_NAME, "site_name: yes\n",
     "mkdocs.yml: site_name: 'yes' is not text: YAML reads it as true (put it in quotes: `site_name: 'yes'`)"),
    (SITE_NAME, "site_name: [Migration, 2010]\n",
     "mkdocs.yml: site_name: [Migration, 2010] is a list, not text"
     " (write the site_name as one text: `site_name: Migration 2010`)"),
    # the edition's own extensions, listed by dotted path: each was told to check that requirements.txt installs it
    ("  - pymdownx.superfences", "  - pymdownx.superfences\n  - hooks.mdx.permalink",
     "mkdocs.yml: markdown_extensions: 'hooks.mdx.permalink' is no installed Markdown extension"
     " (did you mean 'hooks.mdx.permalinks'?)"),
    ("  - pymdownx.superfences", "  - pymdownx.superfences\n  - hooks.mdx.spoken_pilcrows",
     "mkdocs.yml: markdown_extensions: 'hooks.mdx.spoken_pilcrows' is no installed Markdown extension"
     " (it was renamed 'hooks.mdx.spoken_symbols': write that name)"),
    # MkDocs stopped on a traceback (urlsplit's ValueError) before any hook ran; make check said OK
    (REPO_URL, "repo_url: http://[x\n",
     "mkdocs.yml: repo_url: 'http://[x' is no address: its host, after '//', cannot be read"
     " (copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo)"),
]  # fmt: skip


BAD_CONFIG_IDS = [
    "yaml-slip",
    "merge-conflict",
    "maps-list",
    "maps-no-page",
    "redirects-options",
    "plugin-number",
    "extension-typo",
    "pymdownx-typo",
    "unknown-option",
    "option-typo",
    "options-true",
    "options-name-quoted",
    "options-unindented",
    "entry-empty",
    "extensions-text",
    "docs-dir",
    "tag-unreadable",
    "setting-twice",
    "tag-unknown",
    "python-name-missing",
    "extra-not-settings",
    "plugin-typo",
    "search-typo",
    "plugin-namespaced",
    "plugin-unknown",
    "hook-typo",
    "hook-folder",
    "hook-folder-and-file",
    "hook-folder-unknown",
    "hooks-text",
    "hook-typo-of-a-helper",
    "hook-typo-of-a-listed-hook",
    "site-name-missing",
    "site-name-empty",
    "site-name-a-comment",
    "site-name-a-number",
    "site-name-true",
    "site-name-a-list",
    "edition-extension-typo",
    "edition-extension-renamed",
    "repo-url-unreadable",
]
# the end of the line for a top-level name MkDocs warns of, and what to do with it
TOP_WARNED = "which warns of it (the strict build fails)"
# Where Material reads what MkDocs' deprecated `google_analytics` was (Material's "Setting up site analytics")
ANALYTICS = "Material reads `extra.analytics` (`provider: google`, `property: G-…`)"
TO_EXTRA = "remove it; a value a template of the theme reads goes under `extra:`"
