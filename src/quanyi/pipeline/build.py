"""Build the site: assemble, render in a scratch folder, then swap into site/.

The renderer runs as a separate program on the generated tree, so nothing here depends on
its internals. ``site/`` is replaced only after every step succeeded.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from quanyi.assembly.assemble import all_editions
from quanyi.builddate import source_date_epoch
from quanyi.cache import Store
from quanyi.checks.rendered import check_site
from quanyi.checks.run import load_checked
from quanyi.content.sources import load_project
from quanyi.print.render import PrintError, PrintRun, build_pdfs, print_names
from quanyi.problems import Problems
from quanyi.urls import site_url
from quanyi.web import offline, parts, renderer
from quanyi.web.precompress import precompress
from quanyi.web.search import SearchIndexError, index_editions
from quanyi.web.sharecards import ShareCardError, write_cards
from quanyi.web.styles import inline_styles
from quanyi.web.tree import edition_name, fill_sizes, write_tree


class BuildError(Exception):
    pass


def assemble_tree(root: Path, problems: Problems, only: set[str] | None = None) -> Path:
    """Check the sources and write the staging tree the renderer renders (for preview).

    ``only``: province codes; the tree then holds the national edition and those provinces,
    with lists and switches naming just them (a preview of one province renders fast).
    """
    project = load_project(root, problems)
    problems.raise_if_errors()
    if only is not None:
        project = dataclasses.replace(project, provinces={c: p for c, p in project.provinces.items() if c in only},
                                      overlays=[ov for ov in project.overlays if ov.province in only])
    build_dir = root / "build"
    write_tree(project, all_editions(project), build_dir)
    return build_dir


def build_site(root: Path, problems: Problems, site_dir: Path | None = None, stats: dict | None = None) -> Path:
    """Build everything into a scratch folder; move it into place only when it all worked.

    Steps, in order: sources -> editions -> print files (made first, so that pages can
    list them) -> staging tree -> renderer -> check of the rendered HTML -> share cards ->
    files that need the rendered pages. Outputs whose inputs an earlier build saw are copied
    from ``build/cache`` (``stats``, when given, receives what was made and what was reused).
    """
    site_dir = site_dir or root / "site"
    # Every step (the renderer's sitemap, PDF metadata) dates the build from the sources, not the clock.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch(root))
    try:
        return _build(root, problems, site_dir, {} if stats is None else stats)
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _build(root: Path, problems: Problems, site_dir: Path, stats: dict) -> Path:
    build_dir = root / "build"
    scratch = build_dir / "site.new"
    try:
        _steps(root, problems, build_dir, scratch, stats)
    except BaseException:  # a failure or Ctrl-C: the scratch folder goes, site/ stays as it was
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    replace_dir(scratch, site_dir)
    return site_dir


def _steps(root: Path, problems: Problems, build_dir: Path, scratch: Path, stats: dict) -> None:
    seconds = stats.setdefault("seconds", {})

    @contextmanager
    def step(name: str):
        start = time.perf_counter()
        yield
        seconds[name] = round(time.perf_counter() - start, 2)

    with step("check"):
        project = load_checked(root, problems)
        problems.raise_if_errors()
        editions = all_editions(project)
    cache = build_dir / "cache"  # outputs of earlier builds, reused where the inputs are the same
    downloads = build_dir / "downloads"
    shutil.rmtree(downloads, ignore_errors=True)
    downloads.mkdir(parents=True)
    leaflets = [ed for hb in project.handbooks.values() if not hb.web for ed in all_editions(project, hb)]
    # The print files are made while the pages are written and rendered: neither needs the other
    # (the downloads page gets the files' page counts and sizes afterwards, from fill_sizes).
    printing = _Printing(root, editions, downloads, build_dir / "fonts", leaflets, cache, seconds)
    printing.start()
    try:
        with step("tree"):
            write_tree(project, editions, build_dir, print_names(editions, leaflets))
        shutil.rmtree(scratch, ignore_errors=True)
        with step("render"):
            try:
                pages = parts.render(root, build_dir, scratch, project.editions(), cache)
            except parts.RenderError as exc:
                raise BuildError(f"The site could not be rendered:\n{exc}") from exc
            stats["parts-made"], stats["parts-reused"] = len(pages.made), len(pages.reused)
    except BaseException:
        # the print files are left whole, not half-written into the cache (Ctrl-C stops their workers too)
        printing.join()
        raise
    with step("print (waited for)"):
        run = printing.result()
    stats["pdf-made"], stats["pdf-reused"], stats["markup-made"] = run.rendered, run.reused, run.markup_made
    with step("page check"):
        # what the browser will get: the Markdown check ran on the sources, this runs on the pages
        check_site(scratch, project, problems, renderer.is_content, memo=cache / "clean-pages.txt")
        if problems.errors:
            raise BuildError("The rendered pages contain HTML that could run script or load from another site.")
    with step("styles"):
        inline_styles(scratch, renderer.SCRIPTS, offline.CLASSES, memo=cache / "page-vocabulary.json")
    shutil.copytree(downloads, scratch / "downloads", dirs_exist_ok=True)
    with step("share cards"):
        try:
            # the pictures the pages' og:image names
            write_cards(editions, project.web_handbook.title, scratch, reuse=Store(cache, "cards"))
        except ShareCardError as exc:
            raise BuildError(f"Share cards could not be made: {exc}") from exc
    # steps that need the rendered pages
    with step("search"):
        try:
            index_editions(scratch, project.editions(), project.search_words, reuse=(index := Store(cache, "search")))
        except SearchIndexError as exc:
            raise BuildError(str(exc)) from exc
    with step("offline"):
        zips = Store(cache, "offline")
        for ed in editions:
            name = f"{ed.code}-{ed.lang}-offline.zip"
            offline.make_offline_zip(scratch, ed.code, ed.lang, scratch / "downloads" / name, site_url(root),
                                     f"{ed.title} · {ed.name}", edition_name(ed), reuse=zips)
        fill_sizes(scratch, run.pages)
    with step("compress"):
        packed = Store(cache, "precompress")
        precompress(scratch, reuse=packed)  # last: the copies must match the final files
    for store in (zips, packed, index):
        store.prune()
    stats["offline-made"], stats["offline-reused"] = zips.misses, zips.hits
    stats["compressed-made"], stats["compressed-reused"] = packed.misses, packed.hits


class _Printing(threading.Thread):
    """``build_pdfs`` beside the other steps; :meth:`result` waits and raises what it raised."""

    def __init__(self, root, editions, downloads, fonts, leaflets, cache, seconds) -> None:
        super().__init__(name="print", daemon=True)
        self.args = (root, editions, downloads, fonts)
        self.kwargs = {"leaflets": leaflets, "reuse": cache}
        self.seconds = seconds
        self.run_: PrintRun | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        start = time.perf_counter()
        try:
            self.run_ = build_pdfs(*self.args, **self.kwargs)
        except BaseException as exc:  # handed to the main thread by result()
            self.error = exc
        self.seconds["print"] = round(time.perf_counter() - start, 2)

    def result(self) -> PrintRun:
        self.join()
        if isinstance(self.error, PrintError):
            raise BuildError(f"Print files could not be made: {self.error}") from self.error
        if self.error is not None:
            raise self.error
        return self.run_


def replace_dir(new: Path, target: Path) -> None:
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)
