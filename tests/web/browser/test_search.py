"""Search on a phone: the header's search box, the reader's edition and language only."""

from __future__ import annotations

import pytest

from quanyi.web.webbudget import search_from_header


def header_search(page, query: str) -> list[str]:
    """Search from the header's search box, as a reader does; the result links."""
    search_from_header(page, query)
    page.wait_for_selector(".md-search .quanyi-result", timeout=20000)
    page.wait_for_load_state("networkidle")
    return page.eval_on_selector_all(".md-search .quanyi-result a", "els => els.map(e => e.getAttribute('href'))")


def test_search_finds_results_from_this_edition_only(phone, server):
    phone.goto(server + "/beijing/wages/")
    links = header_search(phone, "拖欠工资")
    assert links and all(link.startswith("/beijing/") for link in links), links
    assert "/beijing/wages/#unpaid-wages" in links  # the section itself, not only its chapter
    # a result opens its page, and the search closes
    phone.locator(".md-search .quanyi-result__title").first.click()
    phone.wait_for_load_state()
    assert phone.locator("#__search").is_checked() is False


def test_english_search_stays_in_english(phone, server):
    phone.goto(server + "/en/gansu/wages/")
    links = header_search(phone, "arbitration")
    assert links and all(link.startswith("/en/gansu/") for link in links), links


def test_search_page_from_a_link(phone, server):
    phone.goto(server + "/en/search/?edition=gansu&q=overtime")
    phone.wait_for_selector(".quanyi-results--page .quanyi-result", timeout=20000)
    links = phone.eval_on_selector_all(".quanyi-results--page a", "els => els.map(e => e.getAttribute('href'))")
    assert links and all(link.startswith("/en/gansu/") for link in links), links


@pytest.mark.parametrize("query, section", [
    ("被开除了有没有补偿", "/guangdong/ending-a-job/#economic-compensation"),  # a worker's words, not the law's
    ("jiabanfei", "/guangdong/working-hours/#overtime-pay"),  # pinyin
    ("勞動仲裁", "/guangdong/disputes/#arbitration"),  # traditional characters
])
def test_workers_words_find_the_section(phone, server, query, section):
    phone.goto(server + "/guangdong/wages/")
    links = header_search(phone, query)
    assert section in links[:3], links[:5]


def test_each_result_is_one_section_with_its_heading_once(phone, server):
    phone.goto(server + "/national/")
    header_search(phone, "工伤认定")
    results = phone.eval_on_selector_all(".md-search .quanyi-result", """els => els.map(li => ({
        heading: li.querySelector('.quanyi-result__title').textContent,
        links: li.querySelectorAll('a').length,
        excerpt: (li.querySelector('.quanyi-result__excerpt') || {}).textContent || ''}))""")
    assert results and all(r["links"] == 1 for r in results)
    assert all(not r["excerpt"].startswith(r["heading"]) for r in results), results[:3]
    assert phone.locator(".md-search mark").count() > 0  # the words found are marked


def test_no_results_says_so(phone, server):
    phone.goto(server + "/beijing/")
    search_from_header(phone, "zzzzqqqq")
    status = phone.locator(".md-search .quanyi-results__status")
    status.get_by_text("没有找到").wait_for(timeout=20000)
    assert status.get_by_role("link").get_attribute("href").endswith("/beijing/")


def test_search_box_says_it_needs_javascript(phone_nojs, server):
    page = phone_nojs
    page.goto(server + "/sichuan/wages/")
    page.locator('.md-header label[for="__search"]').first.click()
    message = page.locator(".md-search .search-needs-js")
    assert message.is_visible() and "搜索需要打开浏览器的 JavaScript" in message.inner_text()
    box = page.locator(".md-search input[type=search]")
    box.fill("工伤")
    box.press("Enter")
    page.wait_for_url(server + "/search/?edition=sichuan&q=%E5%B7%A5%E4%BC%A4")
    assert "搜索需要打开浏览器的 JavaScript" in page.locator("article .search-needs-js").inner_text()
    # and it leads to every edition's contents
    page.locator("article").get_by_role("link", name="四川省").click()
    page.wait_for_url(server + "/sichuan/")
    assert "四川" in page.locator("article h1").inner_text()


def test_says_so_when_the_index_cannot_be_fetched(phone, server):
    """A dropped connection: the reader is told, and pointed to the contents."""
    phone.route("**/search-index/**", lambda route: route.abort())
    phone.goto(server + "/yunnan/wages/")
    search_from_header(phone, "工资")
    status = phone.locator(".md-search .quanyi-results__status")
    status.get_by_text("搜索没有成功").wait_for(timeout=20000)
    assert status.get_by_role("link").get_attribute("href").endswith("/yunnan/")
