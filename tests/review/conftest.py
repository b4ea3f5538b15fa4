"""A throw-away git repository holding the fixture handbook, for comparing two commits."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURE, copy_project
from web.browser.conftest import phone  # noqa: F401  (headless Chromium, for test_artifact_browser)

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"]


def git(root: Path, *args: str) -> str:
    return subprocess.run([*GIT, *args], cwd=root, check=True, capture_output=True, text=True).stdout


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path) -> Path:
    """The fixture handbook as the first commit of branch main."""
    root = copy_project(FIXTURE, tmp_path / "repo")
    (root / ".gitignore").write_text("build/\nsite/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    commit(root, "the fixture handbook")
    return root


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
