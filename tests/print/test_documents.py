"""The blank documents in every handbook's appendix, and the chapters' links to the site's calculators.

Read back from real editions' PDFs: each document's name, what it is for, and every word of its
Chinese text between the places to fill (the small print under the lines left out).
"""

from __future__ import annotations

import datetime as dt
import re

import pdfplumber
import pytest

from conftest import REPO
from quanyi.assembly.assemble import assemble
from quanyi.content.documents import BLANK
from quanyi.content.sources import load_project
from quanyi.print.documents import TABLE_ROWS, form_html
from quanyi.print.handbook import Imprint, handbook_html
from quanyi.print.markup import WebPage, chapter_html
from quanyi.problems import Problems
from quanyi.strings import strings
from quanyi.urls import tools_url

from .conftest import REAL_EDITIONS, SITE, unstamped

HINT_SIZE = 9  # pt: the small print under a line (documents.css: 8 pt) and nothing else is below it there


def flat(text: str) -> str:
    """Without spaces, and as typeset: curly quotes, no hyphen where a line broke inside a word."""
    text = text.replace("\u2010\n", "").replace("\u2010", "")
    return "".join(text.split()).replace("\u2019", "'").replace("\u2018", "'")


@pytest.fixture(scope="module")
def project():
    return load_project(REPO, Problems(REPO))


def pages_of(path) -> list[tuple[str, str]]:
    """Each page's text, and its text without the small print (what goes on a line)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page = unstamped(page)
            big = page.filter(lambda o: o.get("object_type") != "char" or o["size"] > HINT_SIZE)
            out.append((page.extract_text() or "", big.extract_text() or ""))
    return out


def words_of(text: str) -> list[str]:
    """The Chinese text's words between the places to fill, as the reader sees them: every stretch of a line."""
    out = []
    for line in text.split("\n"):
        for piece in BLANK.split(line)[::2]:  # the text between blanks (split keeps the blanks' words: skip them)
            piece = flat(piece.replace("□", "").replace("｜", ""))
            if len(piece) >= 2:
                out.append(piece)
    return out


@pytest.mark.parametrize("name", REAL_EDITIONS)
def test_every_document_is_in_the_appendix(real_handbooks, project, name):
    code, lang = name.rsplit("-", 1)
    t = strings(lang, "print")
    pages = pages_of(real_handbooks / f"{name}-handbook.pdf")
    assert len(pages) % 4 == 0  # paper.keep still makes the count a booklet's
    start = next(i for i, (text, _) in enumerate(pages) if flat(text).startswith(flat(t["documents"]) * 2))
    appendix = pages[start:]
    listing = flat(appendix[0][0])
    assert flat(t["documents-intro"]) in listing and tools_url(SITE, lang, code) in listing
    assert len(project.documents) == 5
    for document in project.documents:
        # its own page: its name first, under the running head, then what it is for
        i = next(i for i, (text, _) in enumerate(appendix) if flat(text).startswith(flat(t["documents"])
                                                                               + flat(document.name[lang])))
        text = flat(appendix[i][1] + (appendix[i + 1][1] if document.id == "arbitration-application" else ""))
        assert flat(document.name[lang]) in listing, document.id  # listed with its page
        assert flat(document.about[lang]) in text, document.id
        assert flat(document.title) in text
        missing = [w for w in words_of(document.text) if w not in text]
        assert missing == [], (document.id, missing)
    for key in ("姓名", "单位名称", "日期"):  # the small print says what goes on a line
        assert key in appendix[1][0]
    if lang == "en":
        assert flat(t["document-label"]) in flat(appendix[1][0])


def test_the_key_lines_of_each_document(real_handbooks):
    for name in ("national-zh", "shaanxi-en"):
        text = flat("".join(big for _, big in pages_of(real_handbooks / f"{name}-handbook.pdf")))
        for line in ("根据《劳动合同法》第三十条，用人单位应当及时足额支付劳动报酬。", "共欠",
                     "根据《劳动合同法》第三十八条，我从", "未依法为我缴纳社会保险费",
                     "仲裁请求：", "事实和理由：", "证据和证据来源：见所附证据清单。", "劳动人事争议仲裁委员会",
                     "工伤认定申请表", "《确立劳动关系通知》第二条", "序号证据名称证明什么页数原件还是复印件"):
            assert flat(line) in text, (name, line)


def test_a_form_draws_its_places_to_fill():
    html = form_html("证据清单\n\n致：【单位名称】\n因为【甲 / 乙】\n□ 一份\n"
                     "【什么时候入职，做什么工作，工资多少，发生了什么事】\n序号｜名称\n1｜【合同】\n2｜【】")
    assert '<p class="form-title">证据清单</p>' in html
    assert '<span class="hint">单位名称</span>' in html and "【" not in html
    assert html.count('class="choice"') == 2 and '<span class="box"></span>甲' in html
    assert '<p class="gap fill-line">致：' in html and '<p class="tick-line"><span class="box"></span>一份' in html
    assert html.count('<div class="rule">') == 14  # a paragraph's worth of lines for the facts
    assert html.count("<tr>") == 1 + TABLE_ROWS  # the blank last row repeated, numbered on
    assert re.findall(r"<tr><td>(\d+)</td>", html) == [str(n) for n in range(1, TABLE_ROWS + 1)]


@pytest.mark.parametrize("draft", [False, True])
def test_a_link_to_a_calculator_prints_the_address_and_one_to_a_document_its_page(draft):
    url = "" if draft else "https://quanyi.org.cn/guangdong/tools/"
    web = {"tools": WebPage(url, frozenset({"demand-letter"}))}
    html = chapter_html("用[欠薪计算器](tools.md#unpaid)算一算（见[催告函](tools.md#demand-letter)）。", "wages",
                        {"wages"}, web, "zh")
    assert '<a class="xref" href="#tools--demand-letter">“催告函”</a>' in html  # the appendix prints it
    if draft:  # no address yet: the words only, and no link anywhere
        assert "用<span>欠薪计算器</span>算一算" in html
    else:
        assert (f'<a class="web-page" href="{url}#unpaid">欠薪计算器</a><span class="url">（{url}）</span>算一算'
                in html)
    assert "tools.md" not in html


def _section_pages(pages: list[tuple[str, str]], words: str) -> list[str]:
    return [text for text, _ in pages if flat(words) in flat(text)]


@pytest.mark.parametrize("name", ["national-zh", "national-en", "guangdong-zh", "shaanxi-en"])
def test_the_sections_lead_to_the_calculators_and_no_link_is_dead(real_handbooks, name):
    code, lang = name.rsplit("-", 1)
    url = tools_url(SITE, lang, code)
    path = real_handbooks / f"{name}-handbook.pdf"
    pages = pages_of(path)
    sentences = {"zh": ["可以用网站上的欠薪计算器", "最低工资核对", "可以用网站上的加班费计算器",
                        "可以用网站上的经济补偿计算器", "可以用网站上的二倍工资计算器"],
                 "en": ["unpaid wages calculator", "minimum wage check", "overtime pay calculator",
                        "compensation calculator", "double wages calculator"]}[lang]
    for words in sentences:
        found = [text for text in _section_pages(pages, words) if flat(url) in flat(text)]
        assert found, (name, words)  # the calculator's words, and the edition's tools page as an address
    # the demand letter: a cross-reference to its page in the appendix
    head = flat(strings(lang, "print")["documents"]) + ("催告函（讨要工资）" if lang == "zh" else "Wagedemandletter")
    letter = next(i for i, (text, _) in enumerate(pages) if flat(text).startswith(head))
    xref = f"第{letter + 1}页“催告函”" if lang == "zh" else f"“Wagedemandletter”,page{letter + 1}"
    assert any(xref in flat(text) for text, _ in pages), xref
    # every link in the file goes somewhere: a page of it, or an address on the site
    with pdfplumber.open(path) as pdf:
        uris = [a.get("uri") for page in pdf.pages for a in page.annots if a.get("uri")]
    assert uris and all(u.startswith(("https://", "http://", "tel:", "mailto:")) for u in uris), uris
    assert not [u for u in uris if ".md" in u]
    to_tools = {u for u in uris if "/tools/" in u}
    assert to_tools == {f"{url}#{tool}" for tool in ("unpaid", "minimum-wage", "overtime", "compensation",
                                                     "double-wages")}


def test_without_documents_the_handbook_has_no_such_appendix(project):
    edition = assemble(project, project.web_handbook, "national", "zh")
    edition.documents = []
    markup = handbook_html(edition, "", Imprint(SITE, "1.0", dt.date(2026, 1, 1)))
    assert 'id="documents"' not in markup and strings("zh", "print")["documents"] not in markup
