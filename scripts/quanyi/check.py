"""``quanyi check``: every validation of the sources, reported at once."""

from __future__ import annotations

from pathlib import Path

from .assemble import all_editions
from .problems import Problems
from .sources import load_project


def check(root: Path) -> Problems:
    problems = Problems(root)
    project = load_project(root, problems)
    if not problems.errors:
        all_editions(project)  # assembly itself must succeed too
    return problems
