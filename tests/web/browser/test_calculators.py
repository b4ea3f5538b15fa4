"""The worker tools' calculators in Chromium: every case of handbooks/tools.yml through the real script.

The cases are the lawyer-checkable table (expected figure and article per line); the script is
overrides/assets/quanyi-tools.js as the site serves it. No site build is needed.
"""

from __future__ import annotations

import datetime

import pytest
import yaml

from conftest import REPO

CASES = yaml.safe_load((REPO / "handbooks" / "tools.yml").read_text(encoding="utf-8"))
FUNCTIONS = {"compensation": "compensation", "double-wages": "doubleWages", "overtime": "overtime",
             "minimum-wage": "minimumWage", "unpaid": "unpaid"}
# what each calculator's case calls its answer: the total, or for the minimum wage how much is short
ANSWER = {"minimum-wage": "short"}


@pytest.fixture(scope="module")
def tools(browser):
    page = browser.new_page()
    page.set_content('<html lang="zh"><body></body></html>')
    page.add_script_tag(content=(REPO / "overrides" / "assets" / "quanyi-tools.js").read_text(encoding="utf-8"))
    yield page
    page.close()


def _inputs(case: dict) -> dict:
    out = {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in case.items()
           if k not in ("expect", "article")}
    return out


def test_every_calculator_has_at_least_ten_cases_with_an_article():
    assert set(CASES) == set(FUNCTIONS)
    for name, cases in CASES.items():
        assert len(cases) >= 10, name
        assert all(c["article"] and "expect" in c for c in cases), name


@pytest.mark.parametrize("name,i", [(n, i) for n, cs in CASES.items() for i in range(len(cs))])
def test_case(tools, name, i):
    case = CASES[name][i]
    got = tools.evaluate("""([fn, o]) => {
        const t = window.quanyiTools;
        if (o.start !== undefined) o.months = t.service(o.start, o.end);
        return t[fn](o);
    }""", [FUNCTIONS[name], _inputs(case)])
    assert got[ANSWER.get(name, "total")] == pytest.approx(case["expect"], abs=0.005), (case, got)


def test_service_counts_full_months(tools):
    months = tools.evaluate("""() => [window.quanyiTools.service("2024-01-31", "2024-02-29"),
        window.quanyiTools.service("2024-01-15", "2024-07-14"), window.quanyiTools.service("2024-01-15", "2024-07-15"),
        window.quanyiTools.service("2024-02-01", "2024-01-01")]""")
    assert months == [0, 5, 6, None]
