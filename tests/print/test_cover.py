"""The cover is cheap to print (little toner, measured on real editions); the colour cover, an option,
has bleed and crop marks for a print shop."""

from __future__ import annotations

import subprocess

import pdfplumber
import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from conftest import REPO
from quanyi.print.brochure import WIDTHS
from quanyi.print.errors import PrintError

from .conftest import EPOCH, SITE, build

MM = 72 / 25.4
LIMIT = 0.10  # of the page's area in full black: what the default cover may cost in toner


@pytest.fixture(scope="module")
def real_pdfs(font_cache, tmp_path_factory):
    """Real editions (national in Chinese, Guangdong in English): handbooks, booklets, leaflets."""
    out = tmp_path_factory.mktemp("real-print")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        mp.setenv("QUANYI_SITE_URL", SITE)
        mp.delenv("QUANYI_COVER", raising=False)
        build(REPO, out, font_cache, workers=2, only={"national-zh", "guangdong-en"})
    return out


def darkness(path, page: int, box: tuple[float, float, float, float] | None = None) -> float:
    """Mean darkness (0 white, 1 black) of a greyscale render of one page (or a box of it, in points)."""
    prefix = path.with_name(f"{path.stem}-{page}")
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), str(prefix)], check=True)
    image = Image.open(f"{prefix}.pgm")
    if box:
        scale = 40 / 72
        image = image.crop(tuple(round(v * scale) for v in box))
    return 1 - ImageStat.Stat(image).mean[0] / 255


@pytest.mark.parametrize("name", ["national-zh", "guangdong-en"])
def test_the_default_cover_uses_little_toner(real_pdfs, name):
    assert darkness(real_pdfs / f"{name}-handbook.pdf", 1) <= LIMIT
    # the booklet's first side: back page on the left, cover on the right
    booklet = real_pdfs / f"{name}-booklet.pdf"
    width = float(PdfReader(booklet).pages[0].mediabox.width)
    assert darkness(booklet, 1, (width / 2, 0, width, 210 * MM)) <= LIMIT
    # the leaflet's front panel is the right third of the outside
    leaflet = real_pdfs / f"{name}-brochure.pdf"
    assert darkness(leaflet, 1, (width - WIDTHS[0] * MM, 0, width, 210 * MM)) <= LIMIT


def test_the_default_cover_still_says_what_it_is(real_pdfs):
    with pdfplumber.open(real_pdfs / "guangdong-en-handbook.pdf") as pdf:
        text = pdf.pages[0].extract_text()
        colours = {tuple(c["non_stroking_color"]) for c in pdf.pages[0].chars if c["non_stroking_color"]}
    assert "Guangdong" in text and "12333 · 12348" in text
    assert any(len(c) == 3 and c[0] > 0.6 and c[1] < 0.2 for c in colours)  # red type


@pytest.fixture(scope="module")
def colour_pdfs(mini_root, font_cache, tmp_path_factory):
    out = tmp_path_factory.mktemp("colour")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        mp.setenv("QUANYI_SITE_URL", SITE)
        mp.setenv("QUANYI_COVER", "colour")
        build(mini_root, out, font_cache, only={"shaanxi-zh"})
    return out


def test_the_colour_cover_has_bleed_and_crop_marks(colour_pdfs):
    path = colour_pdfs / "shaanxi-zh-handbook.pdf"
    reader = PdfReader(path)
    for page in reader.pages:
        trim, media = page.trimbox, page.mediabox
        assert (round(float(trim.width)), round(float(trim.height))) == (420, 595)  # A5 after the cut
        assert float(trim.left) - float(media.left) >= 3 * MM - 0.1  # bleed (and room for the marks)
        assert float(media.top) - float(trim.top) >= 3 * MM - 0.1
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        x0, top = float(reader.pages[0].trimbox.left), float(page.height) - float(reader.pages[0].trimbox.top)
        marks = [e for e in page.lines + page.rects + page.curves if e["x1"] <= x0 + 0.5 or e["bottom"] <= top + 0.5]
    assert len(marks) >= 2  # crop marks, outside the trimmed page
    assert darkness(path, 1) > 0.5  # solid red, into the bleed


def test_the_colour_booklet_is_imposed_on_the_trimmed_pages(colour_pdfs):
    booklet = colour_pdfs / "shaanxi-zh-booklet.pdf"
    reader = PdfReader(booklet)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {(842, 595)}
    assert darkness(booklet, 1, (421 + 20, 20, 842 - 20, 575)) > 0.5  # the red cover, on the right
    assert darkness(booklet, 1, (20, 20, 400, 575)) < 0.2  # the back page, white, on the left


def test_an_unknown_cover_fails(mini_root, font_cache, tmp_path, monkeypatch):
    monkeypatch.setenv("QUANYI_COVER", "gold")
    with pytest.raises(PrintError, match="QUANYI_COVER=gold: say plain or colour"):
        build(mini_root, tmp_path, font_cache, only={"shaanxi-zh"})
