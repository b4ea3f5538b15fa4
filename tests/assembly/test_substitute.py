"""Variables resolve from province data; the national edition gets neutral wording."""

from __future__ import annotations

from conftest import write

from .test_overlay import chapter


def test_province_values(mini):
    md = chapter(mini)
    assert "一类：每月2160元；二类：每月2050元" in md
    assert "一类：每小时21元；二类：待确认，请拨打 12333 核实" in md
    assert "陕西省工作" in chapter(mini, slug="leave")


def test_english_values(mini):
    md = chapter(mini, lang="en")
    assert "Tier 1: 2,160 yuan a month; Tier 2: 2,050 yuan a month" in md


def test_national_wording(mini):
    assert "你所在省份公布的月最低工资标准" in chapter(mini, edition="national")
    assert "your province" in chapter(mini, edition="national", lang="en", slug="leave")


def test_to_be_confirmed_figures_are_never_published_as_fact(mini):
    path = mini / "handbooks/provinces/shaanxi/province.yml"
    path.write_text(path.read_text().replace("status: confirmed", "status: to-be-confirmed"))
    md = chapter(mini)
    assert "2160" not in md
    assert "待确认，请拨打 12333 核实" in md


def test_variables_in_code_are_left_alone(mini):
    for lang in ("zh", "en"):
        p = mini / f"handbooks/hb/{lang}/leave.md"
        p.write_text(p.read_text() + "\n```\n{{ not-a-variable }}\n```\n")
    assert "{{ not-a-variable }}" in chapter(mini, slug="leave")


def test_table_form(mini):
    for lang in ("zh", "en"):
        text = "# L {#leave}\n\n## T {#annual-leave}\n\n{{ minimum-wage.table }}\n"
        write(mini, f"handbooks/hb/{lang}/leave.md", text)
    md = chapter(mini, slug="leave")
    assert "| 一类：甲市、乙县 | 2160 | 21 |" in md
    # a tier whose places no source names says so instead of leaving the reader to guess
    assert "| 二类（包括哪些地方：待确认，请拨打 12333） | 2050 | 待确认，请拨打 12333 核实 |" in md
    en = chapter(mini, slug="leave", lang="en")
    assert "| Tier 1: Jia, Yi County | 2,160 | 21 |" in en
    assert "[测试来源](https://example.org/wage)" in md


def test_range_form_is_to_be_confirmed_while_a_tier_is_unknown(mini):
    """A range that leaves out an unknown tier would understate the minimum for its places."""
    for lang in ("zh", "en"):
        text = "# L {#leave}\n\n## T {#annual-leave}\n\n{{ minimum-wage.range }}\n"
        write(mini, f"handbooks/hb/{lang}/leave.md", text)
    md = chapter(mini, slug="leave")
    assert "2050" in md and "2160" in md
    p = mini / "handbooks/provinces/shaanxi/province.yml"
    p.write_text(p.read_text(encoding="utf-8").replace("monthly: 2050, hourly: null", "monthly: null, hourly: null"),
                 encoding="utf-8")
    md = chapter(mini, slug="leave")
    assert "2160" not in md and "待确认，请拨打 12333 核实" in md
