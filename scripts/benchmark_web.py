#!/usr/bin/env python3
"""Measure the web budgets of issue 4 on the built site (run `make site` first).

Not a test: it prints figures for the README. Debian's Chromium at 360×640, driven by
Playwright; the site is served gzip-compressed from 127.0.0.1, as a web host would.

    .venv/bin/python scripts/benchmark_web.py [--chapter /beijing/wages/] [--query 拖欠工资] [--details]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from quanyi.webbudget import measure, report  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--chapter", default="/beijing/wages/")
    parser.add_argument("--query", default="拖欠工资")
    parser.add_argument("--details", action="store_true", help="list every request and its size")
    args = parser.parse_args()
    if not (args.site / "index.html").exists():
        print("build the site first: make site", file=sys.stderr)
        return 1
    result = measure(args.site, args.chapter, args.query)
    print(report(result, details=args.details))
    ok = result["first_kb"] <= 100 and result["search_kb"] <= 300 and result["search_results"] > 0 \
        and result["layout_shift"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
