"""The tri-fold leaflet: six panels in fold order, from the handbooks/brochure source."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from quanyi.print.brochure import WIDTHS
from quanyi.print.errors import PrintError
from quanyi.print.qr import qr_modules

from .conftest import SITE, build, halves, leaflet_project, read_qr


def panels(path):
    """Text of the six panels, by reading order 1-6, cut at the panel widths."""
    import pdfplumber

    mm = 72 / 25.4
    out = {}
    with pdfplumber.open(path) as pdf:
        for page, order in zip(pdf.pages, ((5, 6, 1), (2, 3, 4)), strict=True):
            x = 0.0
            for number in order:
                width = WIDTHS[number - 1] * mm
                out[number] = page.crop((x, 0, min(x + width, page.width), page.height)).extract_text() or ""
                x += width
    return out


def test_two_a4_landscape_sides(mini_pdfs):
    reader = PdfReader(mini_pdfs / "shaanxi-zh-brochure.pdf")
    assert len(reader.pages) == 2
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {(842, 595)}
    assert reader.metadata.title == "打工维权折页 · 陕西省"
    assert [sum(WIDTHS[i - 1] for i in side) for side in ((5, 6, 1), (2, 3, 4))] == [297, 297]


def test_panels_are_in_fold_order(mini_pdfs):
    text = panels(mini_pdfs / "shaanxi-zh-brochure.pdf")
    assert "打工维权" in text[1] and "陕西省" in text[1]  # front cover, right of the outside
    assert text[2].startswith("工资被拖欠") and text[3].startswith("受了工伤") and text[4].startswith("被辞退")
    assert text[5].startswith("别错过时间")  # the flap, seen when the cover is opened
    assert text[6].startswith("求助电话") and "12333" in text[6] and "12348" in text[6]


def test_leaflet_content_time_limits_minimum_wage_qr(mini_pdfs):
    text = panels(mini_pdfs / "shaanxi-zh-brochure.pdf")
    flat = {n: t.replace("\n", "") for n, t in text.items()}
    assert "每月 2050 元到 2160 元" in flat[1]  # the province's own figures, from its data
    assert "1 年" in flat[5] and "30 日" in flat[5] and "第二十七条" in flat[5] and "第十七条" in flat[5]
    english = {n: " ".join(t.split()) for n, t in panels(mini_pdfs / "shaanxi-en-brochure.pdf").items()}
    assert "2,160 yuan a month" in english[1] and english[5].startswith("Do not miss the deadline")
    url = f"{SITE}en/shaanxi/"
    assert read_qr(mini_pdfs / "shaanxi-en-brochure.pdf", 0, url) == qr_modules(url)


def test_national_leaflet_points_to_the_province(mini_pdfs):
    text = panels(mini_pdfs / "national-zh-brochure.pdf")
    assert "你所在的省份" in text[1] or "你所在省份" in text[1]


def test_overflowing_panel_fails_and_is_named(tmp_path, font_cache):
    root = leaflet_project(tmp_path / "project")
    injury = root / "handbooks/brochure/zh/injury.md"
    lines = injury.read_text(encoding="utf-8").splitlines()
    injury.write_text("\n".join(lines + lines[2:] * 6) + "\n", encoding="utf-8")  # same words, so cached fonts
    with pytest.raises(PrintError, match=r"^shaanxi-zh-brochure\.pdf: panel 3 does not fit: "
                                         r"shorten handbooks/brochure/zh/injury\.md \(or the province's"):
        build(root, tmp_path / "out", font_cache, only={"shaanxi-zh"}, leaflets=True)


def test_cover_text_that_would_run_into_the_hotlines_fails(tmp_path, font_cache):
    # the hotlines sit at the foot of the cover, outside the text flow: a long cover must not
    # print over them, it must fail like any other panel
    root = leaflet_project(tmp_path / "project")
    cover = root / "handbooks/brochure/zh/cover.md"
    lines = cover.read_text(encoding="utf-8").splitlines()
    cover.write_text("\n".join(lines + lines[2:] * 2) + "\n", encoding="utf-8")  # same words: cached fonts
    with pytest.raises(PrintError, match=r"panel 1 does not fit: shorten handbooks/brochure/zh/cover\.md"):
        build(root, tmp_path / "out", font_cache, only={"shaanxi-zh"}, leaflets=True)


def test_a_leaflet_needs_six_panels(tmp_path, font_cache):
    root = leaflet_project(tmp_path / "project")
    manifest = root / "handbooks/brochure/handbook.yml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("  - help\n", ""), encoding="utf-8")
    for lang in ("zh", "en"):
        (root / f"handbooks/brochure/{lang}/help.md").unlink()
    with pytest.raises(PrintError, match="needs 6 chapters, one per panel"):
        build(root, tmp_path / "out", font_cache, only={"shaanxi-zh"})


def test_halves_helper_is_consistent(mini_pdfs):
    sides = halves(mini_pdfs / "shaanxi-zh-brochure.pdf", parts=3)
    assert len(sides) == 2 and all(len(s) == 3 for s in sides)
