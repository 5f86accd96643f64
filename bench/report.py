"""Store benchmark results (bench/results.json) and render them as bench/results.md."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path
from statistics import median

from bench.generate import ROOT

PACKAGES = ("mkdocs", "mkdocs-material", "pymdown-extensions", "Markdown", "PyYAML", "jsonschema")
FINDINGS_MARKER = "<!-- Everything below this line is written by hand and kept by bench/run.py. -->"
TARGET_RATIO = 1.15
TARGET_GROWTH = 11
RUNS = {"median_s": "runs_s", "median_cpu_s": "runs_cpu_s"}


def load_results(folder: Path) -> dict:
    """Results measured so far (each scale keeps its latest measurement)."""
    path = folder / "results.json"
    stored = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return {"machine": stored.get("machine", {}), "scales": stored.get("scales", {})}


def save_results(folder: Path, stored: dict) -> None:
    """Write results.json, scales in numeric order (`--results` may name a folder not made yet)."""
    folder.mkdir(parents=True, exist_ok=True)
    stored["scales"] = dict(sorted(stored["scales"].items(), key=lambda item: int(item[0])))
    (folder / "results.json").write_text(json.dumps(stored, indent=2) + "\n", "utf-8")


def cpu_model() -> str:
    """The CPU's model name, from /proc/cpuinfo where there is one."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gib() -> float:
    """Total memory, from /proc/meminfo (0 where unknown)."""
    try:
        kib = int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return round(kib / 1024 / 1024, 1)


def project_commit(root: Path = ROOT) -> str:
    """The project's commit (with `+dirty` when the worktree has changes), for the record."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False).stdout.strip()

    commit = f"{git('rev-parse', '--abbrev-ref', 'HEAD')} {git('rev-parse', '--short', 'HEAD')}".strip() or "unknown"
    changed = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results.*")
    return commit + (" +uncommitted changes" if changed else "")


def machine_info(root: Path = ROOT) -> dict:
    """Machine, Python and package versions the numbers were measured with."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": memory_gib(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": versions,
        "commit": project_commit(root),
    }


def row(pages: str, result: dict) -> str:
    """One table row: wall and CPU medians, ratios, added seconds, peak memory, warnings."""
    plain, edition = result["plain"], result["edition"]
    cells = [f"{int(pages):,}"]
    for key in ("median_s", "median_cpu_s"):
        ratio, added = paired(result, key)
        cells += [f"{plain[key]:.2f}", f"{edition[key]:.2f}", f"{ratio:.3f}×", f"{added:+.2f}"]
    cells += [
        f"{plain['peak_mib']:.0f}",
        f"{edition['peak_mib']:.0f}",
        str(edition["warnings"]),
        str(result["runs"]),
        f"{result['load_average']:.1f}",
        f"{result['measured']}, {result.get('commit', '?')}",
    ]
    return "| " + " | ".join(cells) + " |"


def summary_lines(scales: dict) -> list[str]:
    """Growth and targets, on wall time and on CPU time, as far as the measured scales allow."""
    lines = mixed_days(scales)
    lines += [baseline_line(pages, result) for pages, result in scales.items() if "baseline" in result]
    for key, label in (("median_s", "wall"), ("median_cpu_s", "CPU")):
        added = {int(p): paired(r, key)[1] for p, r in scales.items() if key in r["plain"]}
        if 100 in added and 1000 in added and added[100] > 0 and added[1000] > 0:
            growth = added[1000] / added[100]
            verdict = "met" if growth <= TARGET_GROWTH else "NOT met"
            lines.append(
                f"- Growth of the added {label} time, added(1,000) / added(100): **{growth:.1f}** "
                f"(target ≤ {TARGET_GROWTH}: {verdict}; 10 is exactly linear)."
            )
        elif 100 in added and 1000 in added:
            lines.append(f"- Growth of the added {label} time: not meaningful (no added time at 100 or 1,000 pages).")
        else:
            lines.append(f"- Growth of the added {label} time: needs 100 and 1,000 pages (`make bench SCALE=1000`).")
        if 1000 in added:
            ratio = paired(scales["1000"], key)[0]
            verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
            lines.append(
                f"- Ratio at 1,000 pages ({label}): **{ratio:.3f}×** (target ≤ {TARGET_RATIO}×: {verdict})"
                + round_spread(scales["1000"], key)
                + "."
            )
    return lines


def baseline_line(pages: str, result: dict) -> str:
    """Before and after, measured in the same rounds (`--baseline`): both editions' CPU ratios to one plain."""
    (before, before_added), (after, after_added) = (
        paired(result, "median_cpu_s", name) for name in ("baseline", "edition")
    )
    spread = {name: round_ratios(result, "median_cpu_s", name) for name in ("baseline", "edition")}
    ranges = {name: f" (rounds {min(r):.3f}–{max(r):.3f}×)" if len(r) > 1 else "" for name, r in spread.items()}
    return (
        f"- Before/after at {int(pages):,} pages, built in the same rounds (CPU): before "
        f"({result.get('baseline_commit', '?')}) **{before:.3f}×** plain{ranges['baseline']}, "
        f"after **{after:.3f}×**{ranges['edition']}; added {before_added:+.2f} s → {after_added:+.2f} s."
    )


def mixed_days(scales: dict) -> list[str]:
    """A warning when the growth compares rows measured on different days: this machine's speed drifts between days."""
    days = {scales[pages].get("measured", "")[:10] for pages in ("100", "1000") if pages in scales}
    if len(days) < 2 or "" in days:
        return []
    return [
        f"- The 100- and 1,000-page rows were measured on different days ({', '.join(sorted(days))}): "
        'the growth below compares them; rerun both together (`make bench SCALE="100 1000"`) to trust it.'
    ]


def paired(result: dict, key: str, name: str = "edition") -> tuple[float, float]:
    """`name`'s ratio to plain and its added seconds: the medians, over the rounds, of each round's own.

    The builds of a round run back to back, under the same load, but this machine's speed drifts
    by tens of per cent between rounds; a ratio of two medians can pair a slow plain round with a
    fast edition round and report a ratio no round measured. Results without single runs fall back
    to the medians.
    """
    if pairs := rounds(result, key, name):
        return median(o / p for p, o in pairs), median(o - p for p, o in pairs)
    return result[name][key] / result["plain"][key], result[name][key] - result["plain"][key]


def rounds(result: dict, key: str, name: str = "edition") -> list[tuple[float, float]]:
    """Each round's plain and `name` times, which ran back to back (none when the runs do not pair up)."""
    plain, other = result["plain"].get(RUNS[key], []), result[name].get(RUNS[key], [])
    return [(p, o) for p, o in zip(plain, other, strict=True) if p > 0] if len(plain) == len(other) else []


def round_ratios(result: dict, key: str, name: str = "edition") -> list[float]:
    """The `name`/plain ratio of each round: the two builds of a round ran back to back, under the same load."""
    return [o / p for p, o in rounds(result, key, name)]


def round_spread(result: dict, key: str) -> str:
    """How far single rounds strayed from the median, so a reader can judge the noise of the machine."""
    ratios = round_ratios(result, key)
    return f"; single rounds ranged {min(ratios):.3f}–{max(ratios):.3f}×" if len(ratios) > 1 else ""


def render_results(folder: Path, stored: dict) -> str:
    """Write results.md from the stored results, keeping the hand-written findings below the marker."""
    machine, scales = stored["machine"], stored["scales"]
    packages = ", ".join(f"{name} {version}" for name, version in machine.get("packages", {}).items())
    corpus = "; ".join(
        f"{int(p):,} pages: {r['corpus']['paragraphs']:,} paragraphs, {r['corpus']['sources']} sources, "
        f"{r['corpus']['term_occurrences']:,} term occurrences, {r['corpus']['annotations']:,} annotations"
        for p, r in scales.items()
    )
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py` (`make bench`, `make bench SCALE=1000`); see bench/README.md for the method.",
        "",
        f"- Machine: {machine.get('cpu')}, {machine.get('cores')} cores, {machine.get('memory_gib')} GiB, "
        f"{machine.get('system')}",
        f"- Python {machine.get('python')}; {packages}",
        f"- Corpus (seed 8, 200 glossary terms): {corpus}",
        "",
        "Times: median of the measured runs. Ratio and added: median over the rounds of each round's own ratio and",
        "difference (a round's builds run back to back, so the machine's drift between rounds cancels out).",
        "Wall = elapsed time of the `mkdocs build` process (with Python start-up); CPU = its user + system time,",
        "which other processes on a shared machine disturb far less.",
        "",
        "| Pages | Plain wall (s) | Edition wall (s) | Ratio | Added (s) | Plain CPU (s) | Edition CPU (s) | Ratio "
        "| Added (s) | Plain peak (MiB) | Edition peak (MiB) | Edition warnings | Runs | Load avg | Measured, commit |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        *(row(pages, result) for pages, result in scales.items()),
        "",
        *summary_lines(scales),
        "",
        FINDINGS_MARKER,
    ]
    path = folder / "results.md"
    findings = ""
    if path.exists() and FINDINGS_MARKER in (old := path.read_text("utf-8")):
        findings = old.split(FINDINGS_MARKER, 1)[1]
    text = "\n".join(lines) + (findings or "\n")
    path.write_text(text, "utf-8")
    return text
