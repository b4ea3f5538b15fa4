"""The whole print step on the fixture project: every file, fonts, failures, reproducibility."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from conftest import write
from quanyi.print.errors import PrintError

from .conftest import EPOCH, build, leaflet_project, pdffonts, text_of

EDITIONS = ("national", "shaanxi")


def test_every_edition_language_and_kind(mini_pdfs):
    names = {p.name for p in mini_pdfs.glob("*.pdf")}
    assert names == {f"{code}-{lang}-{kind}.pdf" for code in EDITIONS for lang in ("zh", "en")
                     for kind in ("handbook", "booklet", "brochure")}
    for code in EDITIONS:
        for lang in ("zh", "en"):
            handbook = len(PdfReader(mini_pdfs / f"{code}-{lang}-handbook.pdf").pages)
            assert handbook == 12  # 6 of text, 4 to fill in and 2 spare logs: a multiple of 4
            assert len(PdfReader(mini_pdfs / f"{code}-{lang}-booklet.pdf").pages) == -(-handbook // 4) * 2
            assert len(PdfReader(mini_pdfs / f"{code}-{lang}-brochure.pdf").pages) == 2


def test_all_fonts_embedded_and_subset_and_ours(mini_pdfs):
    for path in sorted(mini_pdfs.glob("*.pdf")):
        fonts = pdffonts(path)
        assert fonts, path.name
        for name, embedded, subset in fonts:
            assert (embedded, subset) == ("yes", "yes"), (path.name, name)
            assert name.split("+")[1].startswith(("Quanyi-CJK", "Quanyi-Latin")), (path.name, name)
    # English is set in the Latin face; Chinese terms in it fall back to the CJK face
    names = {n.split("+")[1] for n, _, _ in pdffonts(mini_pdfs / "shaanxi-en-handbook.pdf")}
    assert "Quanyi-Latin" in names


def test_an_unknown_glyph_fails_the_build_and_names_the_file(tmp_path, font_cache):
    root = leaflet_project(tmp_path / "project")
    write(root, "handbooks/hb/zh/leave.md", "# 休假 {#leave}\n\n## 年休假 {#annual-leave}\n\n古文字𓀀。\n")
    with pytest.raises(PrintError, match=r"handbooks/hb/zh/leave\.md:5: '𓀀' \(U\+13000\), used in "
                                         r"national-zh-handbook\.pdf, shaanxi-zh-handbook\.pdf"):
        build(root, tmp_path / "out", font_cache)
    assert not (tmp_path / "out").exists()  # it failed before rendering anything


def test_same_sources_same_bytes(tmp_path, font_cache, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    root = leaflet_project(tmp_path / "project")
    only = {"shaanxi-zh"}
    first = build(root, tmp_path / "a", font_cache, only=only)
    # fresh font subsets too: subsetting must be deterministic as well
    second = build(root, tmp_path / "b", tmp_path / "fonts", only=only, workers=2)
    assert [p.name for p in first] == [p.name for p in second] == [
        "shaanxi-zh-handbook.pdf", "shaanxi-zh-booklet.pdf", "shaanxi-zh-brochure.pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_the_date_comes_from_source_date_epoch(tmp_path, font_cache, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 2026-05-28
    root = leaflet_project(tmp_path / "project")
    (path, *_) = build(root, tmp_path / "out", font_cache, only={"national-en"}, leaflets=False)
    assert PdfReader(path).metadata["/CreationDate"].startswith("D:20260528")


def test_links_between_chapters_print_the_page(tmp_path, font_cache):
    root = leaflet_project(tmp_path / "project")
    pay = root / "handbooks/hb/zh/pay.md"
    link = "要保存工资条，见[年休假](leave.md#annual-leave)。"
    text = pay.read_text(encoding="utf-8").replace("要保存工资条。", link)
    pay.write_text(text, encoding="utf-8")
    # no leaflet: "页" then comes only from the style sheet, and must still be in the font
    (path, *_) = build(root, tmp_path / "out", font_cache, only={"shaanxi-zh"}, leaflets=False)
    assert "见第 4 页“年休假”。" in text_of(path).replace("\n", "").replace("\u00a0", " ")
