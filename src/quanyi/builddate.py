"""The build date: the last commit's date, so that two builds of one commit are identical.

Honours SOURCE_DATE_EPOCH (reproducible-builds.org) when it is set; outside a git
checkout it falls back to the newest source file's modification time.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


def source_date_epoch(root: Path) -> int:
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True,
                             text=True, check=True).stdout.strip()
        if out.isdigit() and _is_repo_root(root):
            return int(out)
    except (OSError, subprocess.CalledProcessError):
        pass
    files = [p for d in ("handbooks", "docs") for p in (root / d).rglob("*") if p.is_file()]
    return int(max((p.stat().st_mtime for p in files), default=0))


def _is_repo_root(root: Path) -> bool:
    # A copy of the project inside some other repository must not take that repository's date.
    out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=root, capture_output=True, text=True)
    return out.returncode == 0 and Path(out.stdout.strip()).resolve() == root.resolve()


def build_date(root: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(source_date_epoch(root), tz=dt.timezone.utc)
