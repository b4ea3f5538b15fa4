"""The preview artifact in a real browser, opened from disk as a reviewer opens the unpacked artifact."""

from __future__ import annotations

import re

import pytest

from quanyi.review.artifact import make_preview
from quanyi.web.webbudget import search_from_header

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def preview(real_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("artifact") / "preview"
    make_preview(real_site, folder)
    return folder


def test_the_reviewer_clicks_through_the_site_from_disk(phone, preview):
    phone.goto((preview / "index.html").as_uri())
    phone.get_by_role("link", name="广东省", exact=True).first.click()
    phone.wait_for_url(re.compile(r".*/guangdong/index\.html$"))
    phone.locator("article").get_by_role("link", name="工资", exact=True).first.click()
    phone.wait_for_url(re.compile(r".*/guangdong/wages/index\.html$"))
    assert phone.locator(".local-rule").first.is_visible()
    phone.goto((preview / "u").as_uri() + "/" + next((preview / "u").iterdir()).name + "/index.html")
    phone.wait_for_url(re.compile(r".*/whats-new/index\.html#.+$"))  # a short link forwards inside the copy
    assert not [url for url in phone.requests if not url.startswith(("file:", "data:"))]


@pytest.mark.parametrize("lang, query, section", [
    ("zh", "拖欠工资", "/guangdong/wages/index.html#"),
    ("en", "unpaid wages", "/en/guangdong/wages/index.html#"),
])
def test_search_works_from_disk(phone, preview, lang, query, section):
    start = preview / ("" if lang == "zh" else "en") / "guangdong/wages/index.html"
    phone.goto(start.as_uri())
    search_from_header(phone, query)
    phone.wait_for_selector(".md-search .quanyi-result", timeout=20000)
    links = phone.eval_on_selector_all(".md-search .quanyi-result a", "els => els.map(e => e.href)")
    assert links and all(link.startswith(preview.as_uri() + "/") for link in links), links
    assert any(section in link for link in links[:3]), links[:5]
    phone.locator(".md-search .quanyi-result__title").first.click()
    phone.wait_for_url(links[0])
    assert phone.locator("h1").first.is_visible()
