"""The tools page (quanyi.web.tools, quanyi.web.letters) as the tree writes it, and what it weighs."""

from __future__ import annotations

import gzip
import re

import pytest

from conftest import REPO, Problems
from quanyi.assembly.assemble import assemble
from quanyi.checks.citations import Statutes, find
from quanyi.content.sources import load_project
from quanyi.strings import strings
from quanyi.web.tools import FORMS, tools_page


@pytest.fixture(scope="module")
def project():
    return load_project(REPO, Problems(REPO))


def page(project, code: str, lang: str) -> str:
    return tools_page(assemble(project, project.web_handbook, code, lang), [], [])


@pytest.mark.parametrize("code,lang", [("guangdong", "zh"), ("national", "en"), ("anhui", "zh")])
def test_five_calculators_and_five_documents(project, code, lang):
    text = page(project, code, lang)
    assert len(re.findall(r'<form class="quanyi-tool" data-tool=', text)) == len(FORMS) == 5
    assert len(re.findall(r"<textarea ", text)) == len(project.documents) == 5
    # every input is labelled, and every number gets the phone's number keyboard
    ids = re.findall(r'<input id="([^"]+)"', text)
    assert ids and all(f'<label for="{i}">' in text for i in ids)
    assert all('inputmode="' in tag or 'type="date"' in tag for tag in re.findall(r"<input id=[^>]+>", text))
    # each document says what it is for, in the page's language, and offers its Chinese text
    for document in project.documents:
        assert document.about[lang] in text and f'<textarea id="letter-{document.id}" lang="zh"' in text


def test_the_minimum_wage_comes_from_the_province_and_only_when_confirmed(project):
    text = page(project, "guangdong", "zh")
    assert 'id="minimum-wage-minimum" name="minimum" type="text" inputmode="decimal" autocomplete="off" ' \
           "value='2500'" in text
    assert 'id="minimum-wage-hourly" name="hourly" type="text" inputmode="decimal" autocomplete="off" ' \
           "value='23.7'" in text  # 广州 first tier, hourly (province.yml)
    assert "一类地区 2500 元（每小时 23.7 元）" in text
    # Anhui's figure is still to be confirmed and the national edition has none: the worker types it
    for code in ("anhui", "national"):
        for field in ("minimum", "hourly"):
            tag = re.search(rf'<input id="minimum-wage-{field}"[^>]*>', page(project, code, "zh")).group(0)
            assert "value=" not in tag


def test_the_english_edition_explains_and_offers_the_chinese_text(project):
    text = page(project, "national", "en")
    assert "Labour Contract Law, Article 38" in text and '<textarea id="letter-resignation-notice" lang="zh"' in text


def test_the_demand_letter_keeps_the_place_the_tally_fills(project):
    letter = next(d for d in project.documents if d.id == "demand-letter")
    assert "共欠【金额】元" in letter.text  # overrides/assets/quanyi-tools.js replaces it with the tally's total
    assert 'data-fill="unpaid"' in page(project, "national", "zh")


def _wordings(lang: str) -> list[str]:
    t = strings(lang, "tools")
    out = []
    for value in t.values():
        out += list(value.values()) if isinstance(value, dict) else [value]
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rule_cites_law_and_articles_that_exist(lang):
    statutes = Statutes(REPO / "reference/statutes")
    found, stray = find(_wordings(lang), statutes.english)
    assert not stray, stray  # every article is named with its law
    assert not [(c.law, c.article) for c in found if statutes.problem(c)]
    cited = {(c.law, c.article) for c in found}
    # what each calculator rests on (handbooks/tools.yml names the same articles per case)
    for need in [("劳动合同法", "四十七"), ("劳动合同法实施条例", "二十七"), ("劳动合同法", "八十七"),
                 ("劳动合同法实施条例", "二十"), ("劳动合同法", "八十二"), ("劳动合同法实施条例", "七"),
                 ("劳动法", "四十四"), ("工资支付暂行规定", "十三"), ("全国年节及纪念日放假办法", "二"),
                 ("最低工资规定", "十二"), ("最低工资规定", "五"), ("劳动合同法", "七十二"), ("劳动合同法", "三十")]:
        assert need in cited, need


def test_article_27_says_what_the_compensation_wage_includes():
    text = (REPO / "reference/statutes/劳动合同法实施条例(2008-09-18).md").read_text(encoding="utf-8")
    assert "经济补偿的月工资按照劳动者应得工资计算，包括计时工资或者计件工资以及奖金、津贴和补贴等货币性收入" in text
    assert "计时工资或者计件工资，加上奖金、津贴和补贴" in strings("zh", "tools")["compensation-rule"]
    english = strings("en", "tools")["compensation-rule"]
    assert "time or piece-rate pay plus bonuses, allowances and subsidies" in english


def section(project, slug: str, lang: str, sid: str) -> str:
    md = next(ch for ch in project.web_handbook.chapters if ch.slug == slug).files[lang]
    heading = md.find(sid)
    return "\n".join(md.lines[heading.index:md.section_end(heading)])


def test_the_examples_are_the_handbook_s_own(project):
    for lang in ("zh", "en"):
        t = strings(lang, "tools")
        compensation = section(project, "ending-a-job", lang, "compensation-example")
        overtime = section(project, "working-hours", lang, "overtime-pay")
        for figure in ("3.5", "14000" if lang == "zh" else "14,000", "28000" if lang == "zh" else "28,000"):
            assert figure in compensation and figure in t["compensation-example"], figure
        thousands = ("3480", "1100") if lang == "zh" else ("3,480", "1,100")
        for figure in (*thousands, "20", "300", "320", "480"):
            assert figure in overtime and figure in t["overtime-example"], figure


def test_the_tool_assets_stay_far_inside_15_kb_gzip():
    size = sum(len(gzip.compress((REPO / "overrides/assets" / name).read_bytes(), 9))
               for name in ("quanyi-tools.js", "quanyi-tools.css"))
    assert size <= 5_000, size  # the page's own HTML is smaller than a chapter's (about 8.5 KB gzip)


# each section and the parts of its edition's tools page it links to (handbooks/labour-rights/*/…)
SECTION_LINKS = {("wages", "unpaid-wages"): ("unpaid", "demand-letter"), ("wages", "minimum-wage"): ("minimum-wage",),
                 ("working-hours", "overtime-pay"): ("overtime",),
                 ("ending-a-job", "economic-compensation"): ("compensation",),
                 ("ending-a-job", "no-written-contract"): ("double-wages",)}


@pytest.mark.parametrize("edition", ["national", "guangdong", "en/national", "en/guangdong"])
def test_the_built_sections_link_to_their_edition_s_calculators(real_site, edition):
    tools = real_site / edition / "tools" / "index.html"
    ids = set(re.findall(r'\sid="([^"]+)"', tools.read_text(encoding="utf-8")))
    for (chapter, sid), targets in SECTION_LINKS.items():
        page = real_site / edition / chapter / "index.html"
        html = page.read_text(encoding="utf-8")
        start = html.index(f'id="{sid}"')
        section = html[start:html.find("<h2", start)]
        hrefs = re.findall(r'<a href="([^"]+)"', section)
        for target in targets:
            href = next((h for h in hrefs if h.endswith(f"#{target}")), None)
            assert href, (edition, chapter, sid, target, hrefs)
            path, _, anchor = href.partition("#")
            resolved = (page.parent / path / "index.html").resolve()
            assert resolved == tools.resolve(), (edition, href)  # this edition's own tools page
            assert anchor in ids, (edition, href)
