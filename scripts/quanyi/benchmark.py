"""``quanyi benchmark``: print speed, ours vs a naive WeasyPrint render, and the full build.

Not a test: it measures and reports. The naive render uses the same handbook HTML with
the system Noto Sans CJK SC collection, which WeasyPrint subsets for every document.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .assemble import all_editions
from .print.document import document
from .print.fonts import FAMILY, build_fonts
from .print.render import STYLE, site_url, version, visible_text
from .problems import Problems
from .sources import load_project


def _render(html: str, target: Path) -> float:
    from weasyprint import HTML

    start = time.perf_counter()
    HTML(string=html).write_pdf(target)
    return time.perf_counter() - start


def run(root: Path, full_build: bool = True) -> dict[str, float]:
    import datetime as dt

    project = load_project(root, Problems(root))
    editions = all_editions(project)
    url, ver, built = site_url(root), version(root), dt.date.today()
    drafts = {(e.code, e.lang): document(e, "", url, ver, built) for e in editions}
    # the largest Chinese handbook
    key = max((k for k in drafts if k[1] == "zh"), key=lambda k: len(drafts[k]))
    edition = next(e for e in editions if (e.code, e.lang) == key)
    style = STYLE.read_text(encoding="utf-8")
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        naive_css = style.replace(f'"{FAMILY}"', '"Noto Sans CJK SC"')
        naive = document(edition, naive_css, url, ver, built)
        results["naive_s"] = min(_render(naive, tmp / "naive.pdf") for _ in range(2))
        start = time.perf_counter()
        fonts = build_fonts("".join(visible_text(h) for h in drafts.values()), tmp / "fonts")
        results["font_cache_build_s"] = time.perf_counter() - start
        ours = document(edition, fonts.css() + "\n" + style, url, ver, built)
        results["ours_s"] = min(_render(ours, tmp / "ours.pdf") for _ in range(2))
        from pypdf import PdfReader

        results["pages"] = len(PdfReader(tmp / "ours.pdf").pages)
        results["naive_kb"] = (tmp / "naive.pdf").stat().st_size / 1000
        results["ours_kb"] = (tmp / "ours.pdf").stat().st_size / 1000
        # the reference point is a 120-page A5 Chinese document: repeat the chapters to get there
        big = dataclasses.replace(edition, chapters=edition.chapters * max(1, -(-120 // results["pages"])))
        results["big_naive_s"] = _render(document(big, naive_css, url, ver, built), tmp / "big-naive.pdf")
        results["big_ours_s"] = _render(document(big, fonts.css() + "\n" + style, url, ver, built), tmp / "big.pdf")
        results["big_pages"] = len(PdfReader(tmp / "big.pdf").pages)
    results["speedup"] = results["naive_s"] / results["ours_s"]
    results["edition"] = f"{key[0]}-{key[1]}"
    if full_build:
        # a cold build (no font cache, no previous site) of everything, as `make site` does
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "repo"
            for name in ("handbooks", "docs", "overrides"):
                shutil.copytree(root / name, copy / name)
            shutil.copy(root / "mkdocs.yml", copy / "mkdocs.yml")
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "quanyi", "build"], cwd=copy, check=True,
                           capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1767225600"})
            results["full_build_s"] = time.perf_counter() - start
            results["pdfs"] = len(list((copy / "site/downloads").glob("*.pdf")))
    return results


def report(results: dict) -> str:
    lines = [f"handbook measured: {results['edition']}-handbook.pdf, {results['pages']} pages A5",
             f"naive WeasyPrint (system CJK collection): {results['naive_s']:.2f} s, {results['naive_kb']:.0f} KB",
             f"ours (cached pre-subset font):             {results['ours_s']:.2f} s, {results['ours_kb']:.0f} KB",
             f"speed-up: {results['speedup']:.1f}x (font cache built once per build: "
             f"{results['font_cache_build_s']:.2f} s)"]
    lines.append(f"same chapters repeated to {results['big_pages']} pages: naive {results['big_naive_s']:.2f} s, "
                 f"ours {results['big_ours_s']:.2f} s ({results['big_naive_s'] / results['big_ours_s']:.1f}x)")
    if "full_build_s" in results:
        lines.append(f"full build (site + {results['pdfs']} PDFs, cold, {os.cpu_count()} cores): "
                     f"{results['full_build_s']:.1f} s")
    return "\n".join(lines)


__all__ = ["report", "run"]
