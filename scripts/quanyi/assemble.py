"""Assemble editions: the national text with one province's overlays and data applied.

The result is plain Markdown per chapter, shared by every renderer (site, PDF).
Nothing here knows about MkDocs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .markdown_file import scan_headings
from .model import Handbook, Project, Province
from .overlay import apply
from .variables import substitute


@dataclass
class AssembledChapter:
    slug: str
    title: str
    lines: list[str]  # Markdown body, H1 included
    local_rules: int = 0

    @property
    def markdown(self) -> str:
        return "\n".join(self.lines).strip() + "\n"


@dataclass
class Edition:
    code: str  # "national" or a province code
    lang: str
    handbook: Handbook
    province: Province | None
    chapters: list[AssembledChapter] = field(default_factory=list)

    @property
    def name(self) -> str:
        if self.province is None:
            return "全国版" if self.lang == "zh" else "National edition"
        return self.province.name[self.lang]

    @property
    def title(self) -> str:
        return self.handbook.title[self.lang]

    def rules_as_of(self) -> dt.date | None:
        """Latest effective or reviewed date of the local data and rules in this edition."""
        if self.province is None:
            return None
        dates = [d for v in self.province.values.values() for d in (v.get("effective"), v.get("reviewed")) if d]
        dates += [r.effective for r in self.province.regulations.values() if r.effective]
        return max(dates, default=None)


def assemble(project: Project, handbook: Handbook, edition: str, lang: str) -> Edition:
    province = project.provinces.get(edition)
    result = Edition(edition, lang, handbook, province)
    overlays = [ov for ov in project.overlays if ov.province == edition]
    for chapter in handbook.chapters:
        source = chapter.files[lang]
        lines = list(source.lines)
        count = 0
        ids = set(source.ids)
        for ov in overlays:
            if ov.target not in ids:
                continue
            md = type(source)(source.path, source.meta, lines, source.first_line, scan_headings(lines))
            if md.find(ov.target) is None:
                continue  # removed by an earlier overlay of the same province
            lines = apply(md, lines, ov, province, lang)
            count += ov.operation != "remove"
        lines = substitute(lines, project, province, lang)
        result.chapters.append(AssembledChapter(chapter.slug, chapter.title(lang), lines, count))
    return result


def all_editions(project: Project) -> list[Edition]:
    hb = project.web_handbook
    return [assemble(project, hb, code, lang) for code in project.editions() for lang in ("zh", "en")]
