"""The web edition as a worker meets it: on a phone, switchable, readable without JavaScript.

The offline copy has its own tests: test_offline.py.
"""

from __future__ import annotations

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
