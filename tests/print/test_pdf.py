"""Strict rendering: any WeasyPrint warning, or any font that is not ours, fails."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from quanyi.print import pdf
from quanyi.print.errors import PrintError
from quanyi.print.fonts import make_subset, postscript_names, subset_jobs


@pytest.fixture(scope="module")
def fonts(tmp_path_factory):
    fonts, jobs = subset_jobs("工资 wage", tmp_path_factory.mktemp("fonts"))
    for job in jobs:
        make_subset(job)
    return fonts


def page(fonts, body: str) -> str:
    return (f"<html lang='zh-CN'><style>{fonts.css()} html {{ font-family: 'Quanyi CJK', 'Quanyi Latin' }}"
            f"</style><body>{body}</body></html>")


def test_a_clean_document_renders(fonts, tmp_path):
    document = pdf.render(page(fonts, "<p>工资 wage</p>"), "ok.pdf")
    pdf.write(document, tmp_path / "ok.pdf", "ok.pdf", postscript_names(fonts))
    assert pdf.font_names((tmp_path / "ok.pdf").read_bytes()) == ["Quanyi-CJK"] == pdf.used_fonts(document)


def test_the_fonts_embedded_are_the_fonts_the_file_names(fonts, tmp_path):
    """The system-font check reads what WeasyPrint embedded, not the file: both must agree."""
    document = pdf.render(page(fonts, "<p>工资 <b>wage</b> ก</p>"), "mixed.pdf")
    data = document.write_pdf(pdf_variant="pdf/ua-1")
    assert pdf.used_fonts(document) == pdf.font_names(data)
    assert "Noto-Sans-Thai" in pdf.used_fonts(document) and "Quanyi-CJK" in pdf.used_fonts(document)


def test_weasyprint_warnings_fail(fonts, caplog):
    with pytest.raises(PrintError, match=r"bad\.pdf: WeasyPrint warned: .*colour"):
        pdf.render(page(fonts, "<p style='colour: red'>工资</p>"), "bad.pdf")
    caplog.clear()  # the warning was expected here


def test_text_in_a_system_font_fails(fonts, tmp_path):
    # Thai is in no face of ours: Pango would quietly take it from Noto Sans Thai
    document = pdf.render(page(fonts, "<p>工资 ก</p>"), "thai.pdf")
    with pytest.raises(PrintError, match=r"thai\.pdf: text was set in Noto-Sans-Thai"):
        pdf.write(document, tmp_path / "thai.pdf", "thai.pdf", postscript_names(fonts))
    assert not (tmp_path / "thai.pdf").exists()


# What the written files declare (built by the session's fixture build, tests/print/conftest.py)

def test_the_handbook_is_tagged_pdf_ua_in_its_language(mini_pdfs):
    for lang, tag in (("zh", "zh-CN"), ("en", "en-GB")):
        reader = PdfReader(mini_pdfs / f"shaanxi-{lang}-handbook.pdf")
        root = reader.trailer["/Root"]
        assert root["/Lang"] == tag and bool(root["/MarkInfo"]["/Marked"])
        assert "/StructTreeRoot" in root and root["/StructTreeRoot"]["/K"]
        assert b"pdfuaid:part=\"1\"" in root["/Metadata"].get_object().get_data()
        assert dict(root["/ViewerPreferences"]) == {"/DisplayDocTitle": True, "/Duplex": "/DuplexFlipLongEdge"}
        assert reader.pdf_header == "%PDF-1.7"


@pytest.mark.parametrize("kind", ["booklet", "brochure"])
def test_sheets_print_both_sides_on_the_short_edge_unscaled(mini_pdfs, kind):
    for lang, tag in (("zh", "zh-CN"), ("en", "en-GB")):
        reader = PdfReader(mini_pdfs / f"shaanxi-{lang}-{kind}.pdf")
        root = reader.trailer["/Root"]
        assert dict(root["/ViewerPreferences"]) == {"/Duplex": "/DuplexFlipShortEdge", "/PrintScaling": "/None",
                                                    "/DisplayDocTitle": True}
        assert root["/Lang"] == tag
        assert reader.pdf_header == "%PDF-1.7"  # OpenType fonts inside: not the 1.3 pypdf writes by default


def test_booklet_bookmarks_go_to_the_sheet_of_their_page(mini_pdfs):
    from quanyi.print.booklet import page_order

    handbook = PdfReader(mini_pdfs / "shaanxi-zh-handbook.pdf")
    booklet = PdfReader(mini_pdfs / "shaanxi-zh-booklet.pdf")
    sheet_of = {i: n for n, side in enumerate(page_order(len(handbook.pages))) for i in side if i is not None}

    def walk(reader, items):
        for item in items:
            if isinstance(item, list):
                yield from walk(reader, item)
            else:
                yield item.title, reader.get_destination_page_number(item)

    want = [(title, sheet_of[page]) for title, page in walk(handbook, handbook.outline)]
    got = list(walk(booklet, booklet.outline))
    assert got == want and len(got) > 5
    assert [o.title for o in booklet.outline if not isinstance(o, list)][:2] == ["工资", "休假"]
