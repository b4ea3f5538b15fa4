"""Every citation of law and article in the real content resolves in the statute texts."""

from __future__ import annotations

import pytest

from conftest import REPO
from quanyi.checks.citations import Citation, Statutes, check_citations, find, zh_numeral
from quanyi.checks.run import _all_markdown, local_titles, statutes_folder
from quanyi.content.sources import load_project
from quanyi.problems import Problems

STATUTES = REPO.parent / "shared" / "reference" / "statutes"


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (47, "四十七"),
                                     (100, "一百"), (101, "一百零一"), (110, "一百一十"), (276, "二百七十六")])
def test_zh_numerals(n, text):
    assert zh_numeral(n) == text


def test_finds_chinese_and_english_citations():
    found, stray = find([
        "老板要付经济补偿（《劳动合同法》第四十六条、第四十七条）。",
        "See Labour Contract Law, Articles 46 and 47, and Labour Law, Article 44.",
        "Work-injury time limits (Regulations on Work-Related Injury Insurance, Articles 17–18).",
    ])
    assert found == [
        Citation("劳动合同法", "四十六", 0), Citation("劳动合同法", "四十七", 0),
        Citation("劳动合同法", "四十六", 1), Citation("劳动合同法", "四十七", 1), Citation("劳动法", "四十四", 1),
        Citation("工伤保险条例", "十七", 2), Citation("工伤保险条例", "十八", 2),
    ]
    assert stray == []


def test_articles_without_a_known_law_are_reported():
    _, stray = find(["依照刑法第二百七十六条之一。", "See Criminal Law Article 276."])
    assert stray == [(0, "第二百七十六条"), (1, "Article 276")]


def test_statutes_resolve_articles():
    statutes = Statutes(STATUTES)
    assert statutes.problem(Citation("劳动合同法", "四十七", 0)) is None
    assert statutes.problem(Citation("劳动合同法", "一百零一", 0)) == (
        "《劳动合同法》 has no 第一百零一条", "check the article number against the statute text")
    assert statutes.problem(Citation("刑法", "一", 0))[0] == "《刑法》 is not one of the laws the handbook may cite"


def test_every_citation_in_the_real_content_resolves():
    assert STATUTES.is_dir(), f"statute texts not found at {STATUTES}"
    assert statutes_folder(REPO) == STATUTES
    problems = Problems(REPO)
    project = load_project(REPO, problems)
    files = _all_markdown(project)
    local = local_titles(project)
    found = [c for md in files for c in find(md.lines, local)[0]]
    assert len(found) > 0
    assert any(c.law == "宁夏回族自治区法律援助条例" for c in found)  # local regulations are cited too
    check_citations(files, Statutes(STATUTES), problems, local)
    assert [str(p) for p in problems.errors] == []


LOCAL = {"宁夏回族自治区法律援助条例": "Ningxia Hui Autonomous Region Legal Aid Regulations"}


def test_a_province_regulation_declared_with_its_title_may_be_cited():
    found, stray = find(["（《宁夏回族自治区法律援助条例》第十条）",
                         "(Ningxia Hui Autonomous Region Legal Aid Regulations, Article 10)"], LOCAL)
    assert found == [Citation("宁夏回族自治区法律援助条例", "十", 0), Citation("宁夏回族自治区法律援助条例", "十", 1)]
    assert stray == []
    statutes = Statutes(STATUTES)
    assert statutes.problem(found[0], LOCAL) is None
    # not declared by any province: refused, and the English form names no known law
    refused = statutes.problem(found[0])[0]
    assert refused == "《宁夏回族自治区法律援助条例》 is not one of the laws the handbook may cite"
    assert find(["(Ningxia Hui Autonomous Region Legal Aid Regulations, Article 10)"])[1] == [(0, "Article 10")]


def test_a_declared_regulation_with_a_text_is_still_checked():
    local = {"北京市法律援助条例": "Beijing Legal Aid Regulations"}
    statutes = Statutes(STATUTES)
    assert statutes.problem(Citation("北京市法律援助条例", "十一", 0), local) is None
    assert statutes.problem(Citation("北京市法律援助条例", "九十九", 0), local) == (
        "《北京市法律援助条例》 has no 第九十九条", "check the article number against the statute text")
