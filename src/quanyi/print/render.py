"""Make every edition's print files: subset fonts once, then render all documents in parallel.

For each edition and language: ``<edition>-<lang>-handbook.pdf`` (A5) and
``<edition>-<lang>-booklet.pdf`` (imposed from it); for each leaflet edition
``<edition>-<lang>-brochure.pdf``. Nothing is rendered until every character is known to
have a glyph, so a missing glyph fails in seconds and names the source file.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.builddate import build_date
from quanyi.cache import Store, fingerprint, key
from quanyi.urls import download_name, site_url

from . import pdf
from .booklet import impose
from .brochure import PanelCountError, compose, leaflet_html, overflowing
from .errors import PrintError
from .fonts import FontSet, clean, make_subset, postscript_names, subset_jobs, with_extras
from .handbook import COVER_ENV, COVERS, Imprint, handbook_html
from .paper import keep

STYLE = Path(__file__).with_name("handbook.css")
NAME = "index.html"  # a document's HTML in its cache entry
PAGES = "pages.json"  # in a cache entry: the page count of each file, which the downloads page shows

__all__ = ["PrintError", "build_pdfs", "print_names"]


@dataclass(frozen=True)
class HandbookJob:
    html: str
    handbook: Path
    booklet: Path
    families: frozenset[str]


@dataclass(frozen=True)
class LeafletJob:
    html: str
    target: Path
    panels: tuple[str, ...]  # where each panel's text lives, to name one that does not fit
    families: frozenset[str]


def make_handbook(job: HandbookJob) -> dict[str, int]:
    """Worker: the A5 handbook and its booklet; returns their page counts."""
    document = pdf.render(job.html, job.handbook.name)
    document = document.copy([document.pages[n] for n in keep(document, job.handbook.name)])
    data = pdf.write(document, job.handbook, job.handbook.name, set(job.families), tagged=True,
                     preferences=pdf.HANDBOOK)
    sides = impose(data, len(document.pages), job.booklet)
    return {job.handbook.name: len(document.pages), job.booklet.name: sides}


def make_leaflet(job: LeafletJob) -> dict[str, int]:
    """Worker: the tri-fold leaflet (its page count); fails naming every panel whose text does not fit."""
    document = pdf.render(job.html, job.target.name)
    over = overflowing(document, len(job.panels))
    if over:
        raise PrintError(f"{job.target.name}: " + "; ".join(
            f"panel {n} does not fit: shorten {job.panels[n - 1]} (or the province's overlay on it)" for n in over))
    data = pdf.write(document, None, job.target.name, set(job.families))
    return {job.target.name: compose(data, job.target)}


def imprint(root: Path) -> Imprint:
    """Address, version and date printed on every file: from the sources, never from the clock;
    the cover from ``$QUANYI_COVER`` (plain unless it says ``colour``)."""
    cover = os.environ.get(COVER_ENV) or COVERS[0]
    if cover not in COVERS:
        raise PrintError(f"{COVER_ENV}={cover}: say {' or '.join(COVERS)} (or leave it unset for {COVERS[0]})")
    return Imprint(site_url(root), version(root), build_date(root).date(), cover)


def version(root: Path) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        release = package_version("quanyi")
    except PackageNotFoundError:
        release = "0"
    out = subprocess.run(["git", "rev-parse", "--show-toplevel", "--short", "HEAD"], cwd=root,
                         capture_output=True, text=True)
    lines = out.stdout.split()
    # a copy of the sources inside another repository must not show that repository's commit
    if out.returncode == 0 and len(lines) == 2 and Path(lines[0]).resolve() == root.resolve():
        return f"{release}+{lines[1]}"
    return release


def visible_text(markup: str) -> str:
    """The characters a document will show: its text and the strings its style sheet adds."""
    import html

    styles = " ".join(re.findall(r"<style>(.*?)</style>", markup, flags=re.S))
    generated = " ".join(re.findall(r'"([^"]*)"', " ".join(re.findall(r"content:([^;}]*)", styles))))
    text = re.sub(r"<(style|svg)\b.*?</\1>|<[^>]+>", " ", markup, flags=re.S)
    return html.unescape(text) + " " + generated


def _where(root: Path, char: str) -> str:
    for path in sorted((root / "handbooks").rglob("*")):
        if path.suffix in (".md", ".yml") and path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if char in line:
                    return f"{path.relative_to(root)}:{number}"
    return "generated text"


def _check_glyphs(root: Path, fonts: FontSet, texts: dict[str, str]) -> None:
    """``texts``: each document's visible text, by file name."""
    missing: dict[str, set[str]] = {}
    for name, text in texts.items():
        for char in fonts.missing(text):
            missing.setdefault(char, set()).add(name)
    if missing:
        lines = [f"  {_where(root, c)}: '{c}' (U+{ord(c):04X}), used in {', '.join(sorted(n))}"
                 for c, n in sorted(missing.items())]
        raise PrintError("no glyph in Noto Sans CJK SC or Noto Sans for these characters — replace them "
                         "in the text:\n" + "\n".join(lines))


def _pool(workers: int) -> Executor | None:
    if workers <= 1:
        return None
    # forkserver: workers never inherit the parent's threads, and WeasyPrint is imported once
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["weasyprint", "quanyi.print.render"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _map(pool: Executor | None, fn, jobs: list) -> list:
    return list(pool.map(fn, jobs)) if pool else [fn(job) for job in jobs]


def _with_fonts(markup: str, fonts: FontSet) -> str:
    return markup.replace("<style>", "<style>" + fonts.css() + "\n", 1)


def _panel_sources(edition: Edition, root: Path) -> tuple[str, ...]:
    paths = [edition.handbook.path / edition.lang / f"{c.slug}.md" for c in edition.chapters]
    return tuple(p.relative_to(root).as_posix() if p.is_relative_to(root) else str(p) for p in paths)


def print_names(editions: list[Edition], leaflets: list[Edition] = ()) -> list[str]:
    """The files :func:`build_pdfs` writes for these editions, known before any is made."""
    return [download_name(ed.code, ed.lang, kind) for ed in editions for kind in ("handbook", "booklet")] + \
        [download_name(ed.code, ed.lang, "brochure") for ed in leaflets]


@dataclass
class PrintRun:
    """What ``build_pdfs`` wrote, and how many documents it rendered rather than reused."""

    files: list[Path]
    rendered: list[str]
    reused: list[str]
    pages: dict[str, int]  # file name -> page count (a booklet's and a leaflet's printed sides)
    markup_made: int = 0  # documents whose HTML was made again rather than taken from the cache


def build_pdfs(root: Path, editions: list[Edition], out: Path, cache: Path, workers: int | None = None,
               leaflets: list[Edition] = (), reuse: Path | None = None) -> PrintRun:
    """Write the handbook and booklet of ``editions`` and the leaflet of ``leaflets`` into ``out``.

    ``cache`` keeps the subset fonts between builds; ``reuse``, when given, keeps each
    document's PDFs under the hash of its markup and fonts, so that an unchanged document
    is copied, byte for byte, instead of rendered again.
    """
    pools: list[Executor] = []  # one, made when some work can use more than one core
    cores = workers or os.cpu_count() or 1

    def pool_for(tasks: int) -> Executor | None:
        if not pools and tasks > 1 and cores > 1:
            pools.append(_pool(min(cores, tasks)))
        return pools[0] if pools else None

    try:
        return _build_pdfs(root, editions, out, cache, leaflets, reuse, pool_for)
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)


def _build_pdfs(root: Path, editions: list[Edition], out: Path, cache: Path, leaflets: list[Edition],
                reuse: Path | None, pool_for) -> PrintRun:
    stamp = imprint(root)
    style = STYLE.read_text(encoding="utf-8")
    markup = _Markup(reuse, stamp)
    wanted = [("handbook", ed, style) for ed in editions] + [("brochure", ed, "") for ed in leaflets]
    try:
        html = markup.all(pool_for, wanted)
    except PanelCountError as exc:
        raise PrintError(str(exc)) from exc
    handbooks = {download_name(ed.code, ed.lang, kind): (ed, h)
                 for (kind, ed, _), h in zip(wanted, html, strict=True) if kind == "handbook"}
    brochures = {download_name(ed.code, ed.lang, kind): (ed, h)
                 for (kind, ed, _), h in zip(wanted, html, strict=True) if kind == "brochure"}
    documents = handbooks | brochures
    texts = {name: visible_text(markup) for name, (_, markup) in documents.items()}
    # one set of fonts for the national text, shared by every edition, plus each edition's own few characters
    national = [t for name, t in texts.items() if documents[name][0].code == "national"] or list(texts.values())
    base, subsets = subset_jobs("".join(national), cache)
    _check_glyphs(root, base, texts)
    groups: dict[tuple[str, str], str] = {}
    for name, (ed, _) in documents.items():
        groups[ed.code, ed.lang] = groups.get((ed.code, ed.lang), "") + texts[name]
    fonts = {group: with_extras(base, text, cache, subsets) for group, text in groups.items()}
    used = {p for f in fonts.values() for p in f.paths()}
    out.mkdir(parents=True, exist_ok=True)
    families = frozenset(postscript_names(base))
    jobs = [HandbookJob(_with_fonts(markup, fonts[ed.code, ed.lang]), out / name,
                        out / download_name(ed.code, ed.lang, "booklet"), families)
            for name, (ed, markup) in handbooks.items()]
    leaflet_jobs = [LeafletJob(_with_fonts(markup, fonts[ed.code, ed.lang]), out / name, _panel_sources(ed, root),
                               families)
                    for name, (ed, markup) in brochures.items()]
    store = Store(reuse, "pdf") if reuse else None
    job_fonts = [(job, fonts[ed.code, ed.lang]) for job, (ed, _) in
                 zip([*jobs, *leaflet_jobs], [*handbooks.values(), *brochures.values()], strict=True)]
    entries = {id(job): _entry(job) for job, _ in job_fonts} if store else {}
    todo, reused, needed, pages = [], [], set(), {}
    for job, font_set in job_fonts:
        counts = store.read(entries[id(job)], PAGES) if store else None
        if counts is not None and store.fetch(entries[id(job)], _outputs(job)):
            reused.append(_outputs(job))
            pages.update(json.loads(counts))
        else:
            todo.append(job)
            needed |= font_set.paths()
    subsets = [s for s in subsets if s.target in needed]  # only the fonts of documents still to render
    pool = pool_for(max(len(subsets), len(todo)))
    _map(pool, make_subset, subsets)
    # the longest documents first, so that no core is left with a big one at the end
    for made in [*_map(pool, make_handbook, sorted((j for j in todo if isinstance(j, HandbookJob)),
                                                    key=lambda j: -len(j.html))),
                 *_map(pool, make_leaflet, [j for j in todo if isinstance(j, LeafletJob)])]:
        pages.update(made)
    if store:
        for job in todo:
            counts = json.dumps({n: pages[n] for n in _outputs(job)}).encode()
            store.keep(entries[id(job)], {**_outputs(job), PAGES: counts})
        store.prune()
    clean(cache, used | {s.target for s in subsets})
    files = [p for j in jobs for p in (j.handbook, j.booklet)] + [j.target for j in leaflet_jobs]
    return PrintRun(files, [name for j in todo for name in _outputs(j)], [name for r in reused for name in r],
                    pages, markup.made)


MAKERS = {"handbook": handbook_html, "brochure": leaflet_html}


def make_markup(job: tuple[str, Edition, str, Imprint]) -> str:
    """Worker: one document's HTML (``kind`` of :data:`MAKERS`, edition, style sheet, imprint)."""
    kind, edition, css, stamp = job
    return MAKERS[kind](edition, css, stamp)


class _Markup:
    """Documents' HTML, kept in ``reuse/markup`` under their edition's fingerprint: setting Chinese
    type takes about a second per handbook, and an edit changes one edition's text, not all 64."""

    def __init__(self, reuse: Path | None, stamp: Imprint):
        self.store = Store(reuse, "markup") if reuse else None
        self.stamp = stamp
        self.made = 0

    def all(self, pool_for, wanted: list[tuple[str, Edition, str]]) -> list[str]:
        """The HTML of each (kind, edition, style sheet): kept, or made on as many cores as there are."""
        memo: dict[int, bytes] = {}
        entries = [key(kind, fingerprint(ed, memo), css, repr(self.stamp), layer="print") for kind, ed, css in wanted]
        kept = [self.store.read(e, NAME) if self.store else None for e in entries]
        todo = [i for i, data in enumerate(kept) if data is None]
        made = _map(pool_for(len(todo)), make_markup, [(*wanted[i], self.stamp) for i in todo])
        self.made = len(todo)
        html = [data.decode("utf-8") if data is not None else "" for data in kept]
        for i, text in zip(todo, made, strict=True):
            html[i] = text
            if self.store:
                self.store.write(entries[i], NAME, text.encode("utf-8"))
        if self.store:
            self.store.prune()
        return html


def _outputs(job: HandbookJob | LeafletJob) -> dict[str, Path]:
    if isinstance(job, HandbookJob):
        return {job.handbook.name: job.handbook, job.booklet.name: job.booklet}
    return {job.target.name: job.target}


def _entry(job: HandbookJob | LeafletJob) -> str:
    # the markup names its font files, whose names carry the hash of their characters
    return key(type(job).__name__, job.html, *sorted(job.families), *_outputs(job), layer="print")

