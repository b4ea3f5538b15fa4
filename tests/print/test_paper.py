"""The fill-in pages: hours log, hotline card, "my job"; they fill the booklet's blank pages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pdfplumber
import pytest
from pypdf import PdfReader

from conftest import REPO
from quanyi.assembly.assemble import all_editions
from quanyi.checks.citations import Statutes, find
from quanyi.content.sources import load_project
from quanyi.print.brochure import WIDTHS
from quanyi.print.errors import PrintError
from quanyi.print.handbook import Imprint, handbook_html
from quanyi.print.imposition import MM
from quanyi.problems import Problems
from quanyi.strings import strings

from .conftest import SITE, build, halves, page_texts

NAMES = [f"{code}-{lang}" for code in ("national", "shaanxi") for lang in ("zh", "en")]


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", NAMES)
def test_the_pages_fill_the_booklet_and_the_card_is_one_leaf(mini_pdfs, name):
    lang = name.split("-")[1]
    t = strings(lang, "print")
    pages = page_texts(mini_pdfs / f"{name}-handbook.pdf")
    assert len(pages) % 4 == 0  # spare logs took the blanks' place
    *_, card, card_back, job, back = pages
    # counted from the back cover: the card's two sides are pages 2k-1 and 2k, one leaf
    assert (len(pages) - 3) % 2 == 1
    assert flat(t["card"]) in flat(card) and "12333" in card and "12348" in card
    assert flat(t["card-tell"]) in flat(card_back)
    assert flat(t["job"]) in flat(job) and flat(t["employer"]) in flat(job)
    assert flat(strings(lang, "downloads")["booklet-how"]) in flat(job)  # the printing note, inside the back cover
    for side in halves(mini_pdfs / f"{name}-booklet.pdf"):
        assert all(half.strip() for half in side)  # no blank half on any sheet


def test_the_hours_log_has_a_row_for_every_day_and_says_why(mini_pdfs):
    for lang in ("zh", "en"):
        t = strings(lang, "print")
        pages = page_texts(mini_pdfs / f"shaanxi-{lang}-handbook.pdf")
        logs = [p for p in pages if flat(p).startswith(flat(t["log"]))]
        assert len(logs) == 3  # the log and the two spares this count needs
        lines = logs[0].splitlines()
        assert [line for line in lines if line.strip().isdigit()][:31] == [str(d) for d in range(1, 32)]
        for key in ("log-date", "log-start", "log-end", "log-total"):
            assert flat(t[key]) in flat(logs[0])
        assert flat(t["log-why"]) in flat(logs[0])


def test_the_log_cites_only_articles_that_say_so():
    statutes = Statutes(REPO / "reference/statutes")
    for lang in ("zh", "en"):
        found, stray = find([strings(lang, "print")["log-why"]], statutes.english)
        assert not stray
        assert {(c.law, c.article) for c in found} == {("劳动争议司法解释（一）", "四十二"), ("工资支付暂行规定", "六")}
        assert not [c for c in found if statutes.problem(c)]
    text = (REPO / "reference/statutes/工资支付暂行规定(1994-12-06).md").read_text(encoding="utf-8")
    assert "用人单位必须书面记录支付劳动者工资的数额、时间、领取者的姓名以及签字，并保存两年以上备查" in text


def test_the_card_lists_the_edition_s_confirmed_local_contacts(mini_root):
    project = load_project(mini_root, Problems(mini_root))
    edition = next(e for e in all_editions(project) if e.code == "shaanxi" and e.lang == "en")
    contact = {"name": {"zh": "测试法律援助中心", "en": "Test legal aid centre"}, "phone": "029-00000000"}
    edition = dataclasses.replace(edition, province=dataclasses.replace(edition.province, contacts=[contact]))
    markup = handbook_html(edition, "", Imprint(SITE, "1.0", dt.date(2026, 1, 1)))
    card = markup.split('id="paper-card"')[1].split("</section>")[0]
    assert card.count("029-00000000") == 2 and card.count("Test legal aid centre") == 2  # two cards a page


def test_a_fill_in_page_that_runs_over_fails_and_says_which(mini_root, font_cache, tmp_path, monkeypatch):
    monkeypatch.setitem(strings("zh", "print"), "log-why", "自己记的就是证据。" * 80)
    monkeypatch.setenv("QUANYI_SITE_URL", SITE)
    with pytest.raises(PrintError, match=r"shaanxi-zh-handbook\.pdf: paper-log, .*does not fit on one page"):
        build(mini_root, tmp_path, font_cache, only={"shaanxi-zh"}, leaflets=False)


def test_the_leaflet_says_how_to_print_it(mini_pdfs):
    for lang in ("zh", "en"):
        with pdfplumber.open(mini_pdfs / f"shaanxi-{lang}-brochure.pdf") as pdf:
            page = pdf.pages[0]  # the outside: flap, back, front
            left = WIDTHS[4] * MM
            text = flat(page.crop((left, 0, left + WIDTHS[5] * MM, page.height)).extract_text())
        assert flat(strings(lang, "downloads")["brochure-how"]) in text
    assert len(PdfReader(mini_pdfs / "shaanxi-zh-brochure.pdf").pages) == 2
