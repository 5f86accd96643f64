"""Command-line tools for contributors: fast checks and annotation skeletons (no MkDocs needed)."""
