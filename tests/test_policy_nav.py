"""The area pages' place in the navigation: the overview marked while one renders, unless nav: lists it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from hooks.adapters import policy_areas


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """An overview and two area pages (stand-ins for MkDocs' File and Page), the overview in the navigation."""
    paths = {"policy-areas/index.md": None, "policy-areas/housing.md": "housing", "policy-areas/health.md": "health"}
    monkeypatch.setattr(policy_areas, "_BUILD", policy_areas._Build(generated=dict(paths)))
    pages = {path: SimpleNamespace(parent=None, title=path) for path in paths}
    files = {path: SimpleNamespace(page=page) for path, page in pages.items()}
    return SimpleNamespace(pages=pages, files=SimpleNamespace(get_file_from_path=files.get))


def test_an_area_page_left_out_of_the_navigation_has_the_overview_as_its_parent(site: SimpleNamespace) -> None:
    overview = site.pages["policy-areas/index.md"]
    policy_areas.on_nav(SimpleNamespace(pages=[overview]), None, site.files)
    assert site.pages["policy-areas/housing.md"].parent is overview
    assert site.pages["policy-areas/health.md"].parent is overview
    assert overview.parent is None


def test_an_area_page_listed_in_nav_keeps_the_parent_its_place_gives_it(site: SimpleNamespace) -> None:
    overview, housing = site.pages["policy-areas/index.md"], site.pages["policy-areas/housing.md"]
    section = SimpleNamespace(title="Housing and families")
    housing.parent = section
    policy_areas.on_nav(SimpleNamespace(pages=[overview, housing]), None, site.files)
    assert housing.parent is section
    assert site.pages["policy-areas/health.md"].parent is overview
