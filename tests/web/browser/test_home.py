"""An edition's home on a 360×640 phone: what to do in the first seconds, and which province it is."""

from __future__ import annotations

import re

import pytest

STEPS = """() => [...document.querySelectorAll('.quanyi-first-steps a.quanyi-step')].map(a => {
  const r = a.getBoundingClientRect(); return {href: a.getAttribute('href'), w: r.width, h: r.height, top: r.top}; })"""
CALLS = """() => [...document.querySelectorAll('.quanyi-calls a.quanyi-call')].map(a => {
  const r = a.getBoundingClientRect(); return {href: a.getAttribute('href'), h: r.height, top: r.top}; })"""


@pytest.mark.parametrize("path, first", [("/guangdong/", "老板不发工资"), ("/en/yunnan/", "My boss has not paid me")])
def test_home_opens_with_common_problems_then_hotlines(phone, server, path, first):
    phone.goto(server + path)
    steps = phone.evaluate(STEPS)
    assert [s["href"] for s in steps] == ["wages/#unpaid-wages", "work-injury/#work-injury-now",
                                          "ending-a-job/#dismissal", "ending-a-job/#no-written-contract",
                                          "social-insurance/#no-insurance-complaint"]
    assert phone.locator(".quanyi-step").first.inner_text().strip() == first
    assert all(s["h"] >= 44 and s["w"] >= 44 for s in steps)
    calls = phone.evaluate(CALLS)
    assert [c["href"] for c in calls] == ["tel:12333", "tel:12348"]
    assert all(c["h"] >= 44 for c in calls)
    # the buttons come before the hotlines, and both before the contents
    contents = phone.locator("h2").first.bounding_box()["y"]
    assert steps[-1]["top"] < calls[0]["top"] < contents
    if path == "/guangdong/":  # Chinese labels sit two a row: the first hotline is in the first screen
        assert calls[0]["top"] < 640


def test_a_step_opens_its_section(phone, server):
    phone.goto(server + "/guangdong/")
    phone.locator(".quanyi-step").first.click()
    phone.wait_for_url("**/guangdong/wages/#unpaid-wages")
    assert phone.locator("#unpaid-wages").is_visible()


@pytest.mark.parametrize("path, title, header", [
    ("/guangdong/wages/", "工资 · 广东省版 · 劳动者权益手册", "广东省版"),
    ("/en/guangdong/wages/", "Wages · Guangdong edition · Workers' Rights Handbook", "Guangdong edition"),
    ("/national/wages/", "工资 · 全国版 · 劳动者权益手册", "全国版"),
    ("/beijing/", "劳动者权益手册 · 北京市版", "北京市版"),
])
def test_the_province_is_in_the_title_and_the_header(phone, server, path, title, header):
    phone.goto(server + path)
    assert phone.title() == title
    assert phone.locator(".md-header .quanyi-header-edition").inner_text() == header
    assert phone.locator(".quanyi-header-edition").bounding_box()["x"] < 120  # in sight, not cut off


def test_every_edition_page_names_its_edition_in_the_title(real_site):
    editions = {p.stem for p in (real_site / "search-index/zh").glob("*.json")} - {"words"}
    assert "national" in editions and "guangdong" in editions
    for html in sorted(real_site.glob("**/index.html")):
        rel = html.relative_to(real_site).as_posix()
        m = re.match(r"(?:en/)?([a-z]+)/", rel)
        if not m or m.group(1) not in editions:
            continue
        title = re.search(r"<title>([^<]*)</title>", html.read_text(encoding="utf-8")).group(1)
        assert ("版" in title) if not rel.startswith("en/") else ("edition" in title.lower()), (rel, title)
