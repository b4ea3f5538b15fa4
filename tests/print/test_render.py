"""Print files, asserted by what is inside them (pypdf, pdfplumber, poppler's pdffonts)."""

from __future__ import annotations

import subprocess

import pdfplumber
import pytest
from pypdf import PdfReader

from conftest import write
from quanyi.assemble import all_editions
from quanyi.print.booklet import page_order
from quanyi.print.document import document, edition_url, qr_svg
from quanyi.print.render import PrintError, build_pdfs
from quanyi.problems import Problems
from quanyi.sources import load_project

EDITIONS = ["national", "beijing", "guangdong", "shaanxi", "sichuan", "chongqing", "gansu", "ningxia", "yunnan"]


@pytest.fixture
def mini_pdfs(mini, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    project = load_project(mini, Problems(mini))
    out = tmp_path / "out"
    build_pdfs(mini, all_editions(project), out, tmp_path / "fonts", workers=2)
    return out


def text_of(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_booklet_page_order():
    # 6 pages -> padded to 8; blanks go before the back page
    assert page_order(6) == [(5, 0), (1, None), (None, 2), (3, 4)]
    assert page_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]


def test_handbook_contents_and_metadata(mini_pdfs):
    path = mini_pdfs / "shaanxi-zh-handbook.pdf"
    reader = PdfReader(path)
    assert reader.metadata.title == "小手册 · 陕西省"
    assert reader.trailer["/Root"]["/Lang"] == "zh-Hans"
    chapters = [o["/Title"] for o in reader.outline if not isinstance(o, list)]
    assert chapters == ["工资", "休假", "附录：求助电话和联系方式"]
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (420, 595)  # A5 in points
    text = text_of(path)
    assert "陕西省" in text and "陕西省规定" in text and "陕西的老板必须给你书面工资条" in text
    assert "12333" in text and "12348" in text
    assert "规定截至" in text and "2026年1月10日" in text
    # the table of contents carries real page numbers: the chapter "休假" starts on the page it names
    toc_line = next(line for line in text.splitlines() if line.startswith("休假"))
    page_no = int(toc_line.rstrip().split(".")[-1].strip() or toc_line.split()[-1])
    with pdfplumber.open(path) as pdf:
        assert "休假" in (pdf.pages[page_no - 1].extract_text() or "")


def test_national_handbook_has_no_local_rule(mini_pdfs):
    text = text_of(mini_pdfs / "national-en-handbook.pdf")
    assert "Shaanxi rule" not in text and "12333" in text


def test_booklet_imposes_pairs_of_pages(mini_pdfs):
    handbook = PdfReader(mini_pdfs / "shaanxi-zh-handbook.pdf")
    booklet = mini_pdfs / "shaanxi-zh-booklet.pdf"
    reader = PdfReader(booklet)
    n = len(handbook.pages)
    assert len(reader.pages) == -(-n // 4) * 2
    assert (round(reader.pages[0].mediabox.width), round(reader.pages[0].mediabox.height)) == (842, 595)
    with pdfplumber.open(booklet) as pdf:
        first = pdf.pages[0]
        left = first.crop((0, 0, first.width / 2, first.height)).extract_text()
        right = first.crop((first.width / 2, 0, first.width, first.height)).extract_text()
    assert "扫码阅读网上最新版" in left  # the last page (back cover) ...
    assert "小手册" in right and "Quanyi" in right  # ... beside the first (front cover)


def test_fonts_are_embedded_and_subset(mini_pdfs):
    for name in ("shaanxi-zh-handbook.pdf", "national-en-handbook.pdf", "shaanxi-zh-booklet.pdf"):
        out = subprocess.run(["pdffonts", str(mini_pdfs / name)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            emb, sub = row.split()[-5:-3]
            assert (emb, sub) == ("yes", "yes"), row
            assert "Quanyi-Sans" in row


def test_qr_code_encodes_the_edition_url(mini):
    project = load_project(mini, Problems(mini))
    ed = next(e for e in all_editions(project) if e.code == "shaanxi" and e.lang == "en")
    url = edition_url("https://quanyi.example.org/", ed)
    assert url == "https://quanyi.example.org/en/shaanxi/"
    import datetime as dt

    html = document(ed, "", "https://quanyi.example.org/", "abc123", dt.date(2026, 1, 1))
    assert qr_svg(url) in html and f'data-url="{url}"' in html


def test_unknown_glyph_fails_the_build(mini, tmp_path):
    write(mini, "handbooks/hb/zh/leave.md", "# 休假 {#leave}\n\n## 年休假 {#annual-leave}\n\n古文字𓀀。\n")
    project = load_project(mini, Problems(mini))
    with pytest.raises(PrintError, match=r"𓀀 \(U\+13000\)"):
        build_pdfs(mini, all_editions(project), tmp_path / "out", tmp_path / "fonts", workers=1)


def test_pdfs_are_reproducible(mini, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    project = load_project(mini, Problems(mini))
    editions = all_editions(project)[:2]
    a = build_pdfs(mini, editions, tmp_path / "a", tmp_path / "fonts", workers=1)
    b = build_pdfs(mini, editions, tmp_path / "b", tmp_path / "fonts2", workers=1)
    for x, y in zip(a, b, strict=True):
        assert x.read_bytes() == y.read_bytes(), x.name


def test_real_site_has_every_print_file(real_site):
    downloads = real_site / "downloads"
    for code in EDITIONS:
        for lang in ("zh", "en"):
            for kind in ("handbook", "booklet", "brochure"):
                path = downloads / f"{code}-{lang}-{kind}.pdf"
                assert len(PdfReader(path).pages) > 0
    page = (real_site / "downloads/index.html").read_text(encoding="utf-8")
    assert 'href="beijing-zh-booklet.pdf"' in page and "短边翻转" in page
    beijing = text_of(downloads / "beijing-zh-handbook.pdf")
    assert "北京市" in beijing and "北京市规定" in beijing and "12333" in beijing
    home = (real_site / "en/beijing/index.html").read_text(encoding="utf-8")
    assert 'href="../../downloads/beijing-en-handbook.pdf"' in home


@pytest.fixture
def leaflet(mini):
    """The real brochure source, inside the fixture project."""
    import shutil

    from conftest import REPO

    shutil.copytree(REPO / "handbooks/brochure", mini / "handbooks/brochure")
    return mini


def _leaflets(root):
    project = load_project(root, Problems(root))
    return project, [ed for ed in all_editions(project, project.handbooks["brochure"]) if ed.code == "shaanxi"]


def test_brochure_panels_in_fold_order(leaflet, tmp_path):
    project, leaflets = _leaflets(leaflet)
    build_pdfs(leaflet, [], tmp_path / "out", tmp_path / "fonts", workers=1, leaflets=leaflets)
    path = tmp_path / "out/shaanxi-zh-brochure.pdf"
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    assert (round(reader.pages[0].mediabox.width), round(reader.pages[0].mediabox.height)) == (842, 595)
    with pdfplumber.open(path) as pdf:
        def third(page, i):
            return page.crop((i * page.width / 3, 0, (i + 1) * page.width / 3, page.height)).extract_text()

        outside, inside = pdf.pages
        assert "别错过时间" in third(outside, 0)  # inside flap
        assert "求助电话" in third(outside, 1) and "12348" in third(outside, 1)  # back
        assert "打工维权" in third(outside, 2) and "陕西省" in third(outside, 2)  # front cover
        assert [t.splitlines()[0] for t in (third(inside, i) for i in range(3))] == ["工资被拖欠", "受了工伤", "被辞退"]
        assert "每月2160元" in third(outside, 2)  # the province's minimum wage, from its data


def test_brochure_overflow_names_the_panel(leaflet, tmp_path):
    p = leaflet / "handbooks/brochure/zh/injury.md"
    filler = "\n".join(f"{i}. 很长很长的一段文字，一直写下去。" * 3 for i in range(5, 40))
    p.write_text(p.read_text() + "\n" + filler + "\n")
    _, leaflets = _leaflets(leaflet)
    with pytest.raises(PrintError, match=r"panel 3 \(injury\) does not fit"):
        build_pdfs(leaflet, [], tmp_path / "out", tmp_path / "fonts", workers=1, leaflets=leaflets)
