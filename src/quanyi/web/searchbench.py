"""``quanyi benchmark-search``: does search answer what workers type, and how fast on a cheap phone?

Quality: every query of ``benchmarks/search-queries.yml`` is typed into the header's
search box of one built edition (Guangdong by default) in Debian's headless Chromium at
360×640; a query is a hit when one of its answer sections is among the first results.
Reported: top-1 and top-3 hit rates, the share of queries with no result at all, and the
worst misses. A link to a chapter without an anchor counts as that chapter's own heading.

Speed: a fresh browser with an empty cache, throttled over the DevTools protocol to a slow
3G phone (400 ms latency, 50 KB/s down, CPU ×4), opens a chapter, opens the search and
types a query; timed inside the page from the tap on the search button until the results
are painted, and the bytes the search fetched. Later searches are timed on the same page,
from the Enter key.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from quanyi.web import renderer
from quanyi.web.chromium import ARGS, chromium_path
from quanyi.web.webbudget import CPU_SLOWDOWN, SLOW_3G, search_from_header, serve

QUERIES = Path("benchmarks") / "search-queries.yml"
# written later by someone who saw neither the engine, the word list nor the main set:
# how search does on queries nobody tuned it for
HELD_OUT = Path("benchmarks") / "search-queries-heldout.yml"
# each result's section link; a result that groups several sections (the Pagefind version
# before issue 13) gives each of them, so that the same benchmark can measure both
RESULT_LINKS = """(sel) => [...document.querySelectorAll(sel)].flatMap(li => {
  const sections = [...li.querySelectorAll('.quanyi-result__sections a')];
  const links = sections.length ? sections : [li.querySelector('.quanyi-result__title')];
  return links.map(a => a.getAttribute('href')); })"""
STATUS = renderer.SEARCH_STATUS


@dataclass
class Outcome:
    query: str
    lang: str
    kind: str
    answers: list[str]
    found: list[str] = field(default_factory=list)  # chapter#anchor of the results, in order

    def rank(self) -> int | None:
        for i, f in enumerate(self.found):
            if f in self.answers:
                return i + 1
        return None


def load_queries(root: Path, name: Path = QUERIES) -> list[dict]:
    return yaml.safe_load((root / name).read_text(encoding="utf-8"))


def section_of(href: str) -> str:
    """``/en/guangdong/wages/#pay-slips`` -> ``wages#pay-slips``; no anchor: the chapter's heading."""
    parts = urlsplit(href)
    chapter = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return f"{chapter}#{parts.fragment or chapter}"


def _results(page, query: str, previous: str) -> list[str]:
    """Wait until the status line has changed for this query, then read the result links."""
    page.wait_for_function(
        "([sel, prev]) => { const s = document.querySelector(sel); return s && s.textContent && "
        "s.textContent !== prev && !/正在搜索|Searching/.test(s.textContent); }",
        arg=[STATUS, previous], timeout=20000)
    return page.evaluate(RESULT_LINKS, renderer.SEARCH_RESULT)


@contextmanager
def _chromium(browser=None):
    """The given Playwright browser (tests share one), else a new headless Debian Chromium."""
    if browser is not None:
        yield browser
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def quality(site: Path, queries: list[dict], edition: str = "guangdong", browser=None) -> list[Outcome]:

    httpd = serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    outcomes = []
    try:
        with _chromium(browser) as chromium:
            context = chromium.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
            pages = {}
            for q in queries:
                lang = q.get("lang", "zh")
                if lang not in pages:
                    page = context.new_page()
                    page.goto(base + "/" + ("" if lang == "zh" else "en/") + f"{edition}/wages/")
                    pages[lang] = page
                page = pages[lang]
                # a marker so that two queries with the same status text are told apart
                page.evaluate(f"document.querySelector('{STATUS}').textContent = 'x'")
                search_from_header(page, str(q["q"]))
                hrefs = _results(page, str(q["q"]), "x")
                outcomes.append(Outcome(str(q["q"]), lang, q.get("kind", ""), list(q["answers"]),
                                        [section_of(h) for h in hrefs]))
            context.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return outcomes


# timed inside the page, so that the driver's own round trips to the throttled browser are not
# counted: from the tap on the search button (first search) or the Enter key (later ones) until
# the frame that shows the results has been painted
CLOCK = """(sel) => { const clock = window.__quanyiClock = {from: 0, last: 0};
  document.addEventListener('click', () => { if (!clock.from) clock.from = performance.now(); }, true);
  document.addEventListener('keydown', e => {
    if (e.key === 'Enter' && !clock.from) clock.from = performance.now(); }, true);
  const status = document.querySelector(sel);
  new MutationObserver(() => { const t = status.textContent;
    if (clock.from && t !== 'x' && !/正在搜索|Searching/.test(t)) { const from = clock.from; clock.from = 0;
      requestAnimationFrame(() => setTimeout(() => { clock.last = performance.now() - from; }, 0)); } })
    .observe(status, {childList: true, characterData: true, subtree: true}); }"""


def _clocked(page, query: str) -> float:
    """Search from the header and return the in-page time in seconds."""
    page.evaluate(f"document.querySelector('{STATUS}').textContent = 'x'")
    search_from_header(page, query)
    _results(page, query, "x")
    page.wait_for_function("window.__quanyiClock.last > 0")
    took = page.evaluate("window.__quanyiClock.last") / 1000
    page.evaluate("window.__quanyiClock.last = 0; window.__quanyiClock.from = 0")
    return took


SPEED_QUERIES = ("周末加班给多少钱", "被开除了有没有补偿", "工伤认定", "老板跑路了")


def speed(site: Path, chapter: str = "/guangdong/wages/", queries: tuple[str, ...] = SPEED_QUERIES,
          browser=None) -> dict:
    """First search on a throttled phone with an empty cache, then later searches on the same page."""

    httpd = serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    fetched: list[tuple[str, int]] = []
    try:
        with _chromium(browser) as chromium:
            context = chromium.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
            cdp.send("Network.emulateNetworkConditions", SLOW_3G)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
            page.goto(base + chapter, wait_until="networkidle", timeout=120000)  # the favicon too
            page.wait_for_timeout(500)

            def record(request):
                sizes = request.sizes()
                size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
                fetched.append((request.url.removeprefix(base), size))

            page.on("requestfinished", record)
            page.evaluate(CLOCK, STATUS)
            first = _clocked(page, queries[0])
            first_links = page.evaluate(RESULT_LINKS, renderer.SEARCH_RESULT)
            page.wait_for_timeout(300)
            later = [_clocked(page, q) for q in queries[1:]]
            # the engine's own time for a search, without the browser's typing and painting
            engine_ms = page.evaluate("""(q) => { const e = window.quanyiSearch && window.quanyiSearch.last;
                if (!e) return null; const t = performance.now(); for (let i = 0; i < 5; i++) e.search(q);
                return (performance.now() - t) / 5; }""", queries[1])
            context.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return {"chapter": chapter, "first_query": queries[0], "first_s": first, "first_results": len(first_links),
            "first_kb": sum(n for _, n in fetched) / 1000, "fetched": fetched, "later_s": later,
            "engine_ms": engine_ms}


def summary(outcomes: list[Outcome]) -> dict:
    n = len(outcomes) or 1
    top1 = sum(1 for o in outcomes if o.rank() == 1)
    top3 = sum(1 for o in outcomes if o.rank() and o.rank() <= 3)
    zero = sum(1 for o in outcomes if not o.found)
    return {"queries": len(outcomes), "top1": top1 / n, "top3": top3 / n, "zero": zero / n, "zero_n": zero,
            "by_kind": {kind: (sum(1 for o in group if o.rank() and o.rank() <= 3), len(group))
                        for kind in sorted({o.kind for o in outcomes})
                        for group in [[o for o in outcomes if o.kind == kind]]},
            "by_lang": {lang: (sum(1 for o in group if o.rank() and o.rank() <= 3), len(group))
                        for lang in sorted({o.lang for o in outcomes})
                        for group in [[o for o in outcomes if o.lang == lang]]}}


def report(outcomes: list[Outcome], fast: dict | None = None, worst: int = 15, name: Path = QUERIES) -> str:
    s = summary(outcomes)
    lines = [f"search quality: {s['queries']} queries from {name}, typed into the header's search box",
             f"  top-1 {s['top1']:.1%} (goal 85%)   top-3 {s['top3']:.1%} (goal 95%)   "
             f"no results {s['zero']:.1%} ({s['zero_n']}; goal 0)",
             "  top-3 by kind: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in s["by_kind"].items()),
             "  top-3 by language: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in s["by_lang"].items())]
    misses = sorted((o for o in outcomes if not o.rank() or o.rank() > 1), key=lambda o: -(o.rank() or 99))
    if misses:
        lines.append(f"  misses (not first; worst first, up to {worst}):")
        for o in misses[:worst]:
            got = ", ".join(o.found[:3]) or "no results"
            rank = o.rank() or "-"
            lines.append(f"    {o.query!r} ({o.lang}, {o.kind}): rank {rank}; wanted {o.answers[0]}; got {got}")
    if fast:
        lines += speed_lines(fast)
    return "\n".join(lines)


def speed_lines(fast: dict) -> list[str]:
    """The speed part of the report (also printed by ``quanyi benchmark-web``)."""
    return [f"search speed on a slow 3G phone (400 ms latency, 50 KB/s, CPU x{CPU_SLOWDOWN}), "
            f"from {fast['chapter']}:",
            f"  first search ({fast['first_query']}): {fast['first_s']:.2f} s from the tap on the search button "
            f"to {fast['first_results']} results (goal 2.5 s), {fast['first_kb']:.1f} KB fetched (goal 60 KB)",
            "    " + ", ".join(f"{url} {n / 1000:.1f} KB" for url, n in fast["fetched"]),
            "  later searches: " + ", ".join(f"{t * 1000:.0f} ms" for t in fast["later_s"])
            + " from Enter to results (goal 200 ms)"
            + (f"; the engine alone {fast['engine_ms']:.1f} ms" if fast.get("engine_ms") is not None else "")]


def meets_goals(outcomes: list[Outcome], fast: dict | None) -> bool:
    s = summary(outcomes)
    ok = s["top1"] >= 0.85 and s["top3"] >= 0.95 and s["zero_n"] == 0
    return ok and (fast is None or speed_ok(fast))


def speed_ok(fast: dict) -> bool:
    return fast["first_s"] <= 2.5 and fast["first_kb"] <= 60 and max(fast["later_s"] or [0]) <= 0.2
