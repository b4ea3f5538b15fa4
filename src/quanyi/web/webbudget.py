"""``quanyi benchmark-web``: page weight and first paint on a phone, in a real browser.

Serves site/ on 127.0.0.1 the way a static host does with the build's pre-compressed files
(``page.html.gz`` for a browser that accepts gzip, like nginx ``gzip_static``), opens a
province chapter at 360×640 in Debian's headless Chromium with an empty cache, then searches
from the header's search box. Bytes are what went over the wire, as the browser counts them
(headers included). Layout shift is read from the browser's own layout-shift entries; first
paint from its paint timing, on a slow 3G phone throttled over the DevTools protocol.
Lighthouse (the npm package, pinned in benchmarks/lighthouse/) scores the same chapter.
"""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import threading
from pathlib import Path

from quanyi.web import renderer
from quanyi.web.chromium import ARGS, chromium_path

CLS = """new Promise(done => { let total = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => done(total), 500); })"""
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")  # what hosts gzip by default
# issue 14's phone: slow 3G and a CPU four times slower than this machine's
SLOW_3G = {"offline": False, "latency": 400, "downloadThroughput": 50 * 1024, "uploadThroughput": 20 * 1024}
CPU_SLOWDOWN = 4
FIRST_KB, FIRST_PAINT_S, SEARCH_KB, LIGHTHOUSE_SCORE = 40, 1.5, 300, 98
LIGHTHOUSE = Path("benchmarks") / "lighthouse"  # package.json and lock: the pinned npm package
FCP = """new Promise(done => { const get = () => performance.getEntriesByName('first-contentful-paint')[0];
  const wait = () => get() ? done(get().startTime) : setTimeout(wait, 50); wait(); })"""


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
                    ready = path.with_name(path.name + ".gz")  # made by the build (web/precompress.py)
                    cache[path] = (ready.read_bytes() if ready.is_file()
                                   else gzip.compress(path.read_bytes(), 6, mtime=0))
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
    """Issue 14's budgets (40 KB and 1.5 s first visit) and issue 4's (300 KB more for a search, no layout shift)."""
    return (result["first_kb"] <= FIRST_KB and result["first_paint_s"] <= FIRST_PAINT_S
            and result["search_kb"] <= SEARCH_KB and result["search_results"] > 0 and result["layout_shift"] == 0)


def first_paint(browser, base: str, chapter: str, runs: int = 3) -> list[float]:
    """Seconds from navigation to first contentful paint, each in a fresh throttled context."""
    times = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW_3G)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        page.goto(base + chapter, wait_until="load", timeout=60000)
        times.append(page.evaluate(FCP) / 1000)
        context.close()
    return times


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
            context.close()
            paints = first_paint(browser, base, chapter)
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return {"chapter": chapter, "query": query, "first": first, "search": search, "search_results": results,
            "first_kb": sum(n for _, n in first) / 1000, "search_kb": sum(n for _, n in search) / 1000,
            "layout_shift": shift, "first_paints": paints, "first_paint_s": statistics.median(paints)}


def report(r: dict, details: bool = False) -> str:
    paints = ", ".join(f"{t:.2f}" for t in r["first_paints"])
    lines = [f"first visit to {r['chapter']} (360x640, empty cache): {r['first_kb']:.1f} KB transferred, "
             f"{len(r['first'])} requests (budget {FIRST_KB} KB)",
             f"first paint on a slow 3G phone (400 ms latency, 50 KB/s, CPU x{CPU_SLOWDOWN}): "
             f"{r['first_paint_s']:.2f} s median of {paints} s (budget {FIRST_PAINT_S} s)",
             f"first search for {r['query']} in the header's search box: {r['search_kb']:.1f} KB more, "
             f"{len(r['search'])} requests, {r['search_results']} results shown (budget {SEARCH_KB} KB)",
             f"cumulative layout shift: {r['layout_shift']:.3f}"]
    if details:
        for phase in ("first", "search"):
            lines.append(f"\n{phase}:")
            lines += [f"  {n / 1000:7.1f} KB  {url}" for url, n in sorted(r[phase], key=lambda x: -x[1])]
    return "\n".join(lines)


class NoLighthouse(RuntimeError):
    pass


def _lighthouse_bin(root: Path) -> Path:
    """The pinned Lighthouse, installed from benchmarks/lighthouse/package-lock.json on first use.

    (``npm install``, which follows the lock file: ``npm ci`` rejects Lighthouse 12.8's own lock here.)
    """
    folder = root / LIGHTHOUSE
    binary = folder / "node_modules" / ".bin" / "lighthouse"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if not npm:
        raise NoLighthouse("Lighthouse needs Node.js and npm: sudo apt-get install -y nodejs npm")
    done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=folder,
                          capture_output=True, text=True)
    if done.returncode or not binary.exists():
        raise NoLighthouse(f"npm could not install Lighthouse in {LIGHTHOUSE}: {done.stderr.strip()[-500:]}")
    return binary


def lighthouse(root: Path, site: Path, chapter: str = "/guangdong/wages/", runs: int = 5) -> dict:
    """Lighthouse's mobile performance audit of ``chapter``, served gzipped; the median run of ``runs``."""
    binary = _lighthouse_bin(root)
    httpd = serve(site)
    url = f"http://127.0.0.1:{httpd.server_address[1]}{chapter}"
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    reports = []
    try:
        for _ in range(runs):
            done = subprocess.run(
                [str(binary), url, "--only-categories=performance", "--output=json", "--output-path=stdout",
                 "--quiet", f"--chrome-flags=--headless=new {' '.join(ARGS)}"],
                capture_output=True, text=True, env=env, timeout=300)
            if done.returncode:
                raise NoLighthouse(f"Lighthouse failed: {done.stderr.strip()[-500:]}")
            reports.append(json.loads(done.stdout))
    finally:
        httpd.shutdown()
        httpd.server_close()
    scores = [round(r["categories"]["performance"]["score"] * 100) for r in reports]
    middle = reports[scores.index(sorted(scores)[len(scores) // 2])]
    audit = middle["audits"]
    return {"chapter": chapter, "scores": scores, "score": sorted(scores)[len(scores) // 2],
            "version": middle["lighthouseVersion"],
            "metrics": {name: audit[key]["displayValue"] for name, key in (
                ("FCP", "first-contentful-paint"), ("LCP", "largest-contentful-paint"),
                ("TBT", "total-blocking-time"), ("CLS", "cumulative-layout-shift"), ("SI", "speed-index"))},
            "bytes": audit["total-byte-weight"]["numericValue"]}


def lighthouse_lines(r: dict) -> list[str]:
    metrics = ", ".join(f"{k} {v}" for k, v in r["metrics"].items())
    return [f"Lighthouse {r['version']} (mobile, simulated slow 4G, CPU x4) on {r['chapter']}: performance "
            f"{r['score']} (runs: {', '.join(map(str, r['scores']))}; budget {LIGHTHOUSE_SCORE}); {metrics}; "
            f"{r['bytes'] / 1024:.0f} KiB"]
