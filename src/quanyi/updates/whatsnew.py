"""Updates on the site: each edition's "What's new" page and "updated on" notes on handbook pages.

National updates appear in every edition, a province's only in its own; newest first.
Links go to the sections as they are in that edition (a section an overlay removed is
not linked), so every anchor exists.
"""

from __future__ import annotations

import re

from quanyi.assembly.assemble import Edition
from quanyi.content.markdown_file import scan_headings
from quanyi.content.model import Project, Update
from quanyi.strings import date, strings

PAGE = "whats-new"


def sections(edition: Edition) -> dict[str, tuple[str, str]]:
    """Section id -> (chapter slug, heading title) in the assembled edition."""
    found = {}
    for ch in edition.chapters:
        for h in scan_headings(ch.lines):
            if h.id:
                found.setdefault(h.id, (ch.slug, h.title))
    return found


def where(project: Project, update: Update, lang: str) -> str:
    if update.national:
        return strings(lang, "whatsnew")["national"]
    return strings(lang, "whatsnew")["sep"].join(project.provinces[code].name[lang] for code in update.provinces)


def whats_new_page(project: Project, edition: Edition, head: list[str], banner: list[str]) -> str:
    """The page: ``head`` (front matter) and ``banner`` (edition switch) come from the site tree."""
    t, lang = strings(edition.lang, "whatsnew"), edition.lang
    lines = [*head, f"# {t['title']} · {edition.name}", "", *banner, t["intro"], "", t["feed"], ""]
    found = sections(edition)
    updates = project.updates_for(edition.code)
    for u in updates:
        lines += [f"## {u.title[lang]} {{#{u.id}}}", "", f"**{date(u.date, lang)}** · {where(project, u, lang)}",
                  "", u.text[lang].strip(), ""]
        links = [f"[{_escape(found[sid][1])}]({found[sid][0]}.md#{sid})" for sid in u.sections if sid in found]
        if links:
            lines += [t["affects"] + t["sep"].join(links), ""]
    if not updates:
        lines += [t["none"], ""]
    return "\n".join(lines).strip() + "\n"


def home_link(edition: Edition) -> list[str]:
    """A line for the edition's home page."""
    return [f"[{strings(edition.lang, 'whatsnew')['title']}]({PAGE}.md){{ .quanyi-more }}", ""]


def mark_updated(project: Project, edition: Edition, lines: list[str]) -> list[str]:
    """Under each section an update affects: "updated on <date>" linking to the entry (the newest one)."""
    latest: dict[str, Update] = {}
    for u in project.updates_for(edition.code):  # newest first
        for sid in u.sections:
            latest.setdefault(sid, u)
    out = list(lines)
    for h in sorted(scan_headings(lines), key=lambda h: h.index, reverse=True):
        u = latest.get(h.id or "")
        if u:
            t = strings(edition.lang, "whatsnew")
            text = t["updated"].format(date=date(u.date, edition.lang), title=u.title[edition.lang])
            out[h.index + 1:h.index + 1] = ["", f"[{_escape(text)}]({PAGE}.md#{u.id}){{ .updated-on }}"]
    return out


def _escape(text: str) -> str:
    """Text inside [link text]: brackets would end it early."""
    return re.sub(r"([\[\]])", r"\\\1", text)
