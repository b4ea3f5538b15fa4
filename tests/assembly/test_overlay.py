"""Each overlay operation, applied through a real assembly of the fixture handbook."""

from __future__ import annotations

import pytest

from conftest import write
from quanyi.assembly.assemble import assemble
from quanyi.content.sources import load_project
from quanyi.problems import Problems


def chapter(root, edition="shaanxi", lang="zh", slug="pay") -> str:
    problems = Problems(root)
    project = load_project(root, problems)
    assert not problems.errors, problems.errors
    ed = assemble(project, project.web_handbook, edition, lang)
    return next(c for c in ed.chapters if c.slug == slug).markdown


def overlay(root, op, target="monthly", zh="本地文字。", en="Local text.", name="ov.md"):
    for lang, text in (("zh", zh), ("en", en)):
        write(root, f"handbooks/provinces/shaanxi/{lang}/{name}",
              f"---\ntarget: {target}\noperation: {op}\nregulations: [wage-rules]\n---\n{text}\n")


def section(md: str, heading: str, next_heading: str) -> str:
    return md[md.index(heading):md.index(next_heading)]


def test_replace_keeps_heading_and_swaps_body(mini):
    overlay(mini, "replace")
    sec = section(chapter(mini), "## 按月支付", "## 最低工资")
    assert "本地文字。" in sec
    assert "工资至少每月支付一次" not in sec
    assert 'class="local-rule"' in sec


def test_append_adds_after_the_whole_section(mini):
    overlay(mini, "append", target="minimum-wage")
    md = chapter(mini)
    sec = section(md, "## 最低工资", "## 工资条")
    # after the subsection, not between the body and the subsection
    assert sec.index("### 小时工") < sec.index("本地文字。")


def test_prepend_goes_right_after_the_heading(mini):
    overlay(mini, "prepend", target="minimum-wage")
    sec = section(chapter(mini), "## 最低工资", "## 工资条")
    assert sec.index("本地文字。") < sec.index("最低工资是")


def test_insert_after_adds_a_new_section(mini):
    overlay(mini, "insert-after", zh="## 陕西补充 {#shaanxi-extra}\n\n补充内容。",
            en="## Shaanxi extra {#shaanxi-extra}\n\nExtra.")
    md = chapter(mini)
    assert md.index("工资至少每月支付一次") < md.index("## 陕西补充 {#shaanxi-extra}") < md.index("## 最低工资")
    assert md.index("## 陕西补充") < md.index('class="local-rule"') < md.index("补充内容。")


def test_remove_deletes_the_section(mini):
    overlay(mini, "remove", zh="", en="")
    md = chapter(mini)
    assert "按月支付" not in md and "工资至少每月支付一次" not in md
    assert "## 最低工资" in md


def test_local_rule_is_labelled_and_cited(mini):
    md = chapter(mini)
    assert '<p class="local-rule-label">陕西省规定</p>' in md
    assert "《陕西省测试工资条例》（测试〔2020〕1号）" in md and "2020年3月1日" in md
    en = chapter(mini, lang="en")
    assert '<p class="local-rule-label">Shaanxi rule</p>' in en
    assert "*Shaanxi Test Wage Regulations* (测试〔2020〕1号)" in en


def test_a_described_regulation_is_not_shown_as_a_title(mini):
    p = mini / "handbooks/provinces/shaanxi/province.yml"
    described = "    number: null\n    official-title: false\n"
    p.write_text(p.read_text().replace("    number: 测试〔2020〕1号\n", described))
    md = chapter(mini)
    assert "依据：陕西省测试工资条例，" in md and "《陕西省测试工资条例》" not in md
    assert "Shaanxi Test Wage Regulations, " in chapter(mini, lang="en")
    assert "*Shaanxi Test Wage Regulations*" not in chapter(mini, lang="en")


def test_national_edition_has_no_local_rules(mini):
    for lang in ("zh", "en"):
        assert "local-rule" not in chapter(mini, edition="national", lang=lang)


@pytest.mark.parametrize("op", ["replace", "append", "prepend"])
def test_twin_languages_stay_in_step(mini, op):
    overlay(mini, op)
    assert "Local text." in chapter(mini, lang="en")


def test_every_edition_ends_with_a_dated_note(mini):
    zh = chapter(mini, slug="leave")
    assert zh.rstrip().endswith("或 12348（法律援助）核实。")
    assert "全国规定最后核对于2026年1月10日" in zh and "陕西省的地方规定和数据截至2026年1月10日" in zh
    national = chapter(mini, edition="national", lang="en", slug="leave")
    assert "## About this edition {#edition-note}" in national
    assert "not legal advice" in national and "local rules" not in national


def undated(root):
    """The fixture's regulation with its date in force not known (``effective: null``)."""
    p = root / "handbooks/provinces/shaanxi/province.yml"
    p.write_text(p.read_text().replace("    effective: 2020-03-01\n", "    effective: null\n"))


def test_an_undated_regulation_says_its_date_is_to_be_confirmed(mini):
    assert "测试〔2020〕1号），自2020年3月1日起施行" in chapter(mini)
    undated(mini)
    zh, en = chapter(mini), chapter(mini, lang="en")
    assert "依据：《陕西省测试工资条例》（测试〔2020〕1号），施行日期待确认" in zh
    assert "(测试〔2020〕1号), date in force to be confirmed" in en
    assert "起施行" not in zh and "自待确认" not in zh and "in force from" not in en
