"""The web edition as a worker meets it: on a phone, private, switchable, offline."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from urllib.parse import urlparse

# --- privacy -----------------------------------------------------------------------


class _Loads(HTMLParser):
    """Resources a browser fetches by itself (not links a reader may click)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {
                "stylesheet", "icon", "preload", "prefetch", "manifest", "modulepreload", "apple-touch-icon"}:
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])


def test_static_crawl_finds_no_third_party_loads(real_site):
    offenders = []
    for path in real_site.rglob("*"):
        if path.suffix == ".html":
            parser = _Loads()
            parser.feed(path.read_text(encoding="utf-8"))
            offenders += [(path, u) for u in parser.urls if urlparse(u).netloc]
        elif path.suffix == ".css":
            for u in re.findall(r"url\(\s*['\"]?([^'\")]+)", path.read_text(encoding="utf-8")):
                if urlparse(u).netloc:
                    offenders.append((path, u))
    assert offenders == []


def test_browser_requests_only_our_own_host(phone, server):
    for path in ("/", "/beijing/wages/", "/en/beijing/wages/", "/downloads/", "/beijing/differences/"):
        phone.goto(server + path, wait_until="networkidle")
    hosts = {urlparse(u).netloc for u in phone.requests if not u.startswith("data:")}
    assert hosts == {urlparse(server).netloc}


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
    phone.locator("article.md-content__inner a", has_text="Wages").first.click()
    phone.wait_for_url(re.compile(r".*/en/yunnan/wages/index\.html$"))
    assert phone.locator("h1").first.inner_text() == "Wages"
    assert phone.locator(".local-rule").first.is_visible()
    styles = phone.evaluate("getComputedStyle(document.querySelector('.local-rule')).borderLeftStyle")
    assert styles == "solid"  # our stylesheet loaded from the zip, too


# --- search ------------------------------------------------------------------------


def test_search_finds_results_from_this_edition_only(phone, server):
    phone.goto(server + "/beijing/wages/")
    phone.fill("form.edition-search input[type=search]", "拖欠工资")
    phone.click("form.edition-search button")
    phone.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
    phone.wait_for_load_state("networkidle")
    links = phone.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.getAttribute('href'))")
    assert links and all(link.startswith("/beijing/") for link in links), links
    assert any(link.startswith("/beijing/wages/") for link in links)


def test_english_search_stays_in_english(phone, server):
    phone.goto(server + "/en/search/?edition=gansu&q=arbitration")
    phone.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
    links = phone.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.getAttribute('href'))")
    assert links and all(link.startswith("/en/gansu/") for link in links), links


def test_search_says_it_needs_javascript(phone_nojs, server):
    page = phone_nojs
    page.goto(server + "/sichuan/wages/")
    page.fill("form.edition-search input[type=search]", "工伤")
    page.click("form.edition-search button")
    page.wait_for_url(server + "/search/?edition=sichuan&q=%E5%B7%A5%E4%BC%A4")
    assert "搜索需要打开浏览器的 JavaScript" in page.locator(".search-needs-js").inner_text()
