"""Finding your province on a phone: by a city's name, and without JavaScript."""

from __future__ import annotations

import pytest

from conftest import REPO, real_editions
from quanyi.content.sources import load_project
from quanyi.problems import Problems
from quanyi.web.picker import place_words

SHOWN = "Array.from(document.querySelectorAll('.quanyi-picker li:not([hidden]) a')).map(a => a.textContent)"


@pytest.fixture(scope="module")
def project():
    return load_project(REPO, Problems(REPO))


def a_place_of_one_province(project, lang):
    """A place listed in exactly one province's minimum-wage tiers, and that province's name."""
    words = {code: place_words(project, code).split() for code in project.provinces}

    def found(query: str) -> set[str]:  # what the page's filter shows for a typed word
        return {code for code, ws in words.items()
                if any(query in w or (not w.isascii() and w in query) for w in ws)}

    owners = {w: found(w) for ws in words.values() for w in ws}
    for code, province in sorted(project.provinces.items()):
        for value in province.values.values():
            for tier in value.get("tiers") or []:
                for place in (tier.get("places") or {}).get(lang) or []:
                    words = [w for w in place_words(project, code).split() if w in place.lower().replace(" ", "")]
                    if words and all(owners[w] == {code} for w in words) and "（" not in place and "(" not in place:
                        return place, province.name[lang], code
    pytest.fail("no province lists a place of its own: add places to a province.yml")


@pytest.mark.parametrize("lang,home", [("zh", "/"), ("en", "/en/")])
def test_a_city_name_leads_to_its_province(server, phone, project, lang, home):
    place, province, code = a_place_of_one_province(project, lang)
    phone.goto(server + home)
    field = phone.locator("#quanyi-picker-home")
    field.fill(place)
    shown = phone.evaluate(SHOWN)
    assert province in shown and len(shown) == 2, (place, shown)  # the province, and the national edition
    with phone.expect_navigation():
        field.press("Enter")  # the one province left opens
    assert phone.url == f"{server}{home}{code}/"


def test_an_unknown_place_says_what_to_do(server, phone):
    phone.goto(server + "/")
    phone.locator("#quanyi-picker-home").fill("火星")
    assert phone.locator(".quanyi-picker__none").is_visible()
    assert "12333" in phone.locator(".quanyi-picker__none").inner_text()
    phone.locator("#quanyi-picker-home").fill("")
    assert not phone.locator(".quanyi-picker__none").is_visible()
    assert len(phone.evaluate(SHOWN)) == len(real_editions())


def test_the_province_switch_filters_too(server, phone):
    phone.goto(server + "/guangdong/wages/")
    phone.locator(".edition-switch summary").click()
    phone.locator("#quanyi-picker-switch").fill("四川")
    assert phone.evaluate(SHOWN.replace("a')", "a, .quanyi-picker li:not([hidden]) strong')")) == \
        ["全国版", "广东省", "四川省"]


def test_without_javascript_every_edition_is_listed_and_the_field_hidden(server, phone_nojs):
    phone_nojs.goto(server + "/")
    assert not phone_nojs.locator("#quanyi-picker-home").is_visible()
    links = phone_nojs.locator(".quanyi-picker li a")
    assert links.count() == len(real_editions())
