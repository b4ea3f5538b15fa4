"""One side of a comparison: a project's sources loaded, and every edition's pages as assembled Markdown.

The pages are what readers get, before the renderer adds its chrome: each edition's home, What's new,
chapters and (for a province) the differences page, the panels of its printed leaflet, plus the
hand-written site pages of ``docs/``.
Sources with errors are taken as far as they go: what cannot be loaded or assembled is said, in words,
and everything else is still compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.assembly.assemble import Edition, assemble
from quanyi.assembly.compare import comparison_page
from quanyi.content.model import Project
from quanyi.content.sources import load_project
from quanyi.problems import Problems
from quanyi.strings import LANGS, word
from quanyi.updates.whatsnew import PAGE as WHATS_NEW
from quanyi.updates.whatsnew import whats_new_page
from quanyi.urls import DOWNLOADS, download_name, edition_path, site_page_path
from quanyi.web.tree import edition_home

SITE = "site"  # the key of the hand-written pages, beside the editions' codes
H1 = re.compile(r"^#\s+(.*?)(?:\s*\{#[^}]*\})?\s*$")


@dataclass
class Page:
    path: str  # where it is on the site: ``guangdong/wages/``, ``en/about/``
    text: str

    @property
    def title(self) -> str:
        for line in self.text.splitlines():
            m = H1.match(line)
            if m:
                return m.group(1)
        return self.path


@dataclass
class Side:
    """Everything compared of one revision (or the working tree)."""

    root: Path
    problems: Problems
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (edition, lang) -> 广东省版, Guangdong…
    pages: dict[tuple[str, str], dict[str, Page]] = field(default_factory=dict)
    broken: dict[tuple[str, str], str] = field(default_factory=dict)  # what could not be assembled, and why
    editions: list[Edition] = field(default_factory=list)  # the site's handbook, for its PDFs
    leaflets: list[Edition] = field(default_factory=list)  # handbooks that are only printed
    failure: str | None = None  # the sources could not be read at all


def _why(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def load_side(root: Path) -> Side:
    problems = Problems(root)
    side = Side(root, problems)
    try:
        project = load_project(root, problems)
        web = project.web_handbook
    except StopIteration:
        side.failure = ("no handbook could be loaded (see the errors below), so there are no editions"
                        if problems.errors else "no handbook has 'web: true', so there are no editions")
        _site_pages(side)
        return side
    except Exception as exc:  # sources our loaders do not survive: still compare the site pages
        side.failure = f"the sources could not be read ({_why(exc)})"
        _site_pages(side)
        return side
    for code in project.editions():
        for lang in LANGS:
            try:
                edition = assemble(project, web, code, lang)
                side.pages[(code, lang)] = edition_pages(project, edition)
            except Exception as exc:  # content with errors: this edition is not compared, the others are
                side.broken[(code, lang)] = _why(exc)
                side.names[(code, lang)] = _label(project, code, lang)
                continue
            side.names[(code, lang)] = edition.name
            side.editions.append(edition)
    for hb in project.handbooks.values():
        if not hb.web:
            for code in project.editions():
                for lang in LANGS:
                    try:
                        leaflet = assemble(project, hb, code, lang)
                        side.leaflets.append(leaflet)
                        side.pages.setdefault((code, lang), {}).update(leaflet_pages(leaflet))
                    except Exception as exc:
                        side.broken[(code, lang)] = f"{hb.id}: {_why(exc)}"
    _site_pages(side)
    if problems.errors:  # the exception is only what the errors led to: point at them instead
        side.broken = {key: "because of the content errors listed above" for key in side.broken}
    return side


def _label(project: Project, code: str, lang: str) -> str:
    province = project.provinces.get(code)
    return province.name[lang] if province else word(lang, "national")


def edition_pages(project: Project, edition: Edition) -> dict[str, Page]:
    """The edition's pages in the order of its navigation."""
    code, lang = edition.code, edition.lang
    pages = [Page(edition_path(lang, code), edition_home(project, edition)),
             Page(edition_path(lang, code, WHATS_NEW), whats_new_page(project, edition, [], []))]
    pages += [Page(edition_path(lang, code, ch.slug), ch.markdown) for ch in edition.chapters]
    if edition.province:
        pages.append(Page(edition_path(lang, code, "differences"),
                          comparison_page(project, edition.province, lang)))
    return {p.path: p for p in pages}


def leaflet_pages(edition: Edition) -> dict[str, Page]:
    """A printed-only handbook's panels, named by the file they are printed in: ``downloads/…-brochure.pdf#cover``."""
    name = DOWNLOADS + download_name(edition.code, edition.lang, "brochure")
    pages = [Page(f"{name}#{ch.slug}", ch.markdown) for ch in edition.chapters]
    return {p.path: p for p in pages}


def _site_pages(side: Side) -> None:
    """``docs/<lang>/``, as written: they are the same in every edition."""
    for lang in LANGS:
        folder = side.root / "docs" / lang
        pages = {}
        for path in sorted(folder.rglob("*.md")):
            rel = path.relative_to(folder).with_suffix("").as_posix()
            page = Page(site_page_path(lang, rel.removesuffix("/index")),
                        path.read_text(encoding="utf-8-sig", errors="replace"))
            pages[page.path] = page
        if pages:
            side.pages[(SITE, lang)] = pages
            side.names[(SITE, lang)] = "网站页面" if lang == "zh" else "Site pages"
