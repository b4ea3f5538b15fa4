"""The theme's CSS cut to what the site uses, and inlined in every page."""

from __future__ import annotations

import json
import re

from quanyi.web.styles import Vocabulary, can_match, slim_css


def vocab(html: str, script: str = "") -> Vocabulary:
    v = Vocabulary()
    v.feed(html)
    if script:
        v.add_script(script)
    return v


PAGE = '<html><body data-md-color-scheme="default"><nav class="md-nav md-nav--primary" id="top">' \
       '<input type="checkbox"><a href="#" class="md-nav__link">x</a></nav></body></html>'


def test_a_selector_is_kept_unless_it_names_what_no_page_has():
    v = vocab(PAGE)
    assert can_match(".md-nav .md-nav__link", v)
    assert can_match(".md-nav__link:hover:not(.md-nav__link--active)", v), "a :not() argument requires nothing"
    assert can_match("[data-md-color-scheme=default] .md-nav", v)
    assert can_match("#top>a", v) and can_match("input[type=checkbox]:checked~a", v)
    assert not can_match(".md-typeset .admonition", v)
    assert not can_match("#missing", v)
    assert not can_match("[data-md-color-scheme=slate] .md-nav", v), "a value no element has"
    assert not can_match("details summary", v), "tags no page has"


def test_classes_a_script_builds_count_as_used():
    v = vocab(PAGE, 'li.className = "quanyi-result"; document.createElement("ol")')
    assert can_match(".quanyi-result", v) and can_match("ol li", v)
    inline = vocab('<html><head><script>document.documentElement.classList.add("quanyi-wechat")</script></head></html>')
    assert can_match("html.quanyi-wechat", inline), "an inline script's classes count too"


def test_slimming_keeps_media_queries_and_variables_that_are_read():
    css = (":root{--used:red;--unused:blue;--chain:var(--used)}"
           ".md-nav{color:var(--chain)}.admonition{color:var(--unused)}"
           "@media screen and (max-width:76em){.md-nav{display:block}.tabbed-set{display:flex}}"
           "@media print{.admonition{display:none}}")
    out = slim_css(css, vocab(PAGE))
    assert "--used:red" in out and "--chain:var(--used)" in out
    assert "--unused" not in out and "admonition" not in out and "tabbed" not in out
    assert "@media screen and (max-width:76em){.md-nav{display:block}}" in out
    assert "@media print" not in out


def test_a_selector_list_keeps_only_what_can_match():
    out = slim_css(".md-nav,.admonition,.md-nav__link{margin:0}", vocab(PAGE))
    assert out == ".md-nav,.md-nav__link{margin:0}"


def test_every_page_carries_its_styles_and_loads_no_stylesheet(real_site):
    # the theme's pages (short links, u/…/, are bare redirects with no styles at all)
    pages = [p for p in real_site.rglob("*.html") if "md-header" in p.read_text(encoding="utf-8")]
    assert len(pages) > 250
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'rel="stylesheet"' not in html, page
        assert html.count("<style>") == 1, page
    style = re.search(r"<style>(.*?)</style>", (real_site / "guangdong/wages/index.html").read_text("utf-8"), re.S)
    # the theme's layout and our own rules both survive
    assert ".md-header" in style.group(1) and ".quanyi-call" in style.group(1)
    assert ".admonition.danger" not in style.group(1)


def test_the_vocabulary_memo_gives_what_parsing_every_page_gives(tmp_path):
    from quanyi.web.styles import vocabulary

    pages = []
    for n, body in enumerate(['<p class="a b" id="x">1</p>', '<div data-k="v"><script>el.className="from-js"</script>',
                              '<span class="c">3</span>']):
        pages.append(tmp_path / f"{n}.html")
        pages[-1].write_text(body, encoding="utf-8")
    memo = tmp_path / "memo.json"
    fresh = vocabulary(pages, []).as_json()
    assert vocabulary(pages, [], memo).as_json() == fresh == vocabulary(pages, [], memo).as_json()
    assert fresh["classes"] == ["a", "b", "c", "className", "el", "from-js"] and fresh["attrs"]["data-k"] == ["v"]
    # a changed page is parsed again; the memo keeps only the pages of the last build
    pages[2].write_text('<span class="d">3</span>', encoding="utf-8")
    again = vocabulary(pages, [], memo).as_json()
    assert "d" in again["classes"] and "c" not in again["classes"]
    assert len(json.loads(memo.read_text(encoding="utf-8"))) == 3
