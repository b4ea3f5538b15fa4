"""The one command-line entry point: ``quanyi <command>``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from quanyi.problems import ContentError, Problems
from quanyi.urls import CONFIG
from quanyi.web.chromium import NoChromium


def find_root(start: Path) -> Path:
    for path in (start, *start.parents):
        if (path / "handbooks").is_dir() and (path / CONFIG).exists():
            return path
    raise SystemExit(f"quanyi: run this inside the repository (no handbooks/ and {CONFIG} found)")


def report(problems: Problems, warnings: bool = True) -> None:
    for p in (problems.warnings if warnings else []) + problems.errors:
        print(p, file=sys.stderr)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    if n_err or n_warn:
        print(f"{n_err} error(s), {n_warn} warning(s)", file=sys.stderr)


def cmd_check(root: Path, args) -> int:
    from quanyi.checks.run import check

    problems = check(root)
    report(problems)
    return 1 if problems.errors else 0


def cmd_assemble(root: Path, args) -> int:
    from quanyi.pipeline.build import assemble_tree

    problems = Problems(root)
    assemble_tree(root, problems)
    report(problems)
    return 0


def cmd_build(root: Path, args) -> int:
    from quanyi.pipeline.build import BuildError, build_site

    problems = Problems(root)
    stats: dict = {}
    try:
        site = build_site(root, problems, stats=stats)
    except BuildError as exc:
        report(problems)
        print(exc, file=sys.stderr)
        print("The previous site/ was left as it was.", file=sys.stderr)
        return 1
    if problems.warnings:
        print(f"{len(problems.warnings)} warning(s): run 'make check' to see them", file=sys.stderr)
    made, reused = len(stats.get("pdf-made", [])), len(stats.get("pdf-reused", []))
    print(f"Built {site.relative_to(root)}/ ({made} PDF(s) made, {reused} unchanged and reused from build/cache)")
    return 0


def cmd_mark_translated(root: Path, args) -> int:
    from quanyi.content.sources import load_project
    from quanyi.content.translation import COMMAND, MarkError, find, mark, translations

    if args.all and (args.files or args.section):
        print("quanyi: --all marks every English file as a whole — give either --all, or files "
              "(and --section ID to mark only some of their sections)", file=sys.stderr)
        return 2
    if not args.all and not args.files:
        print(f"quanyi: name the English files to mark, e.g. {COMMAND} handbooks/labour-rights/en/wages.md "
              "(--section ID for one section, --all for every file)", file=sys.stderr)
        return 2
    problems = Problems(root)
    project = load_project(root, problems)
    if problems.errors:
        report(problems, warnings=False)
        print("Nothing was marked: fix the errors above first, then run the command again.", file=sys.stderr)
        return 1
    try:
        chosen, errors = (translations(project), []) if args.all else find(project, args.files, Path.cwd())
        done = mark(project, chosen, args.section, errors)
    except MarkError as exc:
        for message in exc.messages:
            print(message, file=sys.stderr)
        print("Nothing was marked.", file=sys.stderr)
        return 1
    for line in done:
        print(line)
    return 0


def cmd_new_province(root: Path, args) -> int:
    from quanyi.content.scaffold import new_province

    try:
        path = new_province(root, args.code)
    except ValueError as exc:
        print(f"quanyi: {exc}", file=sys.stderr)
        return 1
    print(f"created {path.relative_to(root)}, with the overlay folders zh/ and en/ beside it")
    return 0


def cmd_benchmark(root: Path, args) -> int:
    from quanyi.pipeline.benchmark import report, run

    print(report(run(root, full_build=not args.quick)))
    return 0


def cmd_benchmark_preview(root: Path, args) -> int:
    from quanyi.pipeline.benchmark import preview_latency, preview_report

    print(preview_report(preview_latency(root, args.editions)))
    return 0


def cmd_benchmark_web(root: Path, args) -> int:
    from quanyi.web.searchbench import speed, speed_lines, speed_ok
    from quanyi.web.webbudget import (
        LIGHTHOUSE_SCORE,
        NoLighthouse,
        lighthouse,
        lighthouse_lines,
        measure,
        report,
        within_budget,
    )

    if not (root / "site" / "index.html").exists():
        print("quanyi: build the site first (make site)", file=sys.stderr)
        return 1
    result = measure(root / "site", args.chapter, args.query)
    print(report(result, details=args.details))
    # issue 13's search budgets, on the same throttled phone as `quanyi benchmark-search`
    fast = speed(root / "site")
    print("\n".join(speed_lines(fast)))
    ok = within_budget(result) and speed_ok(fast)
    if not args.no_lighthouse:
        try:
            scored = lighthouse(root, root / "site", args.chapter)
        except NoLighthouse as exc:
            print(f"quanyi: {exc}", file=sys.stderr)
            return 1
        print("\n".join(lighthouse_lines(scored)))
        ok = ok and scored["score"] >= LIGHTHOUSE_SCORE
    return 0 if ok else 1


def cmd_benchmark_search(root: Path, args) -> int:
    from quanyi.web.searchbench import HELD_OUT, QUERIES, load_queries, meets_goals, quality, report, speed

    site = Path(args.site) if args.site else root / "site"
    if not (site / "index.html").exists():
        print("quanyi: build the site first (make site)", file=sys.stderr)
        return 1
    if not (root / QUERIES).exists():
        print(f"quanyi: {QUERIES} is missing: it holds the queries the benchmark types", file=sys.stderr)
        return 1
    outcomes = quality(site, load_queries(root), args.edition)
    fast = None if args.no_speed else speed(site, f"/{args.edition}/wages/")
    print(report(outcomes, fast, worst=args.worst))
    if (root / HELD_OUT).exists():
        print()
        print(report(quality(site, load_queries(root, HELD_OUT), args.edition), worst=args.worst, name=HELD_OUT))
    return 0 if meets_goals(outcomes, fast) else 1


def cmd_serve(root: Path, args) -> int:
    from quanyi.content.provinces import DIVISIONS
    from quanyi.pipeline.serve import serve

    unknown = [code for code in args.editions if code not in DIVISIONS]
    if unknown:
        print(f"quanyi serve: no province '{unknown[0]}' — use a code such as guangdong "
              f"(the folder name under handbooks/provinces/)", file=sys.stderr)
        return 2
    return serve(root, args.addr, set(args.editions) if args.editions else None)


def cmd_diff(root: Path, args) -> int:
    from quanyi.review import report
    from quanyi.review.diff import run
    from quanyi.review.revision import RevisionError

    try:
        result = run(root, args.base, pdfs=not args.no_pdf)
    except RevisionError as exc:
        print(f"quanyi diff: {exc}", file=sys.stderr)
        return 2
    # a report, not a check: content errors on either side are in it, and do not fail the command
    write = report.markdown if args.markdown else report.text
    sys.stdout.write(write(result, args.lines))
    return 0


def cmd_preview_artifact(root: Path, args) -> int:
    from quanyi.review.artifact import ArtifactError, make_preview

    site, out = Path(args.site), Path(args.out)
    try:
        changed = make_preview(site, out)
    except ArtifactError as exc:
        print(f"quanyi preview-artifact: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out}/ ({changed} pages with links made to work from disk): open {out}/index.html in a browser")
    return 0


def cmd_digest(root: Path, args) -> int:
    from quanyi.updates.sms import print_digest

    return print_digest(root, args.edition, args.lang, args.since)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quanyi", description="Build and check the Quanyi handbooks.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate all content and report every problem")
    sub.add_parser("assemble", help="write the assembled editions to build/docs")
    sub.add_parser("build", help="check, assemble and build the site into site/")
    mark = sub.add_parser("mark-translated", help="record that English files match their current Chinese source")
    mark.add_argument("files", nargs="*", help="English chapter or overlay files (handbooks/…/en/NAME.md)")
    mark.add_argument("--section", action="append", metavar="ID",
                      help="mark only this section of the chapters (its id, e.g. pay-slips); repeatable")
    mark.add_argument("--all", action="store_true", help="mark every English chapter and overlay")
    new = sub.add_parser("new-province", help="create a province: data file with every key, overlay folders")
    new.add_argument("code", help="pinyin code of the province, e.g. hunan")
    bench = sub.add_parser("benchmark", help="measure print speed (ours vs naive) and the full build time")
    bench.add_argument("--quick", action="store_true", help="skip the full build")
    prev = sub.add_parser("benchmark-preview", help="seconds from saving an overlay or a chapter to the preview "
                          "showing it (runs quanyi serve on a copy)")
    prev.add_argument("editions", nargs="*", metavar="PROVINCE", help="as for serve, e.g. guangdong")
    web = sub.add_parser("benchmark-web", help="page weight, first paint, layout shift and Lighthouse score on a "
                         "phone, in headless Chromium (exits 1 when over budget)")
    web.add_argument("--chapter", default="/beijing/wages/", help="the page to open first")
    web.add_argument("--query", default="拖欠工资", help="what to search for from its header")
    web.add_argument("--details", action="store_true", help="list every request and its size")
    web.add_argument("--no-lighthouse", action="store_true", help="skip the Lighthouse audit (it needs npm)")
    search = sub.add_parser("benchmark-search", help="search hit rates on benchmarks/search-queries.yml and search "
                            "speed on a throttled phone, in headless Chromium (exits 1 when a goal is missed)")
    search.add_argument("--edition", default="guangdong")
    search.add_argument("--site", help="a built site folder other than site/")
    search.add_argument("--worst", type=int, default=15, help="how many misses to list")
    search.add_argument("--no-speed", action="store_true", help="skip the throttled speed run")
    serve = sub.add_parser("serve", help="live preview that follows edits in handbooks/ and docs/")
    serve.add_argument("--addr", default="127.0.0.1:8000")
    serve.add_argument("editions", nargs="*", metavar="PROVINCE",
                       help="preview only the national edition and these provinces (faster), e.g. guangdong")
    digest = sub.add_parser("digest", help="print an edition's updates since a date as ready-to-send text messages")
    digest.add_argument("edition", help="national or a province code, e.g. beijing")
    digest.add_argument("--since", required=True, type=dt.date.fromisoformat, help="first date, YYYY-MM-DD")
    digest.add_argument("--lang", choices=("zh", "en"), default="zh")
    diff = sub.add_parser("diff", help="what the working tree changes in each edition since BASE: pages, a diff "
                          "of their text, print files and their page counts")
    diff.add_argument("base", nargs="?", help="a git revision, e.g. origin/main or HEAD~1 (default: where this "
                      "branch left main)")
    diff.add_argument("--markdown", action="store_true", help="GitHub-flavoured Markdown, for a CI job summary")
    diff.add_argument("--no-pdf", action="store_true", help="do not render the print files (seconds, not a minute)")
    diff.add_argument("--lines", type=int, default=60, help="diff lines shown per page (0: all)")
    preview = sub.add_parser("preview-artifact", help="copy the built site into a folder that works opened "
                             "from disk (file://), for a pull request's preview")
    preview.add_argument("site", nargs="?", default="site", help="the built site (default: site)")
    preview.add_argument("out", nargs="?", default="build/preview", help="where to write it (default: build/preview)")
    args = parser.parse_args(argv)
    root = find_root(Path.cwd())
    handler = {"check": cmd_check, "assemble": cmd_assemble, "build": cmd_build, "serve": cmd_serve,
               "mark-translated": cmd_mark_translated, "new-province": cmd_new_province,
               "benchmark": cmd_benchmark, "benchmark-preview": cmd_benchmark_preview,
               "benchmark-web": cmd_benchmark_web, "benchmark-search": cmd_benchmark_search, "digest": cmd_digest,
               "diff": cmd_diff, "preview-artifact": cmd_preview_artifact}
    try:
        return handler[args.command](root, args)
    except NoChromium as exc:
        print(f"quanyi: {exc}", file=sys.stderr)
        return 1
    except ContentError as exc:
        report(exc.problems)
        print("Nothing was built; the previous site/ was left as it was.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
