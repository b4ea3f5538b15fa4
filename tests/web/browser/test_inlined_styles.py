"""The slimmed, inlined styles look exactly like the theme's full stylesheets, in a real browser."""

from __future__ import annotations

import pytest

# every element's computed style, in each state a reader can put the page in
# (boxes by where they are drawn: Chromium reports an auto margin as 0 or as its size depending on how the
# sheet arrived, for the same layout)
COMPUTED = """() => [...document.querySelectorAll('body *')].map(el => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  return [el.tagName, el.className && el.className.baseVal === undefined ? el.className : '',
          s.display, s.position, s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.padding,
          Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height),
          s.visibility, s.transform, s.borderTopWidth, s.borderTopColor].join('|'); })"""
# the same page with the theme's full stylesheets instead of the inlined ones (still in site/assets)
FULL_SHEETS = """(root) => new Promise(done => {
  document.querySelector('head style').remove();
  const names = ['assets/stylesheets/' + MAIN, 'assets/stylesheets/' + PALETTE, 'assets/quanyi.css'];
  let left = names.length;
  for (const name of names) { const link = document.createElement('link'); link.rel = 'stylesheet';
    link.href = root + name; link.onload = () => --left || done(); document.head.appendChild(link); } })"""
STATES = {"closed": "", "drawer": "#__drawer", "search": "#__search"}


@pytest.mark.parametrize("path", ["/guangdong/wages/", "/en/guangdong/", "/", "/downloads/", "/en/guangdong/whats-new/",
                                  "/search/"])
@pytest.mark.parametrize("width", [360, 1280])
def test_inlined_styles_match_the_full_stylesheets(browser, server, real_site, path, width):
    main = next(real_site.glob("assets/stylesheets/main.*.min.css")).name
    palette = next(real_site.glob("assets/stylesheets/palette.*.min.css")).name
    script = FULL_SHEETS.replace("MAIN", repr(main)).replace("PALETTE", repr(palette))
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        seen = {}
        for variant in ("inlined", "full"):
            page = context.new_page()
            page.goto(server + path)
            if variant == "full":
                page.evaluate(script, server + "/")
            # compare end states, not frames of the drawer's slide
            page.add_style_tag(content="*,*::before,*::after{transition:none!important;animation:none!important}")
            for state, toggle in STATES.items():
                if toggle and page.locator(toggle).count():
                    page.locator(toggle).evaluate("el => { el.checked = true; }")
                seen[variant, state] = page.evaluate(COMPUTED)
                if toggle and page.locator(toggle).count():
                    page.locator(toggle).evaluate("el => { el.checked = false; }")
            page.close()
        for state in STATES:
            inlined, full = seen["inlined", state], seen["full", state]
            assert len(inlined) == len(full) > 50
            differ = [(a, b) for a, b in zip(inlined, full, strict=True) if a != b]
            assert not differ, f"{path} at {width} px, {state}: {differ[:3]}"
    finally:
        context.close()
