"""Assemble editions: the national text with one province's overlays and data applied.

The result is plain Markdown per chapter, shared by every renderer (site, PDF).
Nothing here knows about the renderer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from quanyi.assembly.overlay import apply
from quanyi.assembly.substitute import substitute
from quanyi.content.documents import Document
from quanyi.content.markdown_file import scan_headings
from quanyi.content.model import Handbook, Project, Province
from quanyi.strings import date


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
    # the documents to fill in (handbooks/documents.yml): the same in every edition; only the site's handbook has them
    documents: list[Document] = field(default_factory=list)

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
    result = Edition(edition, lang, handbook, province, documents=list(project.documents) if handbook.web else [])
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
    if result.chapters and handbook.web:  # the leaflet carries its own, shorter note
        result.chapters[-1].lines += closing_note(result)
    return result


def closing_note(edition: Edition) -> list[str]:
    """The dated note every edition ends with: what this is, and how current it is."""
    lang, hb = edition.lang, edition.handbook
    local = edition.rules_as_of()
    if lang == "zh":
        text = [f"本手册提供一般法律信息，不是针对你个人情况的法律意见。全国规定最后核对于{date(hb.reviewed, lang)}。"]
        if local:
            text.append(f"{edition.province.name[lang]}的地方规定和数据截至{date(local, lang)}。")
        text.append("法律和标准会变化。拿不准时，请拨打 12333（人力资源和社会保障）或 12348（法律援助）核实。")
        return ["", "## 关于本版 {#edition-note}", "", "".join(text), ""]
    text = ["This handbook gives general legal information, not legal advice on your own case. "
            f"The national rules were last checked on {date(hb.reviewed, lang)}."]
    if local:
        text.append(f"{edition.province.name[lang]}'s local rules and figures are as of {date(local, lang)}.")
    text.append("Laws and amounts change. If you are unsure, call 12333 (human resources and social security) "
                "or 12348 (legal aid) to check.")
    return ["", "## About this edition {#edition-note}", "", " ".join(text), ""]


def all_editions(project: Project, handbook: Handbook | None = None) -> list[Edition]:
    """Every edition (national + provinces) in both languages, of the site's handbook by default."""
    hb = handbook or project.web_handbook
    return [assemble(project, hb, code, lang) for code in project.editions() for lang in ("zh", "en")]
