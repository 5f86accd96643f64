"""In headless Chromium: the ¶ link's copy text, the Cite dialog's focus handling, head tags after
instant navigation (DESIGN.md "Known trap") and the redirect of a moved `#id`."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import copy_project, run_build

HARNESS = Path(__file__).parent / "browser" / "citation_harness.html"
CHROMIUM = next((path for name in ("chromium", "chromium-browser", "google-chrome") if (path := shutil.which(name))), None)


def free_port() -> int:
    """A port nobody listens on (another helper's server may hold the usual ones)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int) -> None:
    """Wait until the static server accepts connections."""
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    pytest.fail(f"the static server did not start on port {port}")


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Build a copy of the site for a local address, serve it, and let the harness drive it."""
    if CHROMIUM is None:
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    root = tmp_path_factory.mktemp("browser")
    site = root / "site"
    site.mkdir()
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    project = copy_project(root / "project")
    (project / "anchors.redirects.yml").write_text("'/about/#old-about': '/about/citing/#anchors'\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_URL", base)
        result = run_build(project, site)
    assert result.returncode == 0, result.stderr
    shutil.copy(HARNESS, site / "harness.html")
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000", "--dump-dom"]
        dom = subprocess.run([*command, base + "harness.html"], capture_output=True, text=True, timeout=120, check=False)
    finally:
        server.terminate()
        server.wait(timeout=10)
    output = BeautifulSoup(dom.stdout, "lxml").find("pre", id="out").get_text()
    assert output, dom.stderr[-2000:]
    yield {"base": base, **json.loads(output)}


def test_paragraph_link_copies_the_canonical_url(seen: dict) -> None:
    assert seen["clipboard"] == seen["base"] + "migration-and-transnationalism/opportunities/#p3"


def test_cite_dialog_opens_with_the_citations_and_keeps_focus(seen: dict) -> None:
    assert seen["open"] and seen["label"] == "Cite paragraph 3" and seen["focusInside"]
    assert "(International Organization for Migration, 2010, para. 3, Opportunities section)" in seen["text"]
    assert seen["base"] + "migration-and-transnationalism/opportunities/#p3" in seen["text"]
    assert "CSL-JSON" in seen["text"] and "BibTeX" in seen["text"] and "RIS" in seen["text"]
    assert seen["tabWraps"] and seen["shiftTabWraps"]
    assert seen["focusReturned"]


def test_head_tags_follow_instant_navigation(seen: dict) -> None:
    assert seen["instant"], "the link was followed by instant navigation, not a reload"
    assert seen["path"] == "/origin-governments-and-migrant-associations/"
    assert seen["citation_title"] == ["Perspectives from governments of countries of origin and migrant associations"]
    assert seen["citation_inbook_title"] == ["Migration and Development: Perspectives from the South"]
    assert seen["citation_technical_report_institution"] == []
    assert seen["canonical"] == seen["base"] + "origin-governments-and-migrant-associations/"
    assert len(seen["coins"]) == 1 and "rft.genre=bookitem" in seen["coins"][0]


def test_moved_id_is_sent_to_its_new_place(seen: dict) -> None:
    assert seen["redirected"] == "/about/citing/#anchors"
