"""``quanyi diff BASE``: what a change does to each edition, for the person who reviews it.

BASE's sources are unpacked into a temporary folder (:mod:`quanyi.review.revision`); both it and
the working tree are loaded and assembled with our own code, no renderer needed
(:mod:`quanyi.review.pages`); then, per edition and language, the pages that changed and a diff of
their assembled Markdown (:mod:`quanyi.review.textdiff`), and the print files whose input changed,
rendered on both sides, with their page counts (:mod:`quanyi.review.prints`).
:mod:`quanyi.review.report` writes it all as plain text or as Markdown for a CI job summary.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.review import textdiff
from quanyi.review.pages import SITE, Page, Side, load_side
from quanyi.review.prints import PrintChange, compare_prints
from quanyi.review.revision import Revision, changed_sources, checkout, resolve
from quanyi.strings import LANGS


@dataclass
class PageChange:
    path: str
    title: str
    status: str  # "changed", "new" or "removed"
    hunks: list[list[str]]
    same_as: str | None = None  # a page listed earlier whose change is exactly this one

    @property
    def counts(self) -> tuple[int, int]:
        return textdiff.counts(self.hunks)


@dataclass
class EditionChange:
    code: str
    lang: str
    name: str  # 广东省, Guangdong, 全国版 …
    pages: list[PageChange] = field(default_factory=list)
    total: int = 0  # pages the edition has (in the working tree, else in BASE)
    status: str = ""  # "new", "removed", or "" for an edition on both sides
    broken: dict[str, str] = field(default_factory=dict)  # side ("base"/"head") -> why it could not be assembled


@dataclass
class Report:
    base: Revision
    sources: list[str]  # changed source files
    problems: dict[str, list[str]]  # side -> its content errors
    failures: dict[str, str]  # side -> why its sources could not be read at all
    changes: list[EditionChange]
    unchanged: list[EditionChange]
    prints: list[PrintChange] | None  # None: not compared
    seconds: dict[str, float]


def compare_pages(old: dict[str, Page], new: dict[str, Page]) -> list[PageChange]:
    """The pages that differ, in the working tree's order, then the ones it no longer has."""
    out = []
    for path in [*new, *(p for p in old if p not in new)]:
        a, b = old.get(path), new.get(path)
        if a is not None and b is not None and a.text == b.text:
            continue
        status = "changed" if a and b else "new" if b else "removed"
        blocks = textdiff.hunks(a.text if a else "", b.text if b else "")
        out.append(PageChange(path, (b or a).title, status, blocks))
    return out


def _order(keys: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Site pages, the national edition, then provinces by code; Chinese before English."""
    rank = {SITE: 0, "national": 1}
    return sorted(keys, key=lambda k: (rank.get(k[0], 2), k[0], LANGS.index(k[1]) if k[1] in LANGS else 9))


def compare(base: Side, head: Side) -> tuple[list[EditionChange], list[EditionChange]]:
    changed, unchanged = [], []
    seen: dict[tuple, str] = {}  # a change's text -> the first page it was listed on
    for key in _order(set(base.names) | set(head.names)):
        code, lang = key
        ed = EditionChange(code, lang, head.names.get(key) or base.names.get(key, code))
        for label, side in (("base", base), ("head", head)):
            if key in side.broken:
                ed.broken[label] = side.broken[key]
            elif side.failure and key not in side.pages:  # not a new or removed edition: that side has none
                ed.broken[label] = "its sources could not be read (see above)"
        old, new = base.pages.get(key), head.pages.get(key)
        ed.total = len(new or old or {})
        if old is not None and new is not None:
            ed.pages = compare_pages(old, new)
        elif not ed.broken:  # a province added or taken away: all its pages are new, or gone
            ed.status = "new" if old is None else "removed"
            ed.pages = compare_pages(old or {}, new or {})
        for page in ed.pages:
            body = (lang, page.status, textdiff.body(page.hunks))
            if page.status == "changed" and body in seen:
                page.same_as = seen[body]
            else:
                seen.setdefault(body, page.path)
        (changed if ed.pages or ed.broken or ed.status else unchanged).append(ed)
    return changed, unchanged


def run(root: Path, base_name: str | None, pdfs: bool = True, workers: int | None = None) -> Report:
    """Compare ``base_name`` (a git revision; default: where this branch left main) with the working tree."""
    start = time.perf_counter()
    revision = resolve(root, base_name)
    with checkout(root, revision) as folder:
        base = load_side(folder)
        head = load_side(root)
        changes, unchanged = compare(base, head)
        text_done = time.perf_counter()
        prints = compare_prints(base, head, root, workers) if pdfs else None
    seconds = {"text": text_done - start}
    if pdfs:
        seconds["print"] = time.perf_counter() - text_done
    sides = {"base": base, "head": head}
    return Report(revision, changed_sources(root, revision),
                  {k: [str(p) for p in s.problems.errors] for k, s in sides.items()},
                  {k: s.failure for k, s in sides.items() if s.failure}, changes, unchanged, prints, seconds)
