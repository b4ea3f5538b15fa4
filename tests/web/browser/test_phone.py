"""The web edition as a worker meets it: on a phone, switchable, readable without JavaScript, offline."""

from __future__ import annotations

import re
import zipfile

# --- switching ---------------------------------------------------------------------


def test_switch_language_lands_on_the_same_page(phone, server):
    phone.goto(server + "/sichuan/wages/")
    assert phone.locator("html").get_attribute("lang") == "zh"
    phone.locator(".md-header__option .md-select").first.hover()
    phone.locator('a.md-select__link[hreflang="en"]').click()
    phone.wait_for_url(server + "/en/sichuan/wages/")
    assert phone.locator("html").get_attribute("lang") == "en"
    assert phone.locator("h1").first.inner_text() == "Wages"


def test_switch_province_lands_on_the_same_chapter(phone, server):
    phone.goto(server + "/sichuan/wages/")
    phone.locator("details.edition-switch summary").click()
    phone.get_by_role("link", name="重庆市", exact=True).click()
    phone.wait_for_url(server + "/chongqing/wages/")
    assert "重庆市" in phone.locator("details.edition-switch summary").inner_text()


def test_hotlines_are_tap_to_call(phone, server):
    phone.goto(server + "/gansu/wages/")
    assert phone.locator('a[href="tel:12333"]').count() >= 1


def test_chapter_readable_and_navigable_without_javascript(phone_nojs, server):
    page = phone_nojs
    page.goto(server + "/beijing/wages/")
    assert page.locator("h1").first.is_visible()
    box = page.locator(".local-rule").first
    assert box.is_visible() and "北京市规定" in box.inner_text()
    page.locator("details.edition-switch summary").click()
    page.get_by_role("link", name="全国版", exact=True).click()
    page.wait_for_url(server + "/national/wages/")
    assert page.locator(".local-rule").count() == 0


def test_offline_copy_works_from_the_file_system(phone, real_site, tmp_path):
    with zipfile.ZipFile(real_site / "downloads/yunnan-en-offline.zip") as zf:
        zf.extractall(tmp_path)
    start = tmp_path / "quanyi-yunnan-en/index.html"
    phone.goto(start.as_uri())
    phone.wait_for_url(re.compile(r".*/en/yunnan/index\.html$"))
    phone.locator("article.md-content__inner").get_by_role("link", name="Wages", exact=True).first.click()
    phone.wait_for_url(re.compile(r".*/en/yunnan/wages/index\.html$"))
    assert phone.locator("h1").first.inner_text() == "Wages"
    assert phone.locator(".local-rule").first.is_visible()
    styles = phone.evaluate("getComputedStyle(document.querySelector('.local-rule')).borderLeftStyle")
    assert styles == "solid"  # our stylesheet loaded from the zip, too


def test_offline_copy_is_small_and_says_search_is_online(phone, real_site, tmp_path):
    with zipfile.ZipFile(real_site / "downloads/beijing-zh-offline.zip") as zf:
        names = zf.namelist()
        zf.extractall(tmp_path)
    assert not any("/lunr/" in n or "/workers/" in n for n in names)  # Material's search is not used
    phone.goto((tmp_path / "quanyi-beijing-zh/beijing/wages/index.html").as_uri())
    phone.locator('.md-header label[for="__search"]').first.click()
    status = phone.locator(".md-search .quanyi-results__status")
    assert "离线版不能搜索" in status.inner_text()
    status.get_by_role("link").click()
    phone.wait_for_url(re.compile(r".*/quanyi-beijing-zh/beijing/index\.html$"))
    action = phone.locator("form[data-quanyi-overlay]").get_attribute("action")
    assert action.startswith("https://") and action.endswith("/search/")


# --- navigation ------------------------------------------------------------------------


def test_drawer_lists_only_this_edition(phone, server):
    phone.goto(server + "/guangdong/wages/")
    phone.locator('.md-header label[for="__drawer"]').click()
    links = phone.eval_on_selector_all("nav.md-nav--primary a.md-nav__link[href]",
                                       "els => els.map(e => e.href)")
    assert links and all("/guangdong/" in link for link in links), links
    assert any(link.endswith("/guangdong/ending-a-job/") for link in links)


def test_drawer_on_site_pages_lists_site_pages(phone, server):
    phone.goto(server + "/hotlines/")
    phone.locator('.md-header label[for="__drawer"]').click()
    links = phone.eval_on_selector_all("nav.md-nav--primary a.md-nav__link[href]",
                                       "els => els.map(e => new URL(e.href).pathname)")
    assert "/downloads/" in links and set(links) <= {"/", "/about/", "/downloads/", "/hotlines/", "/search/"}, links


def test_footer_stays_in_the_edition(phone_nojs, server):
    page = phone_nojs
    # an edition's first page: the page before it is the previous edition's last
    page.goto(server + "/guangdong/")
    assert page.locator(".md-footer__link--prev").count() == 0
    assert page.locator("link[rel=prev]").count() == 0
    # its last page: the next page would be the next edition's home
    last = page.locator("nav.md-nav--primary a.md-nav__link[href]").last.get_attribute("href")
    page.goto(server + "/guangdong/" + last)
    assert page.locator(".md-footer__link--next").count() == 0
    assert page.locator("link[rel=next]").count() == 0
    page.locator(".md-footer__link--prev").click()
    assert "/guangdong/" in page.url
