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


# ---- the real built page: the forms filled as a worker fills them, every case of the table ----

FORM = {"compensation": "compensation", "double-wages": "doubleWages", "overtime": "overtime",
        "minimum-wage": "minimumWage", "unpaid": "unpaid"}


def fill_all(page) -> list[tuple[str, dict, float | None]]:
    """Every case typed into its form on the open page and submitted; returns (tool, case, shown total)."""
    out = []
    for name, cases in CASES.items():
        form = page.locator(f'form[data-tool="{FORM[name]}"]')
        for case in cases:
            form.evaluate("f => f.reset()")
            for key, value in _inputs(case).items():
                field = form.locator(f'[name="{key}"]')
                if isinstance(value, bool):
                    field.set_checked(value)
                else:
                    field.fill(str(value))
            form.locator("button[type=submit]").click()
            total = form.locator("output").get_attribute("data-total")
            out.append((name, case, float(total) if total is not None else None))
    return out


@pytest.mark.parametrize("path", ["guangdong/tools/", "en/national/tools/"])
def test_the_real_page_answers_every_case(server, phone, path):
    phone.goto(f"{server}/{path}")
    wrong = [(n, c, got) for n, c, got in fill_all(phone) if got is None or abs(got - c["expect"]) > 0.005]
    assert wrong == [], wrong[:3]
    assert all(r.startswith(server) for r in phone.requests), "the calculators ask no other host"
    assert phone.evaluate("() => localStorage.length + document.cookie.length") == 0


def test_an_empty_or_wrong_field_is_named_in_words(server, phone):
    phone.goto(f"{server}/guangdong/tools/")
    form = phone.locator('form[data-tool="unpaid"]')
    form.locator('[name="months"]').fill("三")
    form.locator('[name="wage"]').fill("5000")
    form.locator("button[type=submit]").click()
    shown = form.locator("output").inner_text()
    assert "请填写一个数字" in shown and "月数" in shown


def test_without_javascript_the_formula_and_example_are_there(server, phone_nojs):
    phone_nojs.goto(f"{server}/guangdong/tools/")
    text = phone_nojs.locator("article").inner_text()
    assert "一共3.5个月 × 4000元 = 14000元" in text and "月工资 ÷ 21.75 ÷ 8" in text
    assert phone_nojs.locator("form.quanyi-tool").count() == 5
    # every input has its label, and numbers get the phone's number keyboard
    assert phone_nojs.evaluate("""() => [...document.querySelectorAll('form.quanyi-tool input')]
        .every(i => i.labels.length === 1 && (['date', 'checkbox'].includes(i.type) || i.inputMode))""")


def test_the_edition_offers_its_own_minimum_wage(server, phone):
    phone.goto(f"{server}/guangdong/tools/")
    assert phone.locator('#minimum-wage-minimum').input_value() == "2500"  # 广州 first tier, province.yml
    assert phone.locator('#minimum-wage-hourly').input_value() == "23.7"
    assert "一类地区 2500 元（每小时 23.7 元）" in phone.locator("article").inner_text()


def test_pay_by_the_hour_is_checked_against_the_hourly_minimum(server, phone):
    phone.goto(f"{server}/guangdong/tools/")
    form = phone.locator('form[data-tool="minimumWage"]')
    form.locator('[name="pay"]').fill("800")
    form.locator('[name="hours"]').fill("40")
    form.locator("button[type=submit]").click()  # the hourly minimum is the edition's: 23.7
    assert form.locator("output").get_attribute("data-total") == "148"
    assert "每小时算进最低工资的是 20 元" in form.locator("output").inner_text()
    form.locator('[name="hourly"]').fill("")
    form.locator("button[type=submit]").click()
    assert "请填写一个数字" in (shown := form.locator("output").inner_text()) and "小时最低工资" in shown


def test_the_tally_fills_the_demand_letter_and_a_letter_prints_alone(server, phone):
    phone.goto(f"{server}/guangdong/tools/")
    form = phone.locator('form[data-tool="unpaid"]')
    for months, total in (("3", "15000"), ("2", "10000")):  # a second sum replaces the first
        form.locator('[name="months"]').fill(months)
        form.locator('[name="wage"]').fill("5000")
        form.locator("button[type=submit]").click()
        assert f"共欠{total}元" in phone.locator("#letter-demand-letter").input_value()
    phone.evaluate("() => { window.print = () => {"
                   " window.printed = document.querySelector('.quanyi-print-copy').textContent;"
                   " window.printing = document.documentElement.classList.contains('quanyi-printing'); }; }")
    phone.locator('[data-print="letter-resignation-notice"]').click()
    printed = phone.evaluate("() => [window.printed, window.printing]")
    assert printed[1] and printed[0].startswith("被迫解除劳动合同通知书") and "第三十八条" in printed[0]
    assert phone.locator(".quanyi-print-copy").count() == 0  # gone again after printing
