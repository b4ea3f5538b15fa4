"""Every internal link and asset of the built site leads somewhere: all editions, both languages.

A static crawl of every HTML page of the real build: each ``href`` and ``src`` that stays on
the site must name a file that exists (a folder means its ``index.html``), and a ``#fragment``
must be an ``id`` on the page it points to.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

SITE = "http://site.test/"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and a.get("rel") in ("canonical", "alternate") and key == "href"
                                   and a["href"].startswith("http")):
                self.links.append(a[key])


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path).lstrip("/")
    file = site / path
    return file / "index.html" if path.endswith("/") or path == "" or file.is_dir() else file


def broken_links(site: Path) -> list[str]:
    """``page: link`` for every internal link or asset that leads nowhere."""
    parsed: dict[Path, _Page] = {}

    def page(path: Path) -> _Page:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    broken = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        base = SITE + rel
        for link in page(html).links:
            if link.startswith(("tel:", "mailto:", "sms:", "data:", "javascript:")):
                continue
            url = urljoin(base, link)
            if not url.startswith(SITE):
                continue  # another host: the privacy tests forbid those that load anything
            target = _target(site, url[len(SITE) - 1:])
            if not target.is_file():
                broken.append(f"{rel}: {link} (no file {target.relative_to(site).as_posix()})")
                continue
            fragment = urlsplit(url).fragment
            if fragment and target.suffix == ".html" and unquote(fragment) not in page(target).ids:
                broken.append(f"{rel}: {link} (no id {fragment!r} on that page)")
    return broken


def test_no_broken_internal_link_or_asset(real_site):
    broken = broken_links(real_site)
    assert not broken, f"{len(broken)} broken links, e.g.:\n" + "\n".join(broken[:40])


def test_the_crawl_finds_a_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text('<p id="x"><a href="../b/">b</a> <a href="#x">x</a> <a href="#y">y</a>'
                                           '<img src="/missing.png"> <a href="tel:12333">call</a>', encoding="utf-8")
    assert broken_links(tmp_path) == ["a/index.html: ../b/ (no file b/index.html)",
                                      "a/index.html: #y (no id 'y' on that page)",
                                      "a/index.html: /missing.png (no file missing.png)"]


def test_the_page_for_a_missing_address_is_bilingual_and_leads_home(real_site):
    page = _parse(real_site / "404.html")
    text = (real_site / "404.html").read_text(encoding="utf-8")
    assert "<title>找不到这一页 · Page not found</title>" in text and "没有内容" in text and "no page" in text
    # served at any depth: its links start at the site's root
    assert {"/", "/en/", "/hotlines/", "/en/hotlines/"} <= set(page.links)


def test_footer_in_the_page_language(real_site):
    zh = (real_site / "guangdong/wages/index.html").read_text(encoding="utf-8")
    en = (real_site / "en/guangdong/wages/index.html").read_text(encoding="utf-8")
    assert "不是法律意见" in zh and "not legal advice" not in zh
    assert "not legal advice" in en and "不是法律意见" not in en
