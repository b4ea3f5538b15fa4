"""Shared fixtures: a tiny fixture handbook for fast tests, and one build of the real site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quanyi.problems import Problems

REPO = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "mini"


def copy_project(source: Path, target: Path) -> Path:
    """A throw-away copy of a project, so builds never touch the working tree."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("handbooks", "docs"):
        shutil.copytree(source / name, target / name)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", target / "overrides")
    # the statute corpus is only read: share the repository's
    (target / "reference").mkdir(exist_ok=True)
    (target / "reference" / "statutes").symlink_to(REPO / "reference" / "statutes", target_is_directory=True)
    return target


@pytest.fixture
def mini(tmp_path) -> Path:
    """A fresh copy of the fixture handbook (two chapters, one province)."""
    return copy_project(FIXTURE, tmp_path / "mini")


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def errors(root: Path) -> list[str]:
    from quanyi.checks.run import check

    return [str(p) for p in check(root).errors]


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real content, built once per test session into a copy of the repository."""
    from quanyi.pipeline.build import build_site

    root = copy_project(REPO, tmp_path_factory.mktemp("real"))
    problems = Problems(root)
    build_site(root, problems)
    return root / "site"


# One headless Chromium per test session, for tests/web/browser and the review tests alike: two
# Playwright instances at once fail ("Sync API inside the asyncio loop").
@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from quanyi.web.chromium import ARGS, NoChromium, chromium_path

    with sync_playwright() as p:
        try:
            path = chromium_path()
        except NoChromium as exc:
            pytest.fail(str(exc))
        b = p.chromium.launch(executable_path=path, args=ARGS)
        yield b
        b.close()



__all__ = ["errors", "write", "Problems"]


def real_editions() -> list[str]:
    """Every edition of the real content: the national one and one per province folder."""
    return ["national", *sorted(p.parent.name for p in (REPO / "handbooks/provinces").glob("*/province.yml"))]
