"""No request ever leaves the site's own host: a crawl of what pages load, and a real browser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

# in scripts: full URLs, and protocol-relative ones in string literals ("//cdn.example/x.js")
ABSOLUTE = re.compile(r"""https?://[^\s"'`)\\<>]+|(?<=["'`])//[a-z0-9-]+\.[a-z0-9.-]+[^\s"'`)\\<>]*""", re.I)
# Absolute URLs inside the scripts our pages load, and why the browser never fetches them here.
# Each reason that depends on the site is checked in test_conditions_of_known_urls_hold.
# (None since the theme's bundle is no longer loaded: our own script names no other host.)
NEVER_FETCHED: dict[str, str] = {}
# loaded by assets/quanyi-search.js, by name, when the reader searches
SEARCH_FILES = [f"search-index/{lang}/{name}.json" for lang in ("zh", "en")
                for name in ("words", "national", "beijing")]


class _Loads(HTMLParser):
    """Resources a browser fetches by itself (not links a reader may click)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.inline: list[str] = []
        self._script = self._style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed", "track", "input") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {
                "stylesheet", "icon", "preload", "prefetch", "manifest", "modulepreload", "apple-touch-icon",
                "preconnect", "dns-prefetch"}:
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if tag in ("img", "source") and a.get("srcset"):
            self.urls += [part.split()[0] for part in a["srcset"].split(",") if part.strip()]
        if tag == "video" and a.get("poster"):
            self.urls.append(a["poster"])
        for value in (a.get("style") or "",):
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", value)
        self._script = tag == "script" and not a.get("src")
        self._style = tag == "style"

    def handle_endtag(self, tag):
        self._script = self._style = False

    def handle_data(self, data):
        if self._script:
            self.inline.append(data)
        if self._style:
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", data) + re.findall(r"@import\s+['\"]([^'\"]+)", data)


def _external(url: str) -> bool:
    return bool(urlparse(url).netloc) and not url.startswith("data:")


def _crawl(site: Path) -> tuple[list[tuple[str, str]], set[Path]]:
    """Every page, then every file they load (scripts, styles, what styles import), recursively."""
    offenders, scripts, seen = [], set(), set()
    todo = [p for p in site.rglob("*.html") if "downloads" not in p.parts]
    todo += [site / rel for rel in SEARCH_FILES]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        rel = path.relative_to(site).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            parser = _Loads()
            parser.feed(text)
            urls = parser.urls + [u for s in parser.inline for u in ABSOLUTE.findall(s)]
        elif path.suffix == ".css":
            urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(r"@import\s+['\"]([^'\"]+)", text)
        elif path.suffix in (".js", ".mjs"):
            scripts.add(path)
            urls = [u for u in ABSOLUTE.findall(text) if not u.startswith(tuple(NEVER_FETCHED))]
        else:
            urls = []
        for url in urls:
            if _external(url):
                offenders.append((rel, url))
            elif not url.startswith(("data:", "#", "mailto:", "tel:", "javascript:")):
                target = urlparse(urljoin(f"http://site/{rel}", url)).path.lstrip("/")
                todo.append(site / (target + "index.html" if target.endswith("/") or not target else target))
    return offenders, scripts


def test_crawl_finds_no_third_party_loads(real_site):
    offenders, scripts = _crawl(real_site)
    assert offenders == []
    # the crawl did reach the scripts that matter
    names = {p.name for p in scripts}
    assert names == {"quanyi-search.js", "quanyi-tools.js"}, "pages load only our own scripts, never the theme's bundle"


def test_nothing_is_stored_on_the_phone(real_site):
    """No script a page runs reads or writes storage or cookies (the theme's bundle did)."""
    scripts = [(real_site / f"assets/{name}").read_text(encoding="utf-8")
               for name in ("quanyi-search.js", "quanyi-tools.js")]
    for page in real_site.rglob("*.html"):
        parser = _Loads()
        parser.feed(page.read_text(encoding="utf-8"))
        scripts += parser.inline
    for text in scripts:
        assert not re.search(r"localStorage|sessionStorage|document\.cookie|indexedDB", text), text[:200]


def test_no_web_fonts_and_no_preconnect(real_site):
    html = (real_site / "beijing/wages/index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    assert "@font-face" not in "".join(p.read_text(encoding="utf-8") for p in real_site.glob("assets/**/*.css"))


@pytest.fixture
def old_phone(browser):
    """A browser without ResizeObserver and Intl.Segmenter, like an Android WebView before 2020."""
    context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
    context.add_init_script("delete window.ResizeObserver; if (window.Intl) delete Intl.Segmenter;")
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


@pytest.mark.parametrize("kind", ["phone", "old_phone"])
def test_browser_requests_only_our_own_host(kind, request, server):
    page = request.getfixturevalue(kind)
    for path in ("/", "/beijing/wages/", "/en/beijing/wages/", "/downloads/", "/beijing/differences/"):
        page.goto(server + path, wait_until="networkidle")
    page.goto(server + "/search/?edition=beijing&q=%E5%B7%A5%E8%B5%84")
    page.wait_for_selector(".quanyi-result", timeout=20000)
    page.wait_for_load_state("networkidle")
    hosts = {urlparse(u).netloc for u in page.requests if not u.startswith("data:")}
    assert hosts == {urlparse(server).netloc}
