"""What each feature adds to a build, by instruction count: the edition built with one feature left out at a time.

    python bench/features.py --pages 300 [--corpus DIR]

`run.py` says how much the edition adds to plain Material; this says which feature adds it, so that
a decision about a feature's shape can be made on numbers. Each variant is a copy of the corpus
whose `mkdocs.yml` lacks that feature's hook adapters (the Markdown extensions go with them: the
adapters register them), with its own anchor lock recorded, so it checks only the ids it still
publishes. The nav is left as it is: a page the missing feature would have made becomes a link
entry, which every page renders at about the same cost, so a feature's share leaves out what its
pages' nav entries cost (see results.md). A feature's cost is the full edition's count minus its
variant's. What no single feature removes (the paragraph inventory, the anchor lock, the source
pages, the template overrides) is the rest; features touch each other a little (an annotation
body's term links), so the parts need not add up exactly.

Counting uses `instructions.py`'s callgrind runs, all builds side by side: at 300 pages about
an hour on two cores. `--only glossary` counts one variant (with plain and the whole edition), which
makes 1,000 pages practical: about an hour and a half.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.configs import EDITION_CONFIG, TaggedDumper, TaggedLoader
from bench.instructions import count_all, counting_parser, plain_and_edition
from bench.run import RECORD_ENV, measure

LOCK = "anchors.lock.json"
# name: (label in the report, the hook adapters that make the feature)
FEATURES: dict[str, tuple[str, tuple[str, ...]]] = {
    "glossary": ("glossary", ("glossary_links.py", "glossary_outputs.py")),
    "annotations": ("annotations", ("annotations.py",)),
    "citation": ("citation (Cite block, ¶ links, bibliography)", ("citation.py", "bibliography.py")),
    "policy-areas": ("policy areas", ("policy_areas.py",)),
}


def without_hooks(config_text: str, left_out: tuple[str, ...]) -> str:
    """The edition's configuration with the hook adapters named in `left_out` removed."""
    config = yaml.load(config_text, Loader=TaggedLoader)  # noqa: S506 (safe loader subclass)
    hooks = config.get("hooks", [])
    kept = [hook for hook in hooks if Path(hook).name not in left_out]
    if len(hooks) - len(kept) != len(left_out):
        raise SystemExit(f"mkdocs.yml: hooks: expected {', '.join(left_out)} among {', '.join(hooks)}")
    config["hooks"] = kept
    return yaml.dump(config, Dumper=TaggedDumper, sort_keys=False, allow_unicode=True)


def variant(project: Path, name: str, left_out: tuple[str, ...], where: Path) -> Path:
    """A copy of the corpus without one feature, its anchor lock recorded (reused when present)."""
    copy = where / f"without-{name}"
    if not (copy / EDITION_CONFIG).exists():
        shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site", "*.log"))
        (copy / EDITION_CONFIG).write_text(without_hooks((project / EDITION_CONFIG).read_text("utf-8"), left_out))
        (copy / LOCK).unlink(missing_ok=True)  # recording only adds ids: the variant publishes fewer
        measure(copy, EDITION_CONFIG, where / f"record-{copy.name}", RECORD_ENV)
    return copy


def report(pages: int, counts: dict[str, int]) -> str:
    """Markdown: each feature's instructions, as a share of what the whole edition adds to plain."""
    plain, full = counts["plain"], counts["edition"]
    added = full - plain
    lines = [
        f"Instructions of one build at {pages:,} pages (callgrind): plain {plain / 1e9:.2f} G, "
        f"edition {full / 1e9:.2f} G ({full / plain:.3f}× plain, {added / 1e9:+.2f} G)",
        "",
        "| Left out | Edition without it (G) | Ratio to plain | The feature's cost (G) | Share of the added |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    parts = 0
    for name, (label, _) in FEATURES.items():
        if name not in counts:
            continue
        count = counts[name]
        parts += full - count
        lines.append(
            f"| {label} | {count / 1e9:.2f} | {count / plain:.3f}× | {(full - count) / 1e9:.2f} | "
            f"{(full - count) / added:.0%} |"
        )
    if FEATURES.keys() <= counts.keys():  # the rest is only known when every feature was counted
        lines.append(
            f"| the rest (no single feature) | | | {(added - parts) / 1e9:.2f} | {(added - parts) / added:.0%} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate (or reuse) the corpus and its variants, count, print."""
    parser = counting_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--only", choices=FEATURES, action="append", help="count only this feature's variant (repeatable; default: all)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="edition-features-") as tmp:
        where = args.corpus or Path(tmp)
        project, builds = plain_and_edition(args, where)
        for name in args.only or FEATURES:
            builds[name] = (variant(project, name, FEATURES[name][1], where / "variants"), EDITION_CONFIG)
        print(report(args.pages, count_all(builds, Path(tmp) / "sites")), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
