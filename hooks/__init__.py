"""The edition's build logic: a pure core, Markdown extensions and thin MkDocs hook adapters."""
