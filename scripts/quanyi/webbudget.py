"""``quanyi benchmark-web``: page weight on a phone, measured in a real headless Chromium.

Serves site/ on 127.0.0.1, opens a province chapter at 360×640 with an empty cache,
then searches. Bytes are counted as a gzip-serving host would send them (the smaller of
the file and its gzip). Layout shift is read from the browser's own layout-shift entries.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
CLS = """new Promise(done => { let total = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => done(total), 500); })"""


def _serve(site: Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))

    class Quiet(handler.func):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def measure(site: Path, chapter: str = "/beijing/wages/", query: str = "拖欠工资") -> dict:
    from playwright.sync_api import sync_playwright

    httpd = _serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    sent: list[tuple[str, int]] = []

    def record(response):
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            return
        sent.append((response.url, min(len(body), len(gzip.compress(body, 6)))))

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 360, "height": 640}, is_mobile=True)
            page.on("response", record)
            page.goto(base + chapter, wait_until="networkidle")
            first = sum(n for _, n in sent)
            first_count = len(sent)
            shift = page.evaluate(CLS)
            sent.clear()
            page.fill("form.edition-search input[type=search]", query)
            page.click("form.edition-search button")
            page.wait_for_selector(".pagefind-ui__result-link", timeout=30000)
            page.wait_for_load_state("networkidle")
            results = page.locator(".pagefind-ui__result").count()
            search = sum(n for _, n in sent)
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return {"chapter": chapter, "first_kb": first / 1000, "first_requests": first_count,
            "search_kb": search / 1000, "search_results": results, "layout_shift": shift, "query": query}


def report(r: dict) -> str:
    return (f"first visit to {r['chapter']} (360x640, empty cache): {r['first_kb']:.1f} KB compressed, "
            f"{r['first_requests']} requests (budget 100 KB)\n"
            f"first search for {r['query']}: {r['search_kb']:.1f} KB more, {r['search_results']} results "
            f"(budget 300 KB)\n"
            f"cumulative layout shift: {r['layout_shift']:.3f}")
