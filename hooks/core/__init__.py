"""Pure core: plain data in, plain data out; never imports mkdocs."""
