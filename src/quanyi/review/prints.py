"""Which print files a change affects, and by how many pages.

A print file's input is the HTML document it is laid out from (:func:`quanyi.print.handbook.handbook_html`,
:func:`quanyi.print.brochure.leaflet_html`), made here for both sides with one imprint (address,
version, date), so that only the content decides. Only the documents whose input differs are
rendered, on both sides, by the build's own :func:`quanyi.print.render.build_pdfs`; the page counts
are read from the PDFs it writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.builddate import build_date, source_date_epoch
from quanyi.print.brochure import PanelCountError, leaflet_html
from quanyi.print.handbook import Imprint, handbook_html
from quanyi.print.render import STYLE, PrintError, build_pdfs
from quanyi.review.pages import Side
from quanyi.urls import download_name, site_url

CACHE = Path("build") / "review"  # its own font subsets, beside the build's (never shared), and page counts
PAGES = "pages.json"
KEEP = 500  # page counts remembered


@dataclass
class PrintChange:
    name: str  # guangdong-zh-handbook.pdf
    before: int | None  # pages; None when there is no such file on that side, or it could not be made
    after: int | None
    before_problem: str = ""  # why a file could not be made on that side
    after_problem: str = ""

    @property
    def delta(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


def inputs(side: Side, stamp: Imprint) -> dict[str, tuple[Edition, str, str]]:
    """Each handbook and leaflet PDF of a side: name -> (edition, kind, the HTML it is made from)."""
    style = STYLE.read_text(encoding="utf-8")
    docs = {}
    for ed in side.editions:
        docs[download_name(ed.code, ed.lang, "handbook")] = (ed, "handbook", handbook_html(ed, style, stamp))
    for ed in side.leaflets:
        try:
            markup = leaflet_html(ed, "", stamp)
        except PanelCountError as exc:
            markup = f"error: {exc}"
        docs[download_name(ed.code, ed.lang, "brochure")] = (ed, "brochure", markup)
    return docs


def changed_inputs(base: Side, head: Side, stamp: Imprint) -> tuple[dict, dict, list[str]]:
    old, new = inputs(base, stamp), inputs(head, stamp)
    def markup(docs: dict, name: str) -> str | None:
        return docs[name][2] if name in docs else None

    names = sorted(n for n in old.keys() | new.keys() if markup(old, n) != markup(new, n))
    return old, new, names


def compare_prints(base: Side, head: Side, root: Path, workers: int | None = None) -> list[PrintChange]:
    """Render what changed on both sides; one entry per print file (booklets follow their handbooks).

    Page counts are kept in ``build/review/pages.json`` by the hash of each document's input, so
    running it again (after the next edit, say) renders only what is new.
    """
    with _fixed_date(root):
        stamp = Imprint(site_url(root), "review", build_date(root).date())
        old, new, names = changed_inputs(base, head, stamp)
        if not names:
            return []
        known = _load(root / CACHE / PAGES)
        with tempfile.TemporaryDirectory(prefix="quanyi-diff-pdf-") as tmp:
            before = _pages(base, [old[n] for n in names if n in old], Path(tmp) / "base", root / CACHE, known,
                            workers)
            after = _pages(head, [new[n] for n in names if n in new], Path(tmp) / "head", root / CACHE, known,
                           workers)
        _save(root / CACHE / PAGES, known)
    out = []
    for name in names:
        for file in _files(name):
            (b, why_b), (a, why_a) = before.get(file, (None, "")), after.get(file, (None, ""))
            out.append(PrintChange(file, b, a, why_b, why_a))
    return out


def _files(name: str) -> list[str]:
    """The files made from one document: a handbook also gives its booklet."""
    return [name] + ([name.replace("-handbook.pdf", "-booklet.pdf")] if name.endswith("-handbook.pdf") else [])


def _key(markup: str) -> str:
    from weasyprint import __version__

    return hashlib.sha256(f"{__version__}\n{markup}".encode()).hexdigest()


def _load(path: Path) -> dict[str, list[int]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, known: dict[str, list[int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # newest last: keep the most recent entries only
    keep = dict(list(known.items())[-KEEP:])
    path.write_text(json.dumps(keep, indent=0, sort_keys=False), encoding="utf-8")


@contextlib.contextmanager
def _fixed_date(root: Path):
    """Both sides dated as the working tree, as a build of it would be."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch(root))
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _pages(side: Side, docs: list[tuple[Edition, str, str]], out: Path, cache: Path, known: dict[str, list[int]],
           workers: int | None) -> dict[str, tuple[int | None, str]]:
    """Page count (or the problem) of every file made from ``docs``, from ``known`` where it is there."""
    found: dict[str, tuple[int | None, str]] = {}
    todo = []
    for ed, kind, markup in docs:
        files = _files(download_name(ed.code, ed.lang, kind))
        counts = known.get(_key(markup))
        if isinstance(counts, list) and len(counts) == len(files):
            found |= {f: (n, "") for f, n in zip(files, counts, strict=True)}
        else:
            todo.append((ed, kind, markup))
    if not todo:
        return found
    result = _render(side.root, todo, out, cache, workers)
    if len(todo) > 1 and any(pages is None for pages, _ in result.values()):
        # one document that cannot be made stops the others: make them one by one to say which
        result = {}
        for doc in todo:
            result |= _render(side.root, [doc], out, cache, 1)
    for ed, kind, markup in todo:
        files = _files(download_name(ed.code, ed.lang, kind))
        counts = [result[f][0] for f in files]
        if all(n is not None for n in counts):
            known.pop(_key(markup), None)
            known[_key(markup)] = counts
    return found | result


def _render(root: Path, docs: list[tuple[Edition, str, str]], out: Path, cache: Path,
            workers: int | None) -> dict[str, tuple[int | None, str]]:
    from pypdf import PdfReader

    handbooks = [ed for ed, kind, _ in docs if kind == "handbook"]
    leaflets = [ed for ed, kind, _ in docs if kind == "brochure"]
    names = [f for ed, kind, _ in docs for f in _files(download_name(ed.code, ed.lang, kind))]
    try:
        # the build's own code, so that what fails here fails the build the same way
        build_pdfs(root, handbooks, out, cache / "fonts", workers, leaflets=leaflets)
    except PrintError as exc:
        return {name: (None, str(exc)) for name in names}
    return {name: (len(PdfReader(out / name).pages), "") for name in names}
