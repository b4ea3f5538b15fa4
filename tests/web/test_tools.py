"""The tools page (quanyi.web.tools, quanyi.web.letters) as the tree writes it, and what it weighs."""

from __future__ import annotations

import gzip
import re

import pytest

from conftest import REPO, Problems
from quanyi.assembly.assemble import assemble
from quanyi.content.sources import load_project
from quanyi.web.letters import LETTERS
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
    assert len(re.findall(r"<textarea ", text)) == len(LETTERS) == 5
    # every input is labelled, and every number gets the phone's number keyboard
    ids = re.findall(r'<input id="([^"]+)"', text)
    assert ids and all(f'<label for="{i}">' in text for i in ids)
    assert all('inputmode="' in tag or 'type="date"' in tag for tag in re.findall(r"<input id=[^>]+>", text))


def test_the_minimum_wage_comes_from_the_province_and_only_when_confirmed(project):
    assert 'id="minimum-wage-minimum" name="minimum" type="text" inputmode="decimal" required autocomplete="off" ' \
           "value='2500'" in page(project, "guangdong", "zh")
    # Anhui's figure is still to be confirmed and the national edition has none: the worker types it
    for code in ("anhui", "national"):
        assert "value=" not in re.search(r'<input id="minimum-wage-minimum"[^>]*>', page(project, code, "zh")).group(0)


def test_the_english_edition_explains_and_offers_the_chinese_text(project):
    text = page(project, "national", "en")
    assert "Labour Contract Law, Article 38" in text and '<textarea id="letter-resignation-notice" lang="zh"' in text


def test_the_tool_assets_stay_far_inside_15_kb_gzip():
    size = sum(len(gzip.compress((REPO / "overrides/assets" / name).read_bytes(), 9))
               for name in ("quanyi-tools.js", "quanyi-tools.css"))
    assert size <= 5_000, size  # the page's own HTML is smaller than a chapter's (about 8.5 KB gzip)
