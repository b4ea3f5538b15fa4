"""The offline copy in a real browser, opened from the file system as a reader opens the unpacked zip.

Nothing may be fetched from the web: every request the page makes is recorded (the ``phone``
fixture) and must be a file:// one.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from quanyi.strings import strings
from quanyi.urls import site_url
from quanyi.web.webbudget import search_from_header


def unpack(real_site: Path, edition: str, lang: str, tmp_path: Path) -> Path:
    with zipfile.ZipFile(real_site / f"downloads/{edition}-{lang}-offline.zip") as zf:
        zf.extractall(tmp_path)
    return tmp_path / f"quanyi-{edition}-{lang}"


def no_web_requests(page) -> None:
    web = [url for url in page.requests if not url.startswith("file:")]
    assert not web, web


def test_offline_copy_works_from_the_file_system(phone, real_site, tmp_path):
    start = unpack(real_site, "yunnan", "en", tmp_path) / "index.html"
    phone.goto(start.as_uri())
    phone.wait_for_url(re.compile(r".*/en/yunnan/index\.html$"))
    phone.locator("article.md-content__inner").get_by_role("link", name="Wages", exact=True).first.click()
    phone.wait_for_url(re.compile(r".*/en/yunnan/wages/index\.html$"))
    assert phone.locator("h1").first.inner_text() == "Wages"
    assert phone.locator(".local-rule").first.is_visible()
    styles = phone.evaluate("getComputedStyle(document.querySelector('.local-rule')).borderLeftStyle")
    assert styles == "solid"  # our stylesheet loaded from the zip, too
    no_web_requests(phone)


@pytest.mark.parametrize("lang, query, section", [
    ("zh", "拖欠工资", "/guangdong/wages/index.html#"),
    ("en", "unpaid wages", "/en/guangdong/wages/index.html#"),
])
def test_search_works_offline_and_stays_in_the_copy(phone, real_site, tmp_path, lang, query, section):
    folder = unpack(real_site, "guangdong", lang, tmp_path)
    phone.goto((folder / "index.html").as_uri())
    phone.wait_for_url(re.compile(r".*/guangdong/index\.html$"))
    search_from_header(phone, query)
    phone.wait_for_selector(".md-search .quanyi-result", timeout=20000)
    links = phone.eval_on_selector_all(".md-search .quanyi-result a", "els => els.map(e => e.href)")
    inside = folder.as_uri() + "/"
    assert links and all(link.startswith(inside) and re.search(r"/index\.html(#|$)", link) for link in links), links
    assert any(section in link for link in links[:3]), links[:5]
    first = links[0]
    phone.locator(".md-search .quanyi-result__title").first.click()
    phone.wait_for_url(first)
    assert phone.url.startswith(inside) and phone.locator("h1").first.is_visible()
    assert phone.locator("#__search").is_checked() is False
    no_web_requests(phone)


def test_home_search_form_searches_offline(phone, real_site, tmp_path):
    folder = unpack(real_site, "beijing", "zh", tmp_path)
    phone.goto((folder / "beijing/index.html").as_uri())
    form = phone.locator("form.edition-search")
    form.locator("input[type=search]").fill("加班费")
    form.locator("button").click()
    phone.wait_for_selector(".md-search .quanyi-result", timeout=20000)
    assert phone.url.endswith("/beijing/index.html")  # searched in place: no search page in the copy
    assert phone.locator(".md-search input[type=search]").input_value() == "加班费"
    no_web_requests(phone)


@pytest.mark.parametrize("lang, only", [
    ("zh", "这个离线版只有广东省版。其他省份和英文版请打开网上版。"),
    ("en", "This offline copy holds only the Guangdong edition, in English. For other provinces and the Chinese "
           "text, open the online edition."),
])
def test_switches_explain_the_copy_holds_one_edition(phone, real_site, tmp_path, lang, only):
    folder = unpack(real_site, "guangdong", lang, tmp_path)
    prefix = "" if lang == "zh" else "en/"
    phone.goto((folder / prefix / "guangdong/wages/index.html").as_uri())
    switch = phone.locator("details.edition-switch")
    switch.locator("summary").click()
    explanation = switch.locator(".quanyi-offline-only")
    assert explanation.is_visible() and explanation.inner_text() == only
    assert switch.get_by_role("link").count() == 0
    # the language menu says the same, and fits on the phone's screen
    phone.locator(".md-header__option .md-select button").click()
    menu = phone.locator(".md-select__item.quanyi-offline-only")
    menu.wait_for(state="visible")
    assert menu.inner_text() == only
    box = menu.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    # and the one way out: this page in the online edition
    online = phone.locator("a.quanyi-online")
    assert online.count() == 1
    assert online.inner_text() == strings(lang, "offline-copy")["online"]
    assert online.get_attribute("href") == f"{site_url(real_site.parent)}{prefix}guangdong/wages/"
    no_web_requests(phone)
