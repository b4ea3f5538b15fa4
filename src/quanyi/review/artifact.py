"""The preview of a pull request: the built site as a folder a reviewer opens from disk.

CI uploads it as an artifact; unpacked, ``index.html`` opens in a browser with no server
(file://). The pages' links are changed as the offline copy changes them
(:func:`quanyi.web.offline.file_links`: folders name their ``index.html``), and search gets its
files as scripts too, because file:// pages cannot fetch. Everything else is copied as it is,
except the ``.gz`` and ``.br`` copies, which only a web server uses.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from quanyi.urls import SEARCH_INDEX, search_script_path
from quanyi.web.offline import file_links, search_script

SERVER_ONLY = (".gz", ".br")


class ArtifactError(Exception):
    pass


def make_preview(site: Path, out: Path) -> int:
    """Write the browsable copy of ``site`` into ``out`` (replaced); returns the number of pages changed."""
    site, out = site.resolve(), out.resolve()
    if not (site / "index.html").is_file():
        raise ArtifactError(f"{site} has no index.html: build the site first (make site)")
    if out == site or out.is_relative_to(site) or site.is_relative_to(out):
        raise ArtifactError(f"write the preview beside the site, not into or over it: {out}")
    scratch = out.with_name(out.name + ".new")
    shutil.rmtree(scratch, ignore_errors=True)
    changed = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix in SERVER_ONLY:
            continue
        rel = path.relative_to(site).as_posix()
        target = scratch / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            new = file_links(text, rel)
            target.write_text(new, encoding="utf-8")
            changed += new != text
        else:
            shutil.copy2(path, target)
        if rel.startswith(SEARCH_INDEX) and path.suffix == ".json":
            (scratch / search_script_path(rel)).write_text(
                search_script(rel, path.read_text(encoding="utf-8")), encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    scratch.rename(out)
    return changed
