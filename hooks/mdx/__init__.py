"""Python-Markdown extensions: per-page element-tree work that any Markdown engine can run."""
