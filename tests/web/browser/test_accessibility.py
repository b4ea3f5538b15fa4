"""axe-core on the pages readers use most, in both languages; and 200 % zoom."""

from __future__ import annotations

import pytest

from quanyi.web.webbudget import search_from_header

PAGES = ["/", "/en/", "/beijing/wages/", "/en/beijing/wages/", "/downloads/", "/en/downloads/",
         "/search/?edition=beijing&q=%E5%B7%A5%E8%B5%84", "/en/search/?edition=beijing&q=wages"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_axe_violations(phone, server, path):
    phone.goto(server + path, wait_until="networkidle")
    if "search" in path:
        phone.wait_for_selector(".quanyi-result", timeout=20000)
    assert serious_violations(phone) == []


def serious_violations(page) -> list:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path, query", [("/beijing/wages/", "加班费"), ("/en/beijing/wages/", "overtime")])
def test_search_box_with_results_has_no_serious_violations(phone, server, path, query):
    phone.goto(server + path, wait_until="networkidle")
    search_from_header(phone, query)
    phone.wait_for_selector(".md-search .quanyi-result", timeout=20000)
    # the theme fades the results in: axe measures contrast on what is finally shown (the box's
    # icon buttons rest at opacity 0.7 by design, and are not part of the fade)
    phone.wait_for_function("() => [...document.querySelectorAll('.md-search *:not(.md-search__icon)')].every("
                            "e => getComputedStyle(e).opacity === '1')", timeout=5000)
    phone.wait_for_timeout(300)
    assert serious_violations(phone) == []


@pytest.mark.parametrize("path, lang", [("/beijing/wages/", "zh"), ("/en/beijing/wages/", "en")])
def test_pages_declare_their_language(phone, server, path, lang):
    phone.goto(server + path)
    assert phone.locator("html").get_attribute("lang") == lang


def test_usable_at_200_percent_zoom(browser, server):
    # 200 % zoom on a 360 px phone is a 180 CSS-pixel viewport at device scale 2
    context = browser.new_context(viewport={"width": 180, "height": 320}, device_scale_factor=4)
    page = context.new_page()
    page.goto(server + "/beijing/wages/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1  # no sideways scrolling of the page
    right = page.evaluate("document.querySelector('.md-content').getBoundingClientRect().right")
    assert right <= 181  # the text itself fits the screen
    page.locator("details.edition-switch summary").click()
    assert page.get_by_role("link", name="全国版", exact=True).is_visible()
    context.close()
