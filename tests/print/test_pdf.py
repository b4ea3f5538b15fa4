"""Strict rendering: any WeasyPrint warning, or any font that is not ours, fails."""

from __future__ import annotations

import pytest

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
    return (f"<html lang='zh-Hans'><style>{fonts.css()} html {{ font-family: 'Quanyi CJK', 'Quanyi Latin' }}"
            f"</style><body>{body}</body></html>")


def test_a_clean_document_renders(fonts, tmp_path):
    document = pdf.render(page(fonts, "<p>工资 wage</p>"), "ok.pdf")
    pdf.write(document, tmp_path / "ok.pdf", "ok.pdf", postscript_names(fonts))
    assert pdf.font_names((tmp_path / "ok.pdf").read_bytes()) == ["Quanyi-CJK"]


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
