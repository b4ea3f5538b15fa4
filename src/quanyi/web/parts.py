"""Render the site in parts, one per edition and one for the rest, reusing each part from the cache.

A part's pages depend on its own tree files and on the tree's shape (which files exist, the
nav, the configs, the theme), never on another part's text: the renderer leaves skipped pages
unrendered but still knows their addresses (:func:`quanyi.web.renderer.start`). So a part whose
files and shape are unchanged is copied from ``build/cache/pages/``, and the parts that
changed are rendered in as many renders at once as the machine has cores.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.cache import Store, key
from quanyi.urls import CONFIG
from quanyi.web import renderer

SITE = ""  # the part outside the edition folders: site pages, short links, the theme's files
PAGES, SITEMAP = "pages", "sitemap.txt"  # in a cache entry: the part's output files, its sitemap entries


class RenderError(Exception):
    pass


@dataclass
class RenderRun:
    made: list[str] = field(default_factory=list)  # parts rendered ("" is the site's own part)
    reused: list[str] = field(default_factory=list)


def tree_parts(docs: Path, editions: list[str]) -> dict[str, list[str]]:
    """Part -> the tree entries it holds (``zh/beijing``, ``en/beijing``; ``zh/about.md`` in the site's part)."""
    parts: dict[str, list[str]] = {SITE: [], **{code: [] for code in editions}}
    for lang in sorted(p for p in docs.iterdir() if p.is_dir()):
        for entry in sorted(lang.iterdir()):
            part = entry.name if entry.is_dir() and entry.name in editions else SITE
            parts[part].append(f"{lang.name}/{entry.name}")
    return parts


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else ([root] if root.is_file() else [])


def part_keys(root: Path, build_dir: Path, parts: dict[str, list[str]]) -> dict[str, str]:
    docs = build_dir / renderer.TREE
    tree = _files(docs)
    theme = _files(root / "overrides")
    shape = key(*(p.relative_to(docs).as_posix() for p in tree), (build_dir / renderer.GENERATED).read_bytes(),
                (root / CONFIG).read_bytes(),
                *(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() for p in theme), layer="web")
    return {part: key(shape, *(p.relative_to(docs).as_posix().encode() + b"\0" + p.read_bytes()
                               for entry in entries for p in _files(docs / entry)), layer="web")
            for part, entries in parts.items()}


def _groups(missing: list[str], parts: dict[str, list[str]], jobs: int) -> list[list[str]]:
    """Share the parts to render among ``jobs`` renders, largest first onto the lightest."""
    groups: list[list[str]] = [[] for _ in range(max(1, min(jobs, len(missing))))]
    weight = [0] * len(groups)
    size = {part: 20 if part == SITE else len(parts[part]) for part in missing}  # the site part is slow to start
    for part in sorted(missing, key=lambda p: -size[p]):
        i = weight.index(min(weight))
        groups[i].append(part)
        weight[i] += size[part]
    return groups


def _owner(path: str, folders: dict[str, str]) -> str:
    """The part an output path (``en/beijing/wages/index.html``, ``beijing/``) belongs to."""
    first, _, rest = path.partition("/")
    return folders.get(f"{first}/{rest.split('/', 1)[0]}") or folders.get(first) or SITE


def render(root: Path, build_dir: Path, out: Path, editions: list[str], cache: Path,
           jobs: int | None = None) -> RenderRun:
    """Render the tree in ``build_dir`` into ``out`` (which must not exist), part by part."""
    docs = build_dir / renderer.TREE
    parts = tree_parts(docs, editions)
    keys = part_keys(root, build_dir, parts)
    # output folder -> part: ``beijing``, ``en/beijing``
    folders = {renderer.output_folder(entry): part for part, entries in parts.items() if part != SITE
               for entry in entries}
    store = Store(cache, "pages")
    run = RenderRun()
    out.mkdir(parents=True)
    missing = [part for part in parts if not store.fetch_tree(keys[part], PAGES, out)]
    run.reused = [part for part in parts if part not in missing]
    if missing:
        _render_missing(build_dir, out, parts, missing, folders, keys, store, jobs or os.cpu_count() or 1)
        run.made = missing
    entries = []
    for part in parts:
        entries.append((store.dir / keys[part] / SITEMAP).read_text(encoding="utf-8"))
    renderer.join_sitemaps(entries, out)
    store.prune()
    return run


def _render_missing(build_dir: Path, out: Path, parts: dict[str, list[str]], missing: list[str],
                    folders: dict[str, str], keys: dict[str, str], store: Store, jobs: int) -> None:
    work = build_dir / "parts"
    shutil.rmtree(work, ignore_errors=True)
    groups = _groups(missing, parts, jobs)
    renders = []
    for i, group in enumerate(groups):
        skip = [entry for part, entries in parts.items() if part not in group for entry in entries]
        renders.append(renderer.start(build_dir, work / str(i), skip, tag=str(i)))
    failed = [messages for ok, messages in map(renderer.finish, renders) if not ok]
    if failed:
        shutil.rmtree(work, ignore_errors=True)
        raise RenderError("\n".join(failed))
    for i, group in enumerate(groups):
        rendered = work / str(i)
        own: dict[str, dict[str, Path]] = {part: {} for part in group}
        for path in _files(rendered):
            rel = path.relative_to(rendered).as_posix()
            part = _owner(rel, folders)
            if part in own and not rel.startswith(renderer.SITEMAP):
                own[part][f"{PAGES}/{rel}"] = path
        sitemap = {part: [] for part in group}
        base = renderer.site_address(build_dir)
        for address, entry in renderer.sitemap_entries(rendered):
            part = _owner(address.removeprefix(base), folders)
            if part in sitemap:
                sitemap[part].append(entry)
        for n, part in enumerate(group):
            listing = work / f"{SITEMAP}.{i}.{n}"
            listing.write_text("".join(sitemap[part]), encoding="utf-8")
            store.keep(keys[part], {**own[part], SITEMAP: listing})
            store.fetch_tree(keys[part], PAGES, out)
    shutil.rmtree(work, ignore_errors=True)
