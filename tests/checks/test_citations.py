"""Every citation of law and article resolves in the statute corpus that ships in the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import REPO
from quanyi.checks.citations import Citation, Statutes, check_citations, find, zh_numeral
from quanyi.checks.run import _all_markdown, check, local_titles, statutes_folder
from quanyi.content.sources import load_project
from quanyi.problems import Problems

STATUTES = REPO / "reference" / "statutes"
CORPUS = Statutes(STATUTES)
NAMES = CORPUS.english


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (47, "四十七"),
                                     (100, "一百"), (101, "一百零一"), (110, "一百一十"), (276, "二百七十六"),
                                     (1005, "一千零五"), (1010, "一千零一十"), (1165, "一千一百六十五")])
def test_zh_numerals(n, text):
    assert zh_numeral(n) == text


def test_finds_chinese_and_english_citations():
    found, stray = find([
        "老板要付经济补偿（《劳动合同法》第四十六条、第四十七条）。",
        "See Labour Contract Law, Articles 46 and 47, and Labour Law, Article 44.",
        "Work-injury time limits (Regulations on Work-Related Injury Insurance, Articles 17–18).",
    ], NAMES)
    assert found == [
        Citation("劳动合同法", "四十六", 0), Citation("劳动合同法", "四十七", 0),
        Citation("劳动合同法", "四十六", 1), Citation("劳动合同法", "四十七", 1), Citation("劳动法", "四十四", 1),
        Citation("工伤保险条例", "十七", 2), Citation("工伤保险条例", "十八", 2),
    ]
    assert stray == []


def test_articles_without_a_known_law_are_reported():
    _, stray = find(["依照刑法第二百七十六条之一。", "See the Criminal Code Article 276."], NAMES)
    assert stray == [(0, "第二百七十六条"), (1, "Article 276")]
    lines = ["（《刑法》第二百七十六条之一）", "（《民法典》第一千一百六十五条）", "(Criminal Law, Article 276-1)"]
    found, _ = find(lines, NAMES)
    assert found == [Citation("刑法", "二百七十六之一", 0), Citation("民法典", "一千一百六十五", 1),
                     Citation("刑法", "二百七十六之一", 2)]
    assert [CORPUS.problem(c) for c in found] == [None, None, None]


def test_statutes_resolve_articles():
    statutes = CORPUS
    assert statutes.problem(Citation("劳动合同法", "四十七", 0)) is None
    assert statutes.problem(Citation("劳动合同法", "一百零一", 0)) == (
        "《劳动合同法》 has no 第一百零一条", "check the article number against the statute text")
    assert statutes.problem(Citation("劳动法典", "一", 0))[0] == "《劳动法典》 is not a law in the statute corpus"
    # a document numbered 一、二、… is cited as 第一条, 第二条 …
    assert statutes.problem(Citation("确立劳动关系通知", "一", 0)) is None


def test_a_partial_file_says_which_articles_it_lacks():
    assert "最低工资规定" in CORPUS.partial
    assert CORPUS.problem(Citation("最低工资规定", "十二", 0)) is None
    message, fix = CORPUS.problem(Citation("最低工资规定", "十三", 0))
    assert message.startswith("《最低工资规定》第十三条 is not in the corpus") and "index.yml" in fix


def test_every_corpus_entry_has_its_file_and_source():
    import yaml

    entries = yaml.safe_load((STATUTES / "index.yml").read_text(encoding="utf-8"))
    assert len(entries) >= 30
    for e in entries:
        assert (STATUTES / e["file"]).is_file(), e["file"]
        assert "http" in e["source"] and e["retrieved"], e["short"]
        assert CORPUS.articles[e["short"]], f"no article found in {e['file']}"


def test_every_citation_in_the_real_content_resolves():
    assert statutes_folder(REPO) == STATUTES
    problems = Problems(REPO)
    project = load_project(REPO, problems)
    files = _all_markdown(project)
    local = local_titles(project)
    found = [c for md in files for c in find(md.lines, {**local, **NAMES})[0]]
    assert len(found) > 0
    assert any(c.law == "宁夏回族自治区法律援助条例" for c in found)  # local regulations are cited too
    check_citations(files, CORPUS, problems, local)
    assert [str(p) for p in problems.errors] == []


LOCAL = {"宁夏回族自治区法律援助条例": "Ningxia Hui Autonomous Region Legal Aid Regulations"}


def test_a_province_regulation_declared_with_its_title_may_be_cited():
    found, stray = find(["（《宁夏回族自治区法律援助条例》第十条）",
                         "(Ningxia Hui Autonomous Region Legal Aid Regulations, Article 10)"], {**LOCAL, **NAMES})
    assert found == [Citation("宁夏回族自治区法律援助条例", "十", 0), Citation("宁夏回族自治区法律援助条例", "十", 1)]
    assert stray == []
    assert CORPUS.problem(found[0], LOCAL) is None
    # not declared by any province: refused, and the English form names no known law
    refused = CORPUS.problem(found[0])[0]
    assert refused == "《宁夏回族自治区法律援助条例》 is not a law in the statute corpus"
    assert find(["(Ningxia Hui Autonomous Region Legal Aid Regulations, Article 10)"], NAMES)[1] == [(0, "Article 10")]


def test_a_declared_regulation_with_a_text_is_still_checked():
    local = {"北京市法律援助条例": "Beijing Legal Aid Regulations"}
    statutes = CORPUS
    assert statutes.problem(Citation("北京市法律援助条例", "十一", 0), local) is None
    assert statutes.problem(Citation("北京市法律援助条例", "九十九", 0), local) == (
        "《北京市法律援助条例》 has no 第九十九条", "check the article number against the statute text")


def test_a_missing_corpus_is_an_error_never_a_silent_skip(mini, monkeypatch):
    monkeypatch.delenv("QUANYI_STATUTES", raising=False)
    (mini / "reference" / "statutes").unlink()
    assert [str(p) for p in check(mini).errors] == [
        "reference/statutes/index.yml:1: the statute texts cannot be read: "
        f"{mini}/reference/statutes/index.yml is missing, so no citation can be checked "
        "— restore reference/statutes/ from the repository (git checkout -- reference/statutes)"]


def test_a_clone_with_nothing_beside_it_checks_citations(tmp_path, monkeypatch):
    """As on an editor's laptop or GitHub Actions: no ../shared, and 第九十九条 of the LCL does not exist."""
    monkeypatch.delenv("QUANYI_STATUTES", raising=False)
    clone = tmp_path / "alone" / "quanyi"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    for name in ("handbooks", "docs", "reference"):  # the working tree as it is now, not only what is committed
        shutil.rmtree(clone / name)
        shutil.copytree(REPO / name, clone / name)
    assert not (clone.parent / "shared").exists()
    chapter = clone / "handbooks/labour-rights/zh/wages.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\n老板要赔钱（《劳动合同法》第九十九条）。\n",
                       encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "quanyi", "check"], cwd=clone, capture_output=True, text=True)
    assert result.returncode == 1
    line = len(chapter.read_text(encoding="utf-8").splitlines())
    assert (f"handbooks/labour-rights/zh/wages.md:{line}: 《劳动合同法》 has no 第九十九条 — check the article "
            "number against the statute text") in result.stderr
