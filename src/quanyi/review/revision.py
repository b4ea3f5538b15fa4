"""The sources of another git revision, unpacked into a temporary folder, and what changed since.

Only git's own plumbing is used (``rev-parse``, ``archive``, ``diff``): the editor's working
tree, index and branches are never touched, and the folder is deleted afterwards.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quanyi.urls import CONFIG

# what loading and assembling an edition reads; the rest of the repository (code, tests) is not needed
SOURCES = ("handbooks", "docs", CONFIG)
# tried in turn for the default BASE: the branch a pull request goes into
MAIN = ("main", "origin/main")


class RevisionError(Exception):
    """A BASE that cannot be used, said in words."""


@dataclass(frozen=True)
class Revision:
    name: str  # as the user gave it
    commit: str  # full hash

    @property
    def short(self) -> str:
        return self.commit[:10]

    def __str__(self) -> str:
        if self.commit.startswith(self.name.lower()):  # given as a hash (as CI does): its short form is enough
            return self.short
        return f"{self.name} ({self.commit[:7]})"


def _git(root: Path, *args: str, binary: bool = False) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=not binary)
    except OSError as exc:
        raise RevisionError(f"git cannot be run ({exc}): install git to compare revisions") from exc


def resolve(root: Path, name: str | None) -> Revision:
    """``name`` as a commit; without one, where the current branch left ``main``."""
    if _git(root, "rev-parse", "--git-dir").returncode != 0:
        raise RevisionError(f"{root} is not a git repository, so there is nothing to compare with — "
                            "run quanyi diff inside a clone of the repository")
    if name is None:
        for branch in MAIN:
            out = _git(root, "merge-base", "HEAD", branch)
            if out.returncode == 0:
                return Revision(f"merge base with {branch}", out.stdout.strip())
        raise RevisionError("there is no branch 'main' to compare with — name the revision to compare with, "
                            "e.g. quanyi diff origin/main or quanyi diff HEAD~1")
    out = _git(root, "rev-parse", "--verify", "--quiet", f"{name}^{{commit}}")
    if out.returncode != 0:
        raise RevisionError(f"'{name}' is not a commit of this repository — give a branch, tag or commit, "
                            "e.g. origin/main or HEAD~1 (a shallow clone may not have it: fetch with "
                            "git fetch --unshallow, or fetch-depth: 0 in CI)")
    return Revision(name, out.stdout.strip())


@contextlib.contextmanager
def checkout(root: Path, revision: Revision) -> Iterator[Path]:
    """A temporary folder holding the revision's sources (``handbooks/``, ``docs/``, the site config)."""
    listed = _git(root, "ls-tree", "--name-only", revision.commit)
    present = [name for name in SOURCES if name in listed.stdout.split("\n")]
    with tempfile.TemporaryDirectory(prefix="quanyi-diff-") as tmp:
        folder = Path(tmp) / "base"
        folder.mkdir()
        if present:
            out = _git(root, "archive", "--format=tar", revision.commit, "--", *present, binary=True)
            if out.returncode != 0:
                raise RevisionError(f"git archive {revision.short} failed: {out.stderr.decode(errors='replace')}")
            with tarfile.open(fileobj=io.BytesIO(out.stdout), mode="r:") as tar:
                # the "data" filter (Python ≥ 3.10.12) refuses links that leave the folder
                if hasattr(tarfile, "data_filter"):
                    tar.extractall(folder, filter="data")
                else:  # pragma: no cover - older Python 3.10
                    tar.extractall(folder)
        yield folder


def changed_sources(root: Path, revision: Revision) -> list[str]:
    """Source files that differ between the revision and the working tree, new untracked ones included."""
    # -z: names as they are (Chinese file names are not quoted and escaped)
    diff = _git(root, "diff", "-z", "--name-only", "--no-renames", revision.commit, "--", *SOURCES)
    new = _git(root, "ls-files", "-z", "--others", "--exclude-standard", "--", *SOURCES)
    return sorted({name for out in (diff, new) if out.returncode == 0 for name in out.stdout.split("\0") if name})
