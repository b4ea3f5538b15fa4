"""Render every edition's print files, in parallel, with cached pre-subset fonts."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import subprocess
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..assemble import Edition
from .booklet import impose
from .brochure import compose, panels_html
from .document import document
from .fonts import FAMILY, build_fonts

STYLE = Path(__file__).with_name("style.css")


class PrintError(Exception):
    pass


@dataclass
class Job:
    html: str
    handbook: Path
    booklet: Path


@dataclass
class LeafletJob:
    panels: list[str]
    names: list[str]
    target: Path
    title: str


class _Warnings(logging.Handler):
    """Collects WeasyPrint's warnings: in print, every one of them is a defect."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())

    def __enter__(self):
        logging.getLogger("weasyprint").addHandler(self)
        return self

    def __exit__(self, *exc):
        logging.getLogger("weasyprint").removeHandler(self)


def _render_leaflet(job: LeafletJob) -> tuple[str, int, int]:
    import io

    from pypdf import PdfReader
    from weasyprint import HTML

    readers = []
    with _Warnings() as warnings:
        for number, (markup, name) in enumerate(zip(job.panels, job.names, strict=True), start=1):
            doc = HTML(string=markup).render()
            if len(doc.pages) > 1:
                raise PrintError(f"{job.target.name}: panel {number} ({name}) does not fit: its text needs "
                                 f"{len(doc.pages)} panels — shorten handbooks/brochure/*/{name}.md")
            readers.append(PdfReader(io.BytesIO(doc.write_pdf(pdf_identifier=b"quanyi-panel"))))
    if warnings.messages:
        raise PrintError(f"{job.target.name}: WeasyPrint warned: " + "; ".join(warnings.messages))
    compose(readers, job.target, job.title)
    return job.target.name, 2, 2


def _render(job: Job) -> tuple[str, int, int]:
    """Worker: one handbook PDF and its booklet. Any WeasyPrint warning fails the build."""
    from weasyprint import HTML

    with _Warnings() as warnings:
        doc = HTML(string=job.html, base_url=str(job.handbook.parent)).render()
        doc.write_pdf(job.handbook, pdf_identifier=b"quanyi-" + job.handbook.name.encode())
    messages = warnings.messages
    foreign = _fallback_fonts(job.handbook)
    if foreign:
        messages.append(f"text set in a fallback font ({', '.join(foreign)}): a character is missing from "
                        f"{FAMILY}; add it to BASE_CHARS in quanyi/print/fonts.py")
    if messages:
        job.handbook.unlink(missing_ok=True)
        raise PrintError(f"{job.handbook.name}: WeasyPrint warned: " + "; ".join(messages))
    sides = impose(job.handbook, job.booklet)
    return job.handbook.name, len(doc.pages), sides


def _fallback_fonts(pdf: Path) -> list[str]:
    """Fonts other than ours: Pango silently falls back to any system font with the glyph."""
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont", "")).split("+")[-1])
    return sorted(n for n in names if not n.startswith(FAMILY.replace(" ", "-")))


def version(root: Path) -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else "dev"


def site_url(root: Path) -> str:
    """The public address QR codes and offline copies point to (mkdocs.yml's site_url)."""
    import yaml

    url = (yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8")) or {}).get("site_url")
    if not url:
        raise PrintError("mkdocs.yml has no site_url — set the site's public address; QR codes point to it")
    return url


def visible_text(markup: str) -> str:
    text = re.sub(r"<style>.*?</style>|<svg.*?</svg>|<[^>]+>", "", markup, flags=re.S)
    return re.sub(r"&[a-z]+;|&#\d+;", " ", text)


def _run(fn, jobs, workers):
    if workers <= 1:
        return [fn(j) for j in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, jobs))


def build_pdfs(root: Path, editions: list[Edition], out: Path, cache: Path, workers: int | None = None,
               leaflets: list[Edition] = ()) -> list[Path]:
    """Write ``<edition>-<lang>-handbook.pdf``, ``-booklet.pdf`` and, from ``leaflets``, ``-brochure.pdf``."""
    built = dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "0")), tz=dt.timezone.utc).date()
    url, ver = site_url(root), version(root)
    drafts = [(ed, document(ed, "", url, ver, built)) for ed in editions]
    drafts += [(ed, "".join(panels_html(ed, "", url))) for ed in leaflets]
    fonts = build_fonts("".join(visible_text(h) for _, h in drafts), cache)
    missing = {f"{ed.code}-{ed.lang}-{ed.handbook.id}": fonts.missing(visible_text(h)) for ed, h in drafts}
    missing = {k: v for k, v in missing.items() if v}
    if missing:
        detail = "; ".join(f"{k}: {' '.join(f'{c} (U+{ord(c):04X})' for c in v)}" for k, v in missing.items())
        raise PrintError(f"no glyph in Noto Sans CJK SC for: {detail} — replace these characters in the text")
    css = fonts.css() + "\n" + STYLE.read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    jobs = [Job(document(ed, css, url, ver, built), out / f"{ed.code}-{ed.lang}-handbook.pdf",
                out / f"{ed.code}-{ed.lang}-booklet.pdf") for ed in editions]
    leaflet_jobs = [LeafletJob(panels_html(ed, fonts.css(), url), [c.slug for c in ed.chapters],
                               out / f"{ed.code}-{ed.lang}-brochure.pdf", f"{ed.title} · {ed.name}")
                    for ed in leaflets]
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    _run(_render, jobs, workers)
    _run(_render_leaflet, leaflet_jobs, workers)
    return [p for j in jobs for p in (j.handbook, j.booklet)] + [j.target for j in leaflet_jobs]
