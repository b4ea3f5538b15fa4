"""A feed opened in the browser: the stylesheet (assets/feed.xsl) shows it as a page to read, on a phone."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from quanyi.strings import strings

A = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("path, lang, day", [("/beijing/feed.xml", "zh", "2025年9月1日"),
                                             ("/en/beijing/feed.xml", "en", "1 September 2025")])
def test_a_feed_opens_as_a_page_with_its_entries(phone, server, real_site, path, lang, day):
    feed = ET.parse(real_site / path.lstrip("/")).getroot()
    entries = feed.findall(f"{A}entry")
    assert entries
    phone.goto(server + path)
    if not phone.evaluate("typeof XSLTProcessor !== 'undefined'"):
        pytest.skip("this Chromium no longer applies XSLT: the feed shows as XML")
    assert phone.locator("html").get_attribute("lang") == lang
    assert phone.locator("h1").inner_text() == feed.find(f"{A}title").text
    t = strings(lang, "feed")
    body = phone.locator("main").inner_text()
    assert t["what"] in body and t["how"] in body
    self_link = next(el.get("href") for el in feed.findall(f"{A}link") if el.get("rel") == "self")
    assert phone.locator("code.address").inner_text() == self_link
    articles = phone.locator("main article")
    assert articles.count() == len(entries)
    for n, entry in enumerate(entries):
        article = articles.nth(n)
        link = article.locator("h3 a")
        assert link.inner_text() == entry.find(f"{A}title").text
        assert link.get_attribute("href") == next(el.get("href") for el in entry.findall(f"{A}link"))
    assert day in body
    # the sections an entry affects are links, as in a feed reader
    assert articles.first.locator("p a").count() >= 1
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    # nothing but the feed and its stylesheet (and the browser's own icon request)
    assert {r.split("/", 3)[3] for r in phone.requests} <= {path.lstrip("/"), "assets/feed.xsl", "favicon.ico"}
