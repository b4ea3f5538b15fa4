"""Print test helpers: one build of the fixture handbook (plus the real leaflet source),
a font cache shared by the whole session, and ways to look inside the PDFs."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from conftest import FIXTURE, REPO, copy_project
from quanyi.assembly.assemble import all_editions
from quanyi.content.sources import load_project
from quanyi.print.render import build_pdfs
from quanyi.problems import Problems

EPOCH = "1767225600"  # 2026-01-01 00:00 UTC
SITE = "https://quanyi.org.cn/"  # a real-looking address: the print files are not drafts


@pytest.fixture(autouse=True)
def no_weasyprint_warnings(caplog):
    """Any WeasyPrint warning during a test fails it, even one our code let through."""
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    warnings = [r.getMessage() for r in caplog.records
                if r.name.startswith("weasyprint") and r.levelno >= logging.WARNING]
    assert not warnings, warnings


def leaflet_project(target: Path) -> Path:
    """The fixture handbook with the real leaflet source beside it."""
    root = copy_project(FIXTURE, target)
    shutil.copytree(REPO / "handbooks/brochure", root / "handbooks/brochure")
    return root


def build(root: Path, out: Path, fonts: Path, workers: int = 1, only: set[str] | None = None,
          leaflets: bool = True) -> list[Path]:
    """``only``: edition-language pairs such as {"shaanxi-zh"}; all of them by default."""
    project = load_project(root, Problems(root))

    def wanted(ed):
        return only is None or f"{ed.code}-{ed.lang}" in only

    editions = [ed for ed in all_editions(project) if wanted(ed)]
    leaflet_editions = [ed for hb in project.handbooks.values() if not hb.web
                        for ed in all_editions(project, hb) if wanted(ed)] if leaflets else []
    return build_pdfs(root, editions, out, fonts, workers=workers, leaflets=leaflet_editions).files


@pytest.fixture(scope="session")
def font_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fonts")


@pytest.fixture(scope="session")
def mini_root(tmp_path_factory) -> Path:
    return leaflet_project(tmp_path_factory.mktemp("mini") / "project")


@pytest.fixture(scope="session")
def mini_pdfs(mini_root, font_cache, tmp_path_factory) -> Path:
    """Every print file of the fixture project, built once, in parallel as ``make site`` does,
    with the site address set (``QUANYI_SITE_URL``)."""
    out = tmp_path_factory.mktemp("downloads")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        mp.setenv("QUANYI_SITE_URL", SITE)
        build(mini_root, out, font_cache, workers=2)
    return out


# a few real editions' handbooks, both languages, a Chinese and an English province: the whole text, as printed
REAL_EDITIONS = ("national-zh", "national-en", "guangdong-zh", "shaanxi-en")


@pytest.fixture(scope="session")
def real_handbooks(font_cache, tmp_path_factory) -> Path:
    """The handbooks (and booklets) of :data:`REAL_EDITIONS`, from the real content, with the site address set."""
    out = tmp_path_factory.mktemp("real-handbooks")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        mp.setenv("QUANYI_SITE_URL", SITE)
        build(REPO, out, font_cache, workers=2, only=set(REAL_EDITIONS), leaflets=False)
    return out


@pytest.fixture(scope="session")
def draft_pdfs(mini_root, font_cache, tmp_path_factory) -> Path:
    """The same files while the address is still mkdocs.yml's placeholder: drafts."""
    out = tmp_path_factory.mktemp("drafts")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        mp.delenv("QUANYI_SITE_URL", raising=False)
        build(mini_root, out, font_cache, workers=2)
    return out


def _stamped(obj) -> bool:
    """A character of the draft stamp: the only text set at a slant."""
    return obj.get("object_type") == "char" and abs(obj["matrix"][1]) > 1e-3


def stamps(page) -> list[str]:
    """The slanted lines on a (cropped) pdfplumber page, without spaces, each line in reading order."""
    chars = []
    for c in filter(_stamped, page.chars):
        a, b, _, _, e, f = c["matrix"]
        n = (a * a + b * b) ** 0.5
        chars.append((round((b * e - a * f) / n), (a * e + b * f) / n, c["text"]))  # down, along the line
    lines: list[list] = []
    for down, along, text in sorted(chars):
        if not lines or down - lines[-1][-1][0] > 2:
            lines.append([])
        lines[-1].append((down, along, text))
    # without spaces: a space glyph may read back as U+00A0 (the fonts map both to one glyph)
    return ["".join("".join(t for _, _, t in sorted(line, key=lambda c: c[1])).split()) for line in lines]


def unstamped(page):
    """The (pdfplumber) page without the draft stamp's characters."""
    return page.filter(lambda obj: not _stamped(obj))


def upright_text(page) -> str:
    """The page's text without the draft stamp."""
    return unstamped(page).extract_text() or ""


def text_of(path: Path, pages: slice = slice(None)) -> str:
    """The text of the pages; a draft's stamp is left out (see :func:`stamps`), here and below."""
    with pdfplumber.open(path) as pdf:
        return "\n".join(upright_text(page) for page in pdf.pages[pages])


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [upright_text(page) for page in pdf.pages]


def halves(path: Path, parts: int = 2) -> list[list[str]]:
    """Text of each side, cut into ``parts`` equal columns (booklet halves, leaflet panels)."""
    with pdfplumber.open(path) as pdf:
        return [[upright_text(page.crop((i * page.width / parts, 0, (i + 1) * page.width / parts, page.height)))
                 for i in range(parts)] for page in pdf.pages]


def pdffonts(path: Path) -> list[tuple[str, str, str]]:
    """(name, embedded, subset) of every font, as poppler's pdffonts reports them."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        rows.append((parts[0], parts[-5], parts[-4]))
    return rows


def read_qr(path: Path, page_index: int, url: str) -> list[list[bool]]:
    """The modules of the QR code printed under the link to ``url`` on a page.

    The page is rasterised, the code found as the dark area inside the link, and each
    module read at its centre: what a phone's camera would read.
    """
    from PIL import ImageOps

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_index]
        link = next(a for a in page.annots if a.get("uri") == url)
        box = (link["x0"], link["top"], link["x1"], link["bottom"])
        image = page.crop(box).to_image(resolution=600).original.convert("L")
    dark = ImageOps.invert(image).point(lambda v: 255 if v > 128 else 0)
    left, top, right, bottom = dark.getbbox()
    from quanyi.print.qr import qr_modules

    n = len(qr_modules(url))
    size = (right - left) / n
    assert abs((bottom - top) - (right - left)) < size / 2, "the code is not square"
    return [[image.getpixel((int(left + (x + 0.5) * size), int(top + (y + 0.5) * size))) < 128
             for x in range(n)] for y in range(n)]
