"""Reproducible builds: the same sources and SOURCE_DATE_EPOCH give a byte-identical site/ tree.

The second build runs from a copy of the project in another folder, into another site folder, with
another PYTHONHASHSEED: neither the checkout's path nor set/dict iteration order may leak into the
output. Nothing is excluded: sitemap.xml.gz is deterministic because MkDocs takes its gzip header
time from the pages' update date, which SOURCE_DATE_EPOCH fixes (mkdocs.utils.get_build_timestamp).
"""

from __future__ import annotations

import gzip
import hashlib
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import copy_project, run_build

pytestmark = pytest.mark.slow

EPOCH = 1700000000  # what conftest.run_build sets; the `site` fixture is built with it
EXCLUDED: frozenset[str] = frozenset()  # files allowed to differ between builds: none


def digests(site: Path) -> dict[str, str]:
    """SHA-256 of every file in a built site, by path relative to it."""
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file() and path.relative_to(site).as_posix() not in EXCLUDED
    }


def test_two_builds_are_byte_identical(site: Path, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "elsewhere" / "project")
    result = run_build(project, tmp_path / "second-site", env={"PYTHONHASHSEED": "12345"})
    assert result.returncode == 0, result.stderr
    first, second = digests(site), digests(tmp_path / "second-site")
    assert sorted(first) == sorted(second), "the two builds wrote different files"
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"files that differ between two builds: {differing}"


def test_sitemap_gzip_time_comes_from_source_date_epoch(site: Path) -> None:
    header = (site / "sitemap.xml.gz").read_bytes()[:10]
    (mtime,) = struct.unpack("<I", header[4:8])
    midnight = datetime.fromtimestamp(EPOCH, UTC).replace(hour=0, minute=0, second=0)
    assert mtime == int(midnight.timestamp())
    with gzip.open(site / "sitemap.xml.gz") as archive:
        assert archive.read() == (site / "sitemap.xml").read_bytes()
