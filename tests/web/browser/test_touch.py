"""Touch and text on a phone: every tap target 44×44 px with 8 px between targets; text 16 px, 15 px in
tables, banners and small print; nothing wider than the screen. Measured in Chromium at 360×640 on
representative pages in both languages, with the drawer, the province switch, the language menu and
the search open in turn.

A link inside a sentence is exempt, as in WCAG 2.5.8 (a 44 px line would break the text); a button
drawn inside a text field (search, clear) is part of that field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quanyi.web import renderer
from quanyi.web.webbudget import search_from_header

PAGES = ["/", "/en/", "/guangdong/", "/en/guangdong/", "/guangdong/wages/", "/en/guangdong/wages/",
         "/beijing/wages/", "/guangdong/differences/", "/en/guangdong/whats-new/", "/downloads/", "/en/downloads/",
         "/hotlines/", "/en/guangdong/older-workers/", "/search/?edition=guangdong&q=%E5%B7%A5%E8%B5%84",
         "/en/search/?edition=guangdong&q=wages"]
STATES = ["page", "drawer", "switch", "language", "search"]
# the audit's own comments are left out: Playwright calls a string only when it starts as a function
AUDIT = "\n".join(line for line in (Path(__file__).parent / "touch_audit.js").read_text(encoding="utf-8").splitlines()
                  if not line.startswith("//"))


def _open(page, state: str, path: str) -> bool:
    """Put the page in ``state``; False when the page has no such part."""
    if state == "drawer":
        page.locator("#__drawer").evaluate("el => { el.checked = true; }")
    elif state == "switch":
        if not page.locator("details.edition-switch").count():
            return False
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    elif state == "language":
        if not page.locator(".md-select").count():
            return False
        page.locator(".md-select .md-header__button").first.focus()
    elif state == "search":
        search_from_header(page, "wages" if path.startswith("/en/") else "工资")
        page.wait_for_selector(renderer.SEARCH_RESULT, timeout=20000)
    # no transitions: measure where things end up
    page.add_style_tag(content="*,*::before,*::after{transition:none!important;animation:none!important}")
    return True


@pytest.mark.parametrize("path", PAGES)
def test_targets_and_text_are_big_enough(phone, server, path):
    problems = []
    for state in STATES:
        phone.goto(server + path)
        if not _open(phone, state, path):
            continue
        found = phone.evaluate(AUDIT)
        assert found["targets"] >= 3, f"{state}: the audit found no targets"
        problems += [f"{state}: {kind}: {item}" for kind in ("small", "close", "fonts", "tables")
                     for item in found[kind]]
        if found["wide"]:
            problems.append(f"{state}: the page is {found['wide']} px wide")
    assert not problems, f"{path}:\n" + "\n".join(sorted(set(problems))[:30])


def test_the_audit_finds_what_is_too_small(phone, server):
    """The measure itself: a small button, two links too close and small text are all reported."""
    phone.goto(server + "/guangdong/wages/")
    phone.evaluate("""() => { const main = document.querySelector('.md-content__inner');
      main.insertAdjacentHTML('afterbegin', '<p><button style="font-size:12px;padding:0">x</button></p>'
        + '<div><a href="#a" style="display:inline-block;height:44px;width:60px">a</a>'
        + '<a href="#b" style="display:inline-block;height:44px;width:60px;margin-left:2px">b</a></div>'); }""")
    found = phone.evaluate(AUDIT)
    assert any(s.startswith('button "x"') for s in found["small"])
    assert any('a "a" ~ a "b"' in s for s in found["close"])
    assert any(s.startswith('button "x" 12px') for s in found["fonts"])
