"""The one command-line entry point: ``quanyi <command>``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .problems import ContentError, Problems


def find_root(start: Path) -> Path:
    for path in (start, *start.parents):
        if (path / "handbooks").is_dir() and (path / "mkdocs.yml").exists():
            return path
    raise SystemExit("quanyi: run this inside the repository (no handbooks/ and mkdocs.yml found)")


def report(problems: Problems) -> None:
    for p in problems.warnings + problems.errors:
        print(p, file=sys.stderr)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    if n_err or n_warn:
        print(f"{n_err} error(s), {n_warn} warning(s)", file=sys.stderr)


def cmd_check(root: Path, args) -> int:
    from .check import check

    problems = check(root)
    report(problems)
    return 1 if problems.errors else 0


def cmd_assemble(root: Path, args) -> int:
    from .site import assemble_tree

    problems = Problems(root)
    assemble_tree(root, problems)
    report(problems)
    return 0


def cmd_build(root: Path, args) -> int:
    from .site import BuildError, build_site

    problems = Problems(root)
    try:
        site = build_site(root, problems)
    except BuildError as exc:
        report(problems)
        print(exc, file=sys.stderr)
        print("The previous site/ was left as it was.", file=sys.stderr)
        return 1
    report(problems)
    print(f"Built {site.relative_to(root)}/")
    return 0


def cmd_serve(root: Path, args) -> int:
    from .serve import serve

    return serve(root, args.addr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quanyi", description="Build and check the Quanyi handbooks.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate all content and report every problem")
    sub.add_parser("assemble", help="write the assembled editions to build/docs")
    sub.add_parser("build", help="check, assemble and build the site into site/")
    serve = sub.add_parser("serve", help="live preview that follows edits in handbooks/ and docs/")
    serve.add_argument("--addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    root = find_root(Path.cwd())
    handler = {"check": cmd_check, "assemble": cmd_assemble, "build": cmd_build, "serve": cmd_serve}
    try:
        return handler[args.command](root, args)
    except ContentError as exc:
        report(exc.problems)
        print("Nothing was built; the previous site/ was left as it was.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
