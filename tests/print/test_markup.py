"""Markdown to print HTML: one document, so ids and links are made unique and internal."""

from __future__ import annotations

from quanyi.print.markup import chapter_html, panel_html

TEXT = """# 解决争议 {#disputes}

## 仲裁 {#arbitration}

见[证据](evidence.md#keep-records)、[上一节](#arbitration)、[证据章](evidence.md)、
[比较](../differences.md)和[官网](https://example.org/rules)。

<div class="local-rule" data-province="beijing" markdown="1">
<p class="local-rule-label">北京市规定</p>

在北京，**不包括**社保。

<p class="local-rule-source" markdown="1">依据：《北京市条例》</p>

</div>

| 地区 | 元 |
| --- | --: |
| 全市 | 2540 |
"""


def test_ids_and_links_are_made_unique_and_internal():
    html = chapter_html(TEXT, "disputes", {"disputes", "evidence"})
    assert html.startswith('<article class="chapter" id="ch-disputes">')
    assert 'id="disputes--disputes"' in html and 'id="disputes--arbitration"' in html
    # the section's title in quotes: its page comes from the style sheet, before it
    assert '<a class="xref" href="#evidence--keep-records">“证据”</a>' in html
    assert '<a class="xref" href="#disputes--arbitration">“上一节”</a>' in html
    assert '<a class="xref" href="#ch-evidence">“证据章”</a>' in html
    assert "<span>比较</span>" in html and "differences.md" not in html  # a site-only page
    assert '<a class="external" href="https://example.org/rules">官网</a>' in html


def test_local_rules_and_tables_come_through():
    html = chapter_html(TEXT, "disputes", {"disputes"})
    assert '<div class="local-rule" data-province="beijing">' in html
    assert '<p class="local-rule-label">北京市规定</p>' in html
    assert "<strong>不包括</strong>" in html and "依据：《北京市条例》" in html
    assert "<table>" in html and "<td>2540</td>" in html.replace(' style="text-align: right;"', "")


def test_panels_have_no_ids_or_links():
    html = panel_html(TEXT)
    assert "id=" not in html and "<a " not in html and "证据" in html
