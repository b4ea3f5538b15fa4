"""The "what is different" page of a province."""

from __future__ import annotations

from conftest import write
from quanyi.assembly.compare import comparison_page
from quanyi.content.sources import load_project
from quanyi.pipeline.build import build_site
from quanyi.problems import Problems


def page(root, lang="zh") -> str:
    project = load_project(root, Problems(root))
    return comparison_page(project, project.provinces["shaanxi"], lang)


def test_lists_each_overlay_with_national_and_local_text_and_citation(mini):
    text = page(mini)
    assert "# 陕西省与全国版有哪些不同" in text
    assert "### [工资条](pay.md#pay-slips) · 在本节末尾补充" in text
    national = text.index('class="compare-national"')
    local = text.index('class="compare-local"')
    assert national < text.index("要保存工资条。") < local < text.index("陕西的老板必须给你书面工资条。")
    assert "依据：《陕西省测试工资条例》（测试〔2020〕1号）" in text
    assert "| 一类：甲市、乙县 | 2160 | 21 |" in text


def test_english_page_and_removed_sections(mini):
    for lang, body in (("zh", ""), ("en", "")):
        write(mini, f"handbooks/provinces/shaanxi/{lang}/gone.md",
              f"---\ntarget: monthly\noperation: remove\nregulations: [wage-rules]\n---\n{body}")
    text = page(mini, "en")
    assert "# What is different in Shaanxi" in text
    assert "[Monthly](pay.md#monthly) · removes the section" in text
    assert "2 difference(s)." in text


def test_built_for_every_province_in_both_languages(mini):
    site = build_site(mini, Problems(mini))
    assert "陕西省与全国版有哪些不同" in (site / "shaanxi/differences/index.html").read_text()
    assert "What is different in Shaanxi" in (site / "en/shaanxi/differences/index.html").read_text()
    assert not (site / "national/differences").exists()
