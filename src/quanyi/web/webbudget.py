"""``quanyi benchmark-web``: page weight on a phone, in a real browser.

Serves site/ on 127.0.0.1 the way an ordinary web host does (text compressed with gzip,
everything else as it is), opens a province chapter at 360×640 in Debian's headless
Chromium with an empty cache, then searches from the header's search box. Bytes are what
went over the wire, as the browser counts them (headers included). Layout shift is read
from the browser's own layout-shift entries.
"""

from __future__ import annotations

import gzip
import http.server
import io
import threading
from pathlib import Path

from quanyi.web import renderer
from quanyi.web.chromium import ARGS, chromium_path

CLS = """new Promise(done => { let total = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => done(total), 500); })"""
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")  # what hosts gzip by default


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    """A static server for site/ on a free port that gzips text, like nginx with ``gzip on``."""
    cache: dict[Path, bytes] = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, *args):
            pass

        def send_head(self):
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if (path.suffix in COMPRESSED and path.is_file() and self.path.split("?")[0].endswith(("/", path.name))
                    and "gzip" in self.headers.get("Accept-Encoding", "")):
                if path not in cache:
                    cache[path] = gzip.compress(path.read_bytes(), 6, mtime=0)
                body = cache[path]
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                return io.BytesIO(body)
            return super().send_head()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def search_from_header(page, query: str) -> None:
    """Open the header's search box (unless it is open), type ``query`` and press Enter, as a reader does."""
    if not page.locator(renderer.SEARCH_TOGGLE).is_checked():
        page.locator(renderer.SEARCH_OPEN).first.click()
    box = page.locator(renderer.SEARCH_INPUT)
    box.fill(query)
    box.press("Enter")


def within_budget(result: dict) -> bool:
    """Issue 4's budgets: 100 KB first visit, 300 KB more for a search that shows results, no layout shift."""
    return result["first_kb"] <= 100 and result["search_kb"] <= 300 and result["search_results"] > 0 \
        and result["layout_shift"] == 0


def measure(site: Path, chapter: str = "/beijing/wages/", query: str = "拖欠工资") -> dict:
    from playwright.sync_api import sync_playwright

    httpd = serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    sent: list[tuple[str, int]] = []

    def record(request):
        sizes = request.sizes()
        sent.append((request.url.removeprefix(base), sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
            context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
            page = context.new_page()
            page.on("requestfinished", record)
            page.goto(base + chapter, wait_until="networkidle")
            shift = page.evaluate(CLS)
            first = list(sent)
            sent.clear()
            search_from_header(page, query)
            page.wait_for_selector(renderer.SEARCH_RESULT, timeout=30000)
            page.wait_for_load_state("networkidle")
            results = page.locator(renderer.SEARCH_RESULT).count()
            search = list(sent)
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return {"chapter": chapter, "query": query, "first": first, "search": search, "search_results": results,
            "first_kb": sum(n for _, n in first) / 1000, "search_kb": sum(n for _, n in search) / 1000,
            "layout_shift": shift}


def report(r: dict, details: bool = False) -> str:
    lines = [f"first visit to {r['chapter']} (360x640, empty cache): {r['first_kb']:.1f} KB transferred, "
             f"{len(r['first'])} requests (budget 100 KB)",
             f"first search for {r['query']} in the header's search box: {r['search_kb']:.1f} KB more, "
             f"{len(r['search'])} requests, {r['search_results']} results shown (budget 300 KB)",
             f"cumulative layout shift: {r['layout_shift']:.3f}"]
    if details:
        for phase in ("first", "search"):
            lines.append(f"\n{phase}:")
            lines += [f"  {n / 1000:7.1f} KB  {url}" for url, n in sorted(r[phase], key=lambda x: -x[1])]
    return "\n".join(lines)
