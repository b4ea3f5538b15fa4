"""The search engine in the browser (overrides/assets/quanyi-search.js), on a tiny index.

The index and word tables are made by the real Python code from a few sections; the
engine is the real script, run in Chromium. No site build is needed.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from quanyi.content.searchwords import Lexicon
from quanyi.web.search.index import words_file

SECTIONS = [  # page, anchor, heading, text
    ("ending-a-job", "dismissal", "被辞退", "老板辞退你，要提前30日书面通知你，或者多付一个月工资。"),
    ("ending-a-job", "compensation", "经济补偿", "被辞退的，按工作年限，每满一年付一个月工资的经济补偿。"),
    ("working-hours", "overtime-pay", "加班费", "休息日加班又不能补休的，加班费不低于工资的200%。"),
    ("working-hours", "overtime-limit", "加班时间的限制", "每天加班一般不超过1小时，每月不超过36小时。"),
    ("disputes", "arbitration", "劳动仲裁", "申请劳动仲裁不收费。可以拨打12333问。"),
    ("wages", "unpaid", "工资被拖欠", "老板拖欠工资，先留下证据，再投诉或者申请仲裁。"),
    ("construction", "gang-boss", "包工头跑了", "包工头拖欠工资跑了，可以找发包的公司要。"),
]
EN_SECTIONS = [
    ("ending-a-job", "dismissal", "Dismissal", "Your employer must give you 30 days' notice before a dismissal."),
    ("disputes", "arbitration", "Labour arbitration", "Applying for arbitration is free of charge."),
    ("wages", "unpaid", "Unpaid wages", "If your employer does not pay your wages, keep evidence."),
]
ZH_WORDS = Lexicon(terms=["加班费", "劳动仲裁", "经济补偿", "拖欠工资"],
                   words={"开除": ["辞退"], "包工头跑": ["包工头跑了"], "周末": ["休息日"]},
                   same=[["工资", "工钱"]], ignore=["怎么办", "吗", "了", "的", "我", "多少", "给"])
EN_WORDS = Lexicon(words={"fired": ["dismissal"], "boss didn't pay": ["unpaid wages"]},
                   ignore=["how", "do", "i", "my", "me", "the", "a"])


def index(sections):
    pages = sorted({s[0] for s in sections})
    return {"pages": [[f"national/{p}/", p] for p in pages],
            "docs": [[pages.index(p), a, h, t, ""] for p, a, h, t in sections]}


@pytest.fixture(scope="module")
def engines(browser):
    page = browser.new_page()
    page.set_content('<html lang="zh"><body></body></html>')
    script = (REPO / "overrides" / "assets" / "quanyi-search.js").read_text(encoding="utf-8")
    chars = {c for s in SECTIONS for c in s[2] + s[3]}
    page.add_script_tag(content=script)
    zh = (index(SECTIONS), words_file(ZH_WORDS, "zh", chars))
    page_en = browser.new_page()
    page_en.set_content('<html lang="en"><body></body></html>')
    page_en.add_script_tag(content=script)
    en = (index(EN_SECTIONS), words_file(EN_WORDS, "en", set()))
    yield {"zh": (page, zh), "en": (page_en, en)}
    page.close()
    page_en.close()


def search(engines, query: str, lang: str = "zh") -> dict:
    page, (idx, words) = engines[lang]
    return page.evaluate("""([idx, words, q]) => {
        const e = new window.quanyiSearch.Engine(idx, words), r = e.search(q);
        return {anchors: r.results.map(x => x.doc.anchor), complete: r.complete, meant: r.meant, also: r.also};
    }""", [idx, words, query])


def test_a_worker_word_finds_the_handbook_word(engines):
    found = search(engines, "开除")  # the text never says 开除
    assert found["anchors"][0] == "dismissal" and "辞退" in found["also"]


def test_question_words_do_not_block_a_match(engines):
    plain = search(engines, "拖欠工资")["anchors"]
    assert plain and search(engines, "我的拖欠工资怎么办吗")["anchors"] == plain


def test_a_filler_inside_a_phrase(engines):
    assert search(engines, "包工头跑了怎么办")["anchors"][0] == "gang-boss"


def test_partial_matches_ranked_by_how_much_they_cover(engines):
    found = search(engines, "周末加班给多少钱")  # no section has 钱, and only one has 休息日 with 加班
    assert found["anchors"][0] == "overtime-pay"
    assert "overtime-limit" in found["anchors"]


def test_no_section_has_every_word(engines):
    found = search(engines, "加班费 仲裁")
    assert set(found["anchors"][:2]) == {"overtime-pay", "arbitration"} and found["complete"] is False


def test_the_heading_counts_more_than_the_text(engines):
    assert search(engines, "经济补偿")["anchors"][0] == "compensation"


def test_a_heading_that_reads_like_the_question(engines):
    # headings are often a worker's question; the question words the query drops still count there
    page = engines["zh"][0]
    words = words_file(Lexicon(ignore=["怎么"]), "zh", set())
    asked = index([
        ("legal-aid", "who", "谁可以申请法律援助", "家里经济困难的，可以申请法律援助。"),
        ("legal-aid", "how", "怎么申请", "带上身份证，去法律援助中心申请。"),
    ])
    first = page.evaluate("""([idx, words, q]) => {
        const W = window.quanyiSearch.weights, keep = W.asked, out = [];
        for (const weight of [keep, 0]) {
          W.asked = weight; out.push(new window.quanyiSearch.Engine(idx, words).search(q).results[0].doc.anchor); }
        W.asked = keep; return out; }""", [asked, words, "法律援助怎么申请"])
    assert first == ["how", "who"]  # and without the heading's likeness, the other section wins


@pytest.mark.parametrize("query, anchor, meant", [
    ("加斑费", "overtime-pay", "加班费"),  # a same-sounding wrong character
    ("jiabanfei", "overtime-pay", "加班费"),  # pinyin
    ("jia ban fei", "overtime-pay", "加班费"),
    ("zhongcai", "arbitration", "仲裁"),  # pinyin of part of a term
    ("经济补尝", "compensation", "经济补偿"),
])
def test_typos_and_pinyin(engines, query, anchor, meant):
    found = search(engines, query)
    assert found["anchors"][0] == anchor and meant in found["meant"]


def test_traditional_and_full_width_characters(engines):
    assert search(engines, "勞動仲裁")["anchors"][0] == "arbitration"
    assert search(engines, "１２３３３")["anchors"] == ["arbitration"]


def test_a_group_of_same_words(engines):
    assert search(engines, "工钱")["anchors"][0] in ("unpaid", "dismissal", "compensation")


def test_nothing_found(engines):
    assert search(engines, "zzzzqqqq")["anchors"] == []
    assert search(engines, "怎么办")["anchors"] == []


def test_english_words_stems_and_spelling(engines):
    assert search(engines, "fired", "en")["anchors"][0] == "dismissal"
    assert search(engines, "boss didn't pay me", "en")["anchors"][0] == "unpaid"
    assert search(engines, "employers", "en")["anchors"]  # employer, by its stem
    found = search(engines, "arbitraton", "en")
    assert found["anchors"][0] == "arbitration" and found["meant"] == ["arbitration"]
