"""Pages cut into the sections search returns."""

from __future__ import annotations

from quanyi.web.search.sections import cut, tidy

PAGE = """<!doctype html><html lang="zh"><head><title>x</title></head><body>
<nav><h2 id="nav">目录</h2></nav>
<article class="md-content__inner"><div data-search-body>
<h1 id="wages">工资</h1>
<details class="edition-switch" data-search-ignore><summary>本版适用于：广东省</summary></details>
<p>开头的话。</p>
<h2 id="unpaid">工资被拖欠<a class="headerlink" href="#unpaid">¶</a></h2>
<p>老板不能克扣你的工资（《劳动法》第五十条）。</p>
<ol><li>先找老板要；</li><li>再投诉。</li></ol>
<h3>小标题</h3><p>1 个月内</p><script>var x = "工资";</script>
<h2 id="min">最低工资</h2><p>见 12333 热线</p>
</div></article></body></html>"""


def test_sections_follow_headings_with_ids():
    title, sections = cut(PAGE)
    assert title == "工资"
    assert [(s.anchor, s.heading) for s in sections] == [
        ("wages", "工资"), ("unpaid", "工资被拖欠"), ("min", "最低工资")]


def test_text_without_ignored_parts_and_citations_apart():
    _, sections = cut(PAGE)
    intro, unpaid, minimum = (s.text() for s in sections)
    assert intro == ("开头的话。", "")  # the province switch is not indexed
    body, cites = unpaid
    assert body == "老板不能克扣你的工资。先找老板要；再投诉。小标题1个月内"
    assert cites == "（《劳动法》第五十条）"
    assert "var x" not in body and "¶" not in body
    assert minimum == ("见12333热线", "")


def test_pages_without_the_marker_are_not_indexed():
    assert cut(PAGE.replace("data-search-body", "data-other")) == ("", [])


def test_tidy_keeps_spaces_only_between_latin_words():
    assert tidy("Labour  Law\n第 38 条 ， 工资") == "Labour Law第38条，工资"
    assert tidy("boss didn't  pay") == "boss didn't pay"
