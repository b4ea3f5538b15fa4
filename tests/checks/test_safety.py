"""Raw HTML in the sources, read whole by an HTML tokenizer: split tags, remote loads, code left alone."""

from __future__ import annotations

from quanyi.checks.safety import findings


def messages(text: str) -> list[tuple[int, str]]:
    return [(line, f.message) for line, f in findings(text.split("\n"))]


def test_a_tag_split_over_lines_is_reported_where_it_starts():
    found = messages('Intro\n\n<a href="x.md"\n   title="t"\n   onmouseover="go()">x</a>')
    assert found == [(2, "HTML event attribute 'onmouseover=' is not allowed: it runs script")]


def test_remote_loads_in_html_markdown_srcset_and_css():
    text = "\n".join([
        '<img src="https://a.example/1.png">',
        "![x](http://b.example/2.png)",
        '<picture><source srcset="x.png 1x, https://c.example/3.png 2x"></picture>',
        '<p style="background-image:url(//d.example/4.gif)">x</p>',
        "[ref]: https://e.example/page",  # a link, not a load: fine
        '<a href="https://f.example/">a link to another site is fine</a>',
    ])
    found = messages(text)
    assert [line for line, _ in found] == [0, 1, 2, 3]
    assert "https://a.example/1.png" in found[0][1] and "https://c.example/3.png" in found[2][1]
    assert found[3][1].startswith("CSS loads //d.example/4.gif")


def test_code_is_shown_not_run():
    text = "```html\n<script>alert(1)</script>\n```\n\nWrite `<img src=x onerror=alert(1)>` to test.\n"
    assert messages(text) == []


def test_schemes_count_only_where_an_address_goes():
    assert messages("在网上搜索 javascript: 的意思。") == []
    assert messages("[x](JavaScript:alert(1))")[0][1].startswith("'javascript:' addresses")
    assert messages('<a href=" vbscript:msgbox">x</a>')[0][1].startswith("'vbscript:' addresses")


def test_forms_and_embeds_are_refused_once_each():
    found = messages('<form action="https://evil.example/steal">\n<iframe src="https://x.example"></iframe>')
    assert [m for _, m in found] == [
        "raw HTML <form> is not allowed: it could run code or load things from other sites",
        "raw HTML <iframe> is not allowed: it could run code or load things from other sites"]
