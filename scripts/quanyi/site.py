"""Build the site: assemble, render with MkDocs in a scratch folder, then swap into site/.

MkDocs runs as a separate program on the generated tree, so nothing here depends on
its internals. ``site/`` is replaced only after every step succeeded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .assemble import all_editions
from .problems import Problems
from .site_tree import write_tree
from .sources import load_project


class BuildError(Exception):
    pass


def assemble_tree(root: Path, problems: Problems) -> Path:
    project = load_project(root, problems)
    problems.raise_if_errors()
    build_dir = root / "build"
    write_tree(project, all_editions(project), build_dir)
    return build_dir


def mkdocs(build_dir: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mkdocs", *args, "-f", str(build_dir / "mkdocs.yml")]
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def build_site(root: Path, problems: Problems, site_dir: Path | None = None) -> Path:
    """Build into a scratch folder and move it into place only when it all worked."""
    site_dir = site_dir or root / "site"
    build_dir = assemble_tree(root, problems)
    scratch = build_dir / "site.new"
    shutil.rmtree(scratch, ignore_errors=True)
    result = mkdocs(build_dir, "build", "--strict", "--clean", "-d", str(scratch))
    if result.returncode != 0:
        shutil.rmtree(scratch, ignore_errors=True)
        raise BuildError("MkDocs could not render the site:\n" + _mkdocs_messages(result.stderr))
    replace_dir(scratch, site_dir)
    return site_dir


def replace_dir(new: Path, target: Path) -> None:
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _mkdocs_messages(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    return "\n".join(lines or stderr.splitlines()[-20:])
