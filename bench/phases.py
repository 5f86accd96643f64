"""CPU time of one build of a synthetic corpus, split by phase, to see where the added cost goes.

    python bench/phases.py --pages 300 [--plain] [--project PATH] [--corpus DIR]

Unlike cProfile, this adds almost nothing to the build: it times, with the process's CPU clock,
each plugin event (per hook or plugin), the Markdown conversion and the template phase of each
kind of page (source pages, source landing pages, generated pages, the rest), Material's search
indexing, and the cyclic garbage collector (per generation, from `gc.callbacks`). Run it for the
edition and with `--plain` on the same corpus (`--corpus` keeps and reuses it) and compare rows.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.configs import EDITION_CONFIG, PLAIN_CONFIG
from bench.generate import ROOT
from bench.profile_hooks import build_in_process
from bench.run import RECORD_ENV, measure, prepare

SOURCE_FOLDER = "paper-"  # bench/generate.py names each source's folder paper-001/, paper-002/…
PAGE_EVENTS = {"pre_page", "page_markdown", "page_content", "page_context", "post_page", "page_read_source"}


class Phases:
    """Accumulated CPU seconds and counts per phase name."""

    def __init__(self) -> None:
        """Start with no phases."""
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._gc_started = 0.0

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        """Add the CPU time of the block to `name`."""
        start = time.process_time()
        try:
            yield
        finally:
            self.seconds[name] += time.process_time() - start
            self.calls[name] += 1

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        """`gc.callbacks` entry: time each collection by its generation."""
        if phase == "start":
            self._gc_started = time.process_time()
        else:
            self.seconds[f"gc generation {info['generation']}"] += time.process_time() - self._gc_started
            self.calls[f"gc generation {info['generation']}"] += 1


def page_kind(file: Any) -> str:
    """Which row a page's phases are summed in; pages the hooks add are `File.generated`, as they land."""
    if file.generated_by is not None:
        return "generated pages"
    if file.src_uri.startswith(SOURCE_FOLDER):
        return "source landing pages" if file.src_uri.endswith("/index.md") else "source pages"
    return "other pages"


def wrap(owner: Any, name: str, phase: Callable[..., str], phases: Phases) -> None:
    """Replace `owner.name` by a version timed under the phase name `phase(*args, **kwargs)`."""
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        with phases.timed(phase(*args, **kwargs)):
            return original(*args, **kwargs)

    setattr(owner, name, timed)


def instrument(phases: Phases) -> None:
    """Time MkDocs' page phases, every plugin event and Material's search indexing."""
    from material.plugins.search import plugin as search
    from mkdocs import plugins
    from mkdocs.commands import build
    from mkdocs.structure.pages import Page

    wrap(Page, "render", lambda page, *a, **k: f"markdown: {page_kind(page.file)}", phases)
    wrap(build, "_build_page", lambda page, *a, **k: f"template (all of it): {page_kind(page.file)}", phases)
    wrap(search.SearchIndex, "add_entry_from_context", lambda *a, **k: "  of which: search indexing", phases)

    def event(collection: Any, name: str, item: Any = None, **kwargs: Any) -> Any:
        """PluginCollection.run_event with each handler timed on its own."""
        page = kwargs.get("page")
        suffix = f" ({page_kind(page.file)})" if name in PAGE_EVENTS and page is not None else ""
        pass_item = item is not None
        for method in collection.events[name]:
            collection._current_plugin = origin = collection._event_origins.get(method, "<unknown>")
            with phases.timed(f"event {name}: {origin.rsplit('/', 1)[-1]}{suffix}"):
                result = method(item, **kwargs) if pass_item else method(**kwargs)
            if result is not None:
                item = result
        collection._current_plugin = None
        return item

    plugins.PluginCollection.run_event = event  # type: ignore[method-assign]


def report(phases: Phases, total: float) -> str:
    """Markdown table of the phases, costliest first."""
    lines = [f"- Build: {total:.2f} s CPU", "", "| Phase | Calls | CPU (s) |", "| --- | ---: | ---: |"]
    for name, seconds in sorted(phases.seconds.items(), key=lambda item: -item[1]):
        if seconds >= 0.005:
            lines.append(f"| {name} | {phases.calls[name]} | {seconds:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate (or reuse) a corpus, build it once with every phase timed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--plain", action="store_true", help="time the plain configuration instead")
    parser.add_argument("--project", type=Path, default=ROOT, help="project whose mkdocs.yml and hooks to time")
    parser.add_argument("--corpus", type=Path, help="keep the generated project here (reused when present)")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    with tempfile.TemporaryDirectory(prefix="edition-phases-") as tmp:
        where = args.corpus or Path(tmp)
        project = where / str(args.pages)
        if not (project / EDITION_CONFIG).exists():
            where.mkdir(parents=True, exist_ok=True)
            project, _ = prepare(args.pages, args.seed, where, args.project.resolve())
            measure(project, EDITION_CONFIG, Path(tmp) / "record", RECORD_ENV)  # the corpus's own anchor lock
        phases = Phases()
        instrument(phases)
        gc.callbacks.append(phases.on_gc)
        start = time.process_time()
        build_in_process(project, PLAIN_CONFIG if args.plain else EDITION_CONFIG, Path(tmp) / "site")
        total = time.process_time() - start
        print(report(phases, total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
