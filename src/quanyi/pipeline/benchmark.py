"""``quanyi benchmark``: print speed, ours vs a naive WeasyPrint render, and the full build.

Not a test: it measures and reports, in one run on the same handbook HTML. The naive
render names the system Noto fonts in CSS, as one would by default, so WeasyPrint
subsets the whole CJK collection for every document; ours uses the cached pre-subset
fonts. The full build runs ``quanyi build`` (what ``make site`` runs once set up) in a
scratch copy of the sources, first cold (no font cache) and then again warm.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quanyi.assembly.assemble import all_editions
from quanyi.builddate import source_date_epoch
from quanyi.content.sources import load_project
from quanyi.print import pdf
from quanyi.print.fonts import CJK, LATIN, make_subset, postscript_names, subset_jobs
from quanyi.print.handbook import handbook_html
from quanyi.print.render import STYLE, imprint, visible_text
from quanyi.problems import Problems
from quanyi.urls import CONFIG

SYSTEM = {CJK: "Noto Sans CJK SC", LATIN: "Noto Sans"}


def _naive(markup: str) -> str:
    for ours, system in SYSTEM.items():
        markup = markup.replace(f'"{ours}"', f'"{system}"')
    return markup


def _time(fn, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _render(markup: str, families: set[str] | None = None) -> tuple[int, int]:
    document = pdf.render(markup, "benchmark")
    # ours as the build writes it (tagged); the naive render is WeasyPrint's default
    data = (pdf.write(document, None, "benchmark", families, tagged=True, preferences=pdf.HANDBOOK) if families
            else document.write_pdf())
    return len(document.pages), len(data)


@contextlib.contextmanager
def _fonttools_subsetting():
    """WeasyPrint's fallback when HarfBuzz-Subset is missing or older than 4.1: the slow path.

    It reproduces the 13–20 s per 120 pages measured when the print pipeline was planned.
    """
    import weasyprint.pdf.fonts as weasy_fonts

    saved, weasy_fonts.harfbuzz_subset = weasy_fonts.harfbuzz_subset, None
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)  # it warns that it is using fontTools: that is the point here
    try:
        yield
    finally:
        weasy_fonts.harfbuzz_subset = saved
        logger.setLevel(level)


def _render_fonttools(markup: str) -> None:
    from weasyprint import HTML

    with _fonttools_subsetting():
        HTML(string=markup).write_pdf()


def _handbook(root: Path, results: dict) -> None:
    project = load_project(root, Problems(root))
    editions = all_editions(project)
    stamp, style = imprint(root), STYLE.read_text(encoding="utf-8")
    drafts = {(e.code, e.lang): handbook_html(e, style, stamp) for e in editions}
    key = max((k for k in drafts if k[1] == "zh"), key=lambda k: len(drafts[k]))  # the largest Chinese one
    edition = next(e for e in editions if (e.code, e.lang) == key)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        fonts, jobs = subset_jobs("".join(visible_text(h) for h in drafts.values()), Path(tmp))
        for job in jobs:
            make_subset(job)
        results["font_cache_s"] = time.perf_counter() - start
        families = postscript_names(fonts)

        def ours(ed) -> str:
            return handbook_html(ed, fonts.css() + "\n" + style, stamp)

        def naive(ed) -> str:
            return _naive(handbook_html(ed, style, stamp))

        results["edition"] = f"{key[0]}-{key[1]}"
        results["pages"], results["ours_kb"] = _render(ours(edition), families)
        results["naive_pages"], results["naive_kb"] = _render(naive(edition))
        # interleaved and repeated: the best of three is the least disturbed by other work on the machine
        results["ours_s"] = _time(lambda: _render(ours(edition), families), repeat=3)
        results["naive_s"] = _time(lambda: _render(naive(edition)), repeat=3)
        results["naive_fonttools_s"] = _time(lambda: _render_fonttools(naive(edition)), repeat=1)
        results["ours_fonttools_s"] = _time(lambda: _render_fonttools(ours(edition)), repeat=1)
        # the reference point is a 120-page A5 Chinese document: repeat the chapters to get there
        copies = -(-120 // results["pages"])
        big = dataclasses.replace(edition, chapters=[dataclasses.replace(c, slug=f"{c.slug}-{i}")
                                                     for i in range(copies) for c in edition.chapters])
        results["big_pages"], _ = _render(ours(big), families)
        results["big_ours_s"] = _time(lambda: _render(ours(big), families), repeat=1)
        results["big_naive_s"] = _time(lambda: _render(naive(big)), repeat=1)
        results["big_naive_fonttools_s"] = _time(lambda: _render_fonttools(naive(big)), repeat=1)


def _copy_sources(root: Path, copy: Path) -> Path:
    """What a build reads, copied, so that measuring never touches the working tree."""
    for name in ("handbooks", "docs", "overrides", "reference"):
        shutil.copytree(root / name, copy / name)
    shutil.copy(root / CONFIG, copy / CONFIG)
    return copy


def _build(copy: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quanyi", "build"], cwd=copy, check=True, capture_output=True)
    return time.perf_counter() - start


def _rebuild(copy: Path) -> tuple[float, dict]:
    """A build in this process, with what it made and reused and each step's time."""
    from quanyi.pipeline.build import build_site

    stats: dict = {}
    start = time.perf_counter()
    build_site(copy, Problems(copy), stats=stats)
    return time.perf_counter() - start, stats


# the edit measured: one sentence added to one province's overlay, in both languages, as an editor makes it
OVERLAY = "handbooks/provinces/guangdong/{lang}/wage-proof.md"
EDIT = {"zh": "\n\n工资条和转账记录都要保存好。\n", "en": "\n\nKeep your pay slips and bank records.\n"}


def _edit_one_overlay(copy: Path) -> None:
    from quanyi.content.translation import find, mark

    for lang, text in EDIT.items():
        path = copy / OVERLAY.format(lang=lang)
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + text, encoding="utf-8")
    project = load_project(copy, Problems(copy))
    mark(project, find(project, [OVERLAY.format(lang="en")], copy)[0])


def run(root: Path, full_build: bool = True) -> dict:
    results: dict = {"cores": os.cpu_count()}
    _handbook(root, results)
    if full_build:
        with tempfile.TemporaryDirectory() as tmp:
            copy = _copy_sources(root, Path(tmp) / "repo")
            results["build_cold_s"] = _build(copy)
            # everything made again, with the fonts already cut: what a full build costs per edition
            shutil.rmtree(copy / "build" / "cache")
            results["build_fonts_warm_s"], stats = _rebuild(copy)
            results["editions"] = sum(name.endswith("-handbook.pdf") for name in stats["pdf-made"])
            results["steps_full"] = stats["seconds"]
            results["build_warm_s"] = _build(copy)  # nothing changed: everything reused
            # in a git clone the date is the last commit's, whatever is edited since: keep it
            os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch(copy))
            try:
                _edit_one_overlay(copy)
                results["rebuild_overlay_s"], stats = _rebuild(copy)
            finally:
                del os.environ["SOURCE_DATE_EPOCH"]
            results["rebuild_pdfs_made"] = len(stats["pdf-made"])
            results["steps_overlay"] = stats["seconds"]
            downloads = copy / "site" / "downloads"
            pdfs = sorted(downloads.glob("*.pdf"))
            results["pdfs"] = len(pdfs)
            results["pdf_mb"] = sum(p.stat().st_size for p in pdfs) / 1e6
            for kind in ("handbook", "booklet", "brochure"):
                sizes = [p.stat().st_size / 1000 for p in pdfs if p.name.endswith(f"-{kind}.pdf")]
                results[f"{kind}_kb"] = (min(sizes), max(sizes)) if sizes else (0, 0)
    return results


def report(r: dict) -> str:
    lines = [
        f"machine: {r['cores']} cores",
        f"handbook measured: {r['edition']}-handbook.pdf, {r['pages']} A5 pages (same HTML every way)",
        f"  ours, cached pre-subset fonts:                 {r['ours_s']:.2f} s, {r['ours_kb'] / 1000:.0f} KB",
        f"  naive, system fonts, HarfBuzz subsetting:      {r['naive_s']:.2f} s, {r['naive_kb'] / 1000:.0f} KB "
        f"({r['naive_s'] / r['ours_s']:.1f}x ours)",
        f"  naive, system fonts, fontTools subsetting:     {r['naive_fonttools_s']:.2f} s "
        f"({r['naive_fonttools_s'] / r['ours_s']:.1f}x ours; ours on that path: {r['ours_fonttools_s']:.2f} s)",
        f"  making the font cache, once per new set of characters: {r['font_cache_s']:.1f} s",
        f"chapters repeated to {r['big_pages']} pages: ours {r['big_ours_s']:.2f} s, naive HarfBuzz "
        f"{r['big_naive_s']:.2f} s, naive fontTools {r['big_naive_fonttools_s']:.2f} s",
    ]
    if "build_cold_s" in r:
        lines += [
            f"full build (quanyi build = make site once set up): site + {r['pdfs']} PDFs, {r['pdf_mb']:.1f} MB",
            f"  cold (nothing cached): {r['build_cold_s']:.1f} s",
            f"  every output made again, fonts cached: {r['build_fonts_warm_s']:.1f} s "
            f"({r['build_fonts_warm_s'] / max(r['editions'], 1):.1f} s per edition and language, "
            f"{r['editions']} of them)",
            "    steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in r["steps_full"].items()),
            f"  nothing changed, everything reused: {r['build_warm_s']:.1f} s",
            f"  one overlay edited (zh + en, {OVERLAY.format(lang='*')}): {r['rebuild_overlay_s']:.1f} s, "
            f"{r['rebuild_pdfs_made']} PDFs made again",
            "    steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in r["steps_overlay"].items()),
            "  sizes: " + ", ".join(f"{kind} {lo:.0f}–{hi:.0f} KB" for kind in ("handbook", "booklet", "brochure")
                                    for lo, hi in [r[f"{kind}_kb"]]),
        ]
    return "\n".join(lines)


__all__ = ["report", "run"]


def preview_latency(root: Path, only: list[str], rounds: int = 3) -> dict:
    """Seconds from saving a file to the preview serving the changed page, for an overlay and a chapter.

    The preview runs on a copy of the sources (``quanyi serve``, as ``make serve`` starts it); each
    round appends a new sentence and asks for the page every 50 ms until it contains it.
    """
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    edits = {"overlay": ("handbooks/provinces/guangdong/zh/wage-proof.md", "guangdong/evidence/"),
             "chapter": ("handbooks/labour-rights/zh/evidence.md", "guangdong/evidence/")}
    results: dict = {"editions": only or "all"}
    with tempfile.TemporaryDirectory() as tmp:
        copy = _copy_sources(root, Path(tmp) / "repo")
        proc = subprocess.Popen([sys.executable, "-m", "quanyi", "serve", "--addr", f"127.0.0.1:{port}", *only],
                                cwd=copy, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def page(path: str) -> str:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as r:
                    return r.read().decode("utf-8")
            except OSError:
                return ""

        def wait_for(path: str, text: str, limit: float) -> float | None:
            start = time.perf_counter()
            while time.perf_counter() - start < limit:
                if text in page(path):
                    return time.perf_counter() - start
                time.sleep(0.05)
            return None

        try:
            if wait_for("guangdong/evidence/", "广东", 600) is None:
                raise RuntimeError("the preview did not start within 10 minutes")
            for kind, (source, path) in edits.items():
                times = []
                for n in range(rounds):
                    marker = f"预览测量第{n + 1}{kind}句。"
                    file = copy / source
                    time.sleep(2)  # let the previous rebuild settle
                    file.write_text(file.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
                    times.append(wait_for(path, marker, 120))
                results[kind] = times
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return results


def preview_report(r: dict) -> str:
    def fmt(times):
        return ", ".join("timeout" if t is None else f"{t:.1f} s" for t in times)

    return "\n".join([f"preview (quanyi serve {' '.join(r['editions']) if r['editions'] != 'all' else ''}): "
                      "save to updated page",
                      f"  overlay edit: {fmt(r['overlay'])}",
                      f"  chapter edit: {fmt(r['chapter'])}"])
