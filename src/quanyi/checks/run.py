"""``quanyi check``: every validation of the sources, reported at once.

The same checks run first in every build, so a build never publishes what the
checker would refuse.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from quanyi.assembly.assemble import all_editions
from quanyi.checks.citations import Statutes, check_citations
from quanyi.checks.links import check_links
from quanyi.checks.safety import check_file
from quanyi.checks.searchwords import check_search_words
from quanyi.content.markdown_file import read
from quanyi.content.model import Project
from quanyi.content.provinces import data_warnings
from quanyi.content.sources import load_project
from quanyi.content.translation import check_drift
from quanyi.problems import Problems
from quanyi.strings import LANGS
from quanyi.updates.sms import check_messages
from quanyi.urls import (
    CALCULATORS,
    CONFIG,
    DOCUMENTS_ANCHOR,
    ENV,
    PLACEHOLDER,
    TOOLS,
    configured_site_url,
    is_placeholder,
    site_url,
)


def load_checked(root: Path, problems: Problems, today: dt.date | None = None) -> Project:
    """Load the project and run every check; errors and warnings land in ``problems``."""
    project = load_project(root, problems)
    today = today or dt.date.today()
    labels = {v.id: v.label for v in project.values.values()}
    for province in project.provinces.values():
        data_warnings(province, today, problems, labels)
    _check_site_page_twins(root, problems)
    _check_site_url(root, problems)
    for lang in LANGS:
        _check_pages(project, lang, problems)
    _check_unloaded(project, problems)
    check_drift(project, problems)
    check_messages(project, problems)
    check_search_words(project, problems)
    statutes = statutes_folder(root)
    missing = Statutes.problem_with(statutes)
    if missing:
        problems.error(statutes / Statutes.INDEX, 1, f"the statute texts cannot be read: {missing}, so no citation "
                       "can be checked", "restore reference/statutes/ from the repository "
                       "(git checkout -- reference/statutes)")
    else:
        documents = [part for document in project.documents for part in document.texts()]
        check_citations(_all_markdown(project) + documents, Statutes(statutes), problems, local_titles(project))
    if not problems.errors:
        all_editions(project)  # assembly itself must succeed too
    return project


def _check_site_page_twins(root: Path, problems: Problems) -> None:
    """Hand-written site pages exist in both languages: the renderer would silently drop the missing one."""
    trees = {lang: {p.relative_to(root / "docs" / lang).as_posix()
                    for p in (root / "docs" / lang).rglob("*") if p.is_file()} for lang in LANGS}
    for lang in LANGS:
        for other in LANGS:
            for rel in sorted(trees[lang] - trees[other]):
                problems.error(root / "docs" / lang / rel, 1, f"site page has no {other} twin docs/{other}/{rel}",
                               f"create docs/{other}/{rel} (every page exists in zh and en)")


def _check_site_url(root: Path, problems: Problems) -> None:
    """A placeholder address is fine for previews but not for anything printed or sent."""
    url, line = configured_site_url(root)
    if os.environ.get(ENV):
        url, where = site_url(root), f"{ENV} is a placeholder"
    else:
        where = "site_url is a placeholder" if url else "site_url is not set"
    if url is None or is_placeholder(url):
        problems.warning(root / CONFIG, line or 1, f"{where} ({url or PLACEHOLDER}): every PDF is stamped as a "
                         "draft (样稿 · 请勿印发 / DRAFT) and has no QR code, and the feeds and text-message links "
                         "point to it",
                         f"set the real public address in one step: write `site_url: https://your.address/` "
                         f"{'on this line' if line else 'into ' + CONFIG}, or build with "
                         f"`{ENV}=https://your.address/ make site`")


def statutes_folder(root: Path) -> Path:
    """The statute corpus citations are checked against: ``reference/statutes`` (or ``$QUANYI_STATUTES``)."""
    env = os.environ.get("QUANYI_STATUTES")
    return Path(env) if env else root / "reference" / "statutes"


def local_titles(project: Project) -> dict[str, str]:
    """zh → en official titles of the regulations the provinces declare: text may cite their articles."""
    return {reg.name["zh"]: reg.name["en"] for province in project.provinces.values()
            for reg in province.regulations.values() if reg.official_title}


def _all_markdown(project: Project) -> list:
    files = [md for hb in project.handbooks.values() for ch in hb.chapters for md in ch.files.values()]
    files += [md for ov in project.overlays for md in ov.files.values()]
    return files


def _check_unloaded(project: Project, problems: Problems) -> None:
    """Unsafe HTML in Markdown files the project could not take in (a missing twin, not in the manifest).

    Their other mistakes are already reported; a <script> in them must be too, so that fixing those
    never reveals a new error: every problem is reported at once.
    """
    loaded = {md.path.resolve() for md in _all_markdown(project)}
    for path in sorted((project.root / "handbooks").rglob("*.md")):
        if path.resolve() not in loaded and not path.is_symlink():
            md = read(path, Problems(project.root))  # its reading problems were reported when it was loaded
            if md:
                check_file(md, problems)


def _check_pages(project: Project, lang: str, problems: Problems) -> None:
    """Unsafe HTML and broken internal links, in chapters, overlays and site pages."""
    pages: dict[str, set[str]] = {}
    files = []  # (markdown file, the page it is published as)
    hb = next((h for h in project.handbooks.values() if h.web), None)
    extra_ids: dict[str, set[str]] = {}
    for ov in project.overlays:
        for h in ov.files[lang].headings:
            if h.id:
                extra_ids.setdefault(ov.target, set()).add(h.id)
    for handbook in project.handbooks.values():
        for ch in handbook.chapters:
            md = ch.files[lang]
            here = f"national/{ch.slug}.md" if handbook is hb else f"{handbook.id}/{ch.slug}.md"
            ids = set(md.ids)
            for target in list(ids):
                ids |= extra_ids.get(target, set())
            pages[here] = ids
            files.append((md, here))
    if hb is not None:
        pages["national/index.md"] = set()
        chapter_of = {sid: f"national/{ch.slug}.md" for ch in hb.chapters for sid in ch.files[lang].ids}
        for ov in project.overlays:
            files.append((ov.files[lang], chapter_of.get(ov.target, "national/index.md")))
    site = project.root / "docs" / lang
    for path in sorted(site.rglob("*.md")):
        md = read(path, problems)
        if md:
            rel = path.relative_to(site).as_posix()
            pages[rel] = set(md.ids)
            files.append((md, rel))
    if hb is not None:
        # every edition's calculators and documents (web/tools.py writes the page; its anchors are fixed)
        pages[f"national/{TOOLS}.md"] = {*CALCULATORS, DOCUMENTS_ANCHOR, *(d.id for d in project.documents)}
    for code in project.editions():
        if code != "national":
            pages[f"{code}/index.md"] = set()
            for ch in (hb.chapters if hb else []):
                pages[f"{code}/{ch.slug}.md"] = pages[f"national/{ch.slug}.md"]
            if hb is not None:
                pages[f"{code}/{TOOLS}.md"] = pages[f"national/{TOOLS}.md"]
    for md, here in files:
        check_file(md, problems)
        check_links(md, pages, here, problems)


def check(root: Path, today: dt.date | None = None) -> Problems:
    problems = Problems(root)
    load_checked(root, problems, today)
    return problems
