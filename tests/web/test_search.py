"""Chinese word segmentation for the search index: user terms whole, other words short."""

from __future__ import annotations

import pytest

from conftest import REPO
from quanyi.web.search import UNSEGMENTED, load_terms, presegment, tokenizer


@pytest.fixture(scope="module")
def cut():
    return tokenizer(load_terms(REPO / "handbooks" / "search-terms.txt"))


def test_terms_file_has_the_issue_terms():
    terms = load_terms(REPO / "handbooks" / "search-terms.txt")
    assert {"劳动仲裁", "经济补偿", "工伤认定"} <= set(terms)
    assert not any(t.startswith("#") or " " in t for t in terms)


@pytest.mark.parametrize("text, words", [
    ("申请劳动仲裁", ["申请", "劳动仲裁"]),
    ("支付经济补偿金", ["支付", "经济补偿金"]),  # the longest term wins
    ("《劳动合同法》", ["《", "劳动合同", "法", "》"]),  # a term inside a longer jieba word
    ("做工伤认定", ["做", "工伤认定"]),
    ("老板拖欠工资", ["老板", "拖欠", "工资"]),  # not a term: short words, so 工资 finds it
    ("社会保险费", ["社会保险", "费"]),
])
def test_segmentation(cut, text, words):
    assert cut(text) == words


def test_without_terms_jieba_splits_them():
    assert tokenizer([])("劳动仲裁") == ["劳动", "仲裁"]


def test_presegment_touches_only_indexed_text(cut):
    html = ('<!doctype html><html lang="zh"><head><title>工资拖欠</title></head><body>'
            '<nav>劳动仲裁</nav><div data-pagefind-body><h1 id="a">劳动仲裁</h1>'
            '<details data-pagefind-ignore><summary>本版适用于</summary></details>'
            '<p title="工伤认定">申请劳动仲裁&amp;<br/>工伤认定<script>var x = "工资";</script></p>'
            '</div></body></html>')
    words: set[str] = set()
    out = presegment(html, cut, words)
    assert out.startswith(f'<!doctype html><html lang="{UNSEGMENTED}">')
    assert '<title>工资拖欠</title>' in out and '<nav>劳动仲裁</nav>' in out  # not indexed: as it was
    assert '<summary>本版适用于</summary>' in out and 'var x = "工资";' in out
    assert '<p title="工伤认定"> 申请 劳动仲裁 &amp;<br/> 工伤认定 <script>' in out
    assert words == {"劳动仲裁", "申请", "工伤认定"}
