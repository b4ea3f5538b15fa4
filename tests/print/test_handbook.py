"""The A5 handbook, judged by what is inside the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pdfplumber
from pypdf import PdfReader

from quanyi.assembly.assemble import all_editions
from quanyi.content.sources import load_project
from quanyi.print.handbook import Imprint, handbook_html
from quanyi.print.qr import qr_modules
from quanyi.problems import Problems

from .conftest import SITE, page_texts, read_qr, text_of

A5 = (420, 595)  # points


def test_metadata_title_language_and_dates(mini_pdfs):
    reader = PdfReader(mini_pdfs / "shaanxi-zh-handbook.pdf")
    assert reader.metadata.title == "小手册 · 陕西省"
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert reader.metadata["/CreationDate"].startswith("D:20260101")  # SOURCE_DATE_EPOCH, not the clock
    english = PdfReader(mini_pdfs / "shaanxi-en-handbook.pdf")
    assert english.metadata.title == "Small handbook · Shaanxi"
    assert english.trailer["/Root"]["/Lang"] == "en-GB"


def test_a5_pages_cover_contents_chapters_appendix_back(mini_pdfs):
    path = mini_pdfs / "shaanxi-zh-handbook.pdf"
    reader = PdfReader(path)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {A5}
    pages = page_texts(path)
    # cover, contents, 2 chapters, appendix, the fill-in pages (see test_paper.py), back
    assert len(pages) == 12
    cover, contents, pay, leave, appendix, *_, back = pages
    for fact in ("小手册", "陕西省", "适用地区", "语言", "中文", "版本日期", "2026 年 1 月 1 日", "规定截至", "12333"):
        assert fact in cover
    # rules as of: the latest date of the province's rules and figures (Edition.rules_as_of)
    assert "2026 年 1 月 10 日" in cover
    assert contents.startswith("目录")
    assert "12333" in appendix and "12348" in appendix
    assert "扫码阅读网上最新版" in back and f"{SITE}shaanxi/" in back


def test_contents_give_the_real_page_numbers(mini_pdfs):
    pages = page_texts(mini_pdfs / "shaanxi-zh-handbook.pdf")
    entries = re.findall(r"^(\S+?)\s*\.*\s*(\d+)$", pages[1], flags=re.M)
    assert [title for title, _ in entries] == ["工资", "休假", "附录：求助电话和联系方式", "上班记录"]
    for title, number in entries[:-1]:
        assert title in pages[int(number) - 1].splitlines()[1]  # the heading, under the running head
    assert pages[int(entries[-1][1]) - 1].startswith("上班记录")  # the fill-in pages have no running head


def test_running_head_and_page_numbers(mini_pdfs):
    pages = page_texts(mini_pdfs / "shaanxi-en-handbook.pdf")
    for number, title in ((3, "Pay"), (4, "Leave"), (5, "Appendix: hotlines and contacts")):
        lines = pages[number - 1].splitlines()
        assert lines[0] == title  # running head: the chapter's title
        assert lines[-1] == str(number)  # folio
    assert not pages[0].strip().endswith("1")  # the cover has neither


def test_bookmarks_for_chapters_and_sections(mini_pdfs):
    outline = PdfReader(mini_pdfs / "shaanxi-zh-handbook.pdf").outline
    chapters = [o["/Title"] for o in outline if not isinstance(o, list)]
    assert chapters == ["工资", "休假", "附录：求助电话和联系方式", "上班记录", "求助电话卡", "我的工作"]
    sections = [o["/Title"] for o in outline[1]]  # the children of the first chapter
    assert "最低工资" in sections and "工资条" in sections


def test_local_rule_with_its_citation(mini_pdfs):
    text = text_of(mini_pdfs / "shaanxi-zh-handbook.pdf")
    assert "陕西省规定" in text and "陕西的老板必须给你书面工资条" in text
    assert "依据：《陕西省测试工资条例》" in text
    national = text_of(mini_pdfs / "national-zh-handbook.pdf")
    assert "陕西" not in national and "12333" in national


def test_back_page_qr_code_is_the_edition_url(mini_pdfs):
    for name, url in (("shaanxi-en-handbook.pdf", f"{SITE}en/shaanxi/"),
                      ("national-zh-handbook.pdf", f"{SITE}national/")):
        path = mini_pdfs / name
        last = len(PdfReader(path).pages) - 1
        assert read_qr(path, last, url) == qr_modules(url)  # the printed code, read back
        other = f"{SITE}en/beijing/"
        assert len(qr_modules(other)) != len(qr_modules(url)) or qr_modules(other) != qr_modules(url)


def test_running_text_is_at_least_10_points(mini_pdfs):
    for name in ("shaanxi-zh-handbook.pdf", "shaanxi-en-handbook.pdf"):
        with pdfplumber.open(mini_pdfs / name) as pdf:
            for page in pdf.pages[:-1]:  # the back page's small print is the build line
                margin_top, margin_bottom = 17 * 72 / 25.4, page.height - 16 * 72 / 25.4
                small = [c["text"] for c in page.chars
                         if c["size"] < 9.95 and margin_top < c["top"] < margin_bottom]
                assert not small, (name, page.page_number, "".join(small))


def test_local_contacts_go_in_the_appendix(mini_root):
    project = load_project(mini_root, Problems(mini_root))
    edition = next(e for e in all_editions(project) if e.code == "shaanxi" and e.lang == "zh")
    edition.province.contacts = [{"name": {"zh": "测试热线", "en": "Test line"}, "phone": "029-0000000",
                                  "note": {"zh": "工作日", "en": "Weekdays"}}]
    html = handbook_html(edition, "", Imprint("https://q.example.org/", "1.0", dt.date(2026, 1, 1)))
    assert '<td class="number">029-0000000</td><td>测试热线<br><span class="note">工作日</span>' in html
    edition.province.contacts = []
    html = handbook_html(edition, "", Imprint("https://q.example.org/", "1.0", dt.date(2026, 1, 1)))
    assert "本版还没有经过核实的本地电话" in html


def test_an_undated_regulation_prints_date_to_be_confirmed(mini):
    p = mini / "handbooks/provinces/shaanxi/province.yml"
    p.write_text(p.read_text().replace("    effective: 2020-03-01\n", "    effective: null\n"))
    project = load_project(mini, Problems(mini))
    imprint = Imprint("https://q.example.org/", "1.0", dt.date(2026, 1, 1))
    html = {e.lang: handbook_html(e, "", imprint) for e in all_editions(project) if e.code == "shaanxi"}
    html = {lang: re.sub(r"<span[^>]*>|</span>", "", markup) for lang, markup in html.items()}  # typeset.py's spans
    assert "施行日期待确认" in html["zh"] and "自待确认起施行" not in html["zh"]
    assert "date in force to be confirmed" in html["en"] and "in force from to be confirmed" not in html["en"]
