"""Thin MkDocs hook adapters; each file listed in mkdocs.yml has one responsibility."""
