"""The downloads page on a 360×640 phone, in a normal browser and in WeChat's, which blocks downloads."""

from __future__ import annotations

import pytest

PHONE = {"width": 360, "height": 640}

WECHAT = ("Mozilla/5.0 (Linux; Android 12; M2012K11AC Build/SKQ1.220303.001; wv) AppleWebKit/537.36 "
          "(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 "
          "MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F36) WeChat/arm64 Weixin "
          "NetType/WIFI Language/zh_CN ABI/arm64")
ANDROID = ("Mozilla/5.0 (Linux; Android 12; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/120.0.0.0 Mobile Safari/537.36")

BOXES = """sel => [...document.querySelectorAll(sel)].map(e => { const r = e.getBoundingClientRect();
  return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, w: r.width, h: r.height,
          font: parseFloat(getComputedStyle(e).fontSize), visible: !!e.offsetParent}; })"""
# every element of the page's content that reaches past the screen's edges
TOO_WIDE = """() => [...document.querySelectorAll('article *')].filter(e => { const r = e.getBoundingClientRect();
  return r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5); }).map(e => e.tagName + '.' + e.className)"""


def _apart(a, b, gap=8) -> bool:
    """Two tap targets with at least ``gap`` CSS px between them, side by side or one above the other."""
    return (a["right"] + gap <= b["left"] or b["right"] + gap <= a["left"]
            or a["bottom"] + gap <= b["top"] or b["bottom"] + gap <= a["top"])


@pytest.mark.parametrize("path, editions", [("/downloads/", 9), ("/en/downloads/", 9)])
def test_downloads_fit_a_phone(phone, server, path, editions):
    phone.goto(server + path)
    assert phone.evaluate(TOO_WIDE) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert phone.locator(".quanyi-dl-card").count() >= editions
    links = phone.evaluate(BOXES, "a.quanyi-dl__link")
    assert len(links) == 4 * phone.locator(".quanyi-dl-card").count()
    assert all(a["h"] >= 44 and a["w"] >= 44 and a["visible"] for a in links)
    names = phone.evaluate(BOXES, ".quanyi-dl__name")
    assert all(n["font"] >= 16 for n in names)
    index = phone.evaluate(BOXES, ".quanyi-dl-index a")
    assert len(index) >= editions and all(a["h"] >= 44 and a["w"] >= 44 and a["font"] >= 16 for a in index)
    for targets in (links, index):
        assert all(_apart(a, b) for i, a in enumerate(targets) for b in targets[i + 1:])
    # what each file is for, and the small print on how to print it, in sight under its link
    for selector, smallest in ((".quanyi-dl__what", 16), (".quanyi-dl__how", 15), (".quanyi-dl__facts", 15)):
        texts = phone.evaluate(BOXES, selector)
        assert len(texts) == len(links) and all(t["visible"] and t["font"] >= smallest for t in texts), selector
    assert not phone.locator(".quanyi-dl-wechat").first.is_visible()  # a normal browser downloads


def test_an_edition_link_at_the_top_opens_its_card(phone, server):
    phone.goto(server + "/downloads/")
    phone.locator(".quanyi-dl-index").get_by_role("link", name="广东省", exact=True).click()
    phone.wait_for_url("**/downloads/#guangdong")
    card = phone.locator("section.quanyi-dl-card", has=phone.locator("#guangdong"))
    assert card.locator("a.quanyi-dl__link").first.get_attribute("href") == "../downloads/guangdong-zh-handbook.pdf"
    box = card.locator("h2").bounding_box()
    assert 0 <= box["y"] < 200  # in sight, not under the header


def test_downloads_without_javascript(phone_nojs, server):
    phone_nojs.goto(server + "/en/downloads/#yunnan")
    card = phone_nojs.locator("section.quanyi-dl-card", has=phone_nojs.locator("#yunnan"))
    assert card.locator("a.quanyi-dl__link").count() == 4
    assert card.locator(".quanyi-dl__what").first.is_visible()
    assert not card.locator(".quanyi-dl-wechat").is_visible()


@pytest.mark.parametrize("ua, shown", [(WECHAT, True), (ANDROID, False)])
@pytest.mark.parametrize("path, words", [("/downloads/#sichuan", "在浏览器打开"),
                                         ("/en/downloads/#sichuan", "Open in Browser")])
def test_wechat_readers_are_told_how_to_download(browser, server, ua, shown, path, words):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, user_agent=ua)
    page = context.new_page()
    try:
        page.goto(server + path)
        card = page.locator("section.quanyi-dl-card", has=page.locator("#sichuan"))
        notice = card.locator(".quanyi-dl-wechat")
        assert notice.is_visible() == shown
        assert page.locator(".quanyi-dl-wechat:visible").count() == (page.locator(".quanyi-dl-card").count()
                                                                       if shown else 0)
        if shown:
            assert words in notice.inner_text()
            # at the top of the card, before its first download, and in the first screen after the jump
            top = notice.bounding_box()
            assert top["y"] + top["height"] <= PHONE["height"]
            assert top["y"] < card.locator("a.quanyi-dl__link").first.bounding_box()["y"]
            assert page.evaluate("document.documentElement.classList.contains('quanyi-wechat')")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        context.close()
