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
from quanyi.strings import date

PAGE = "whats-new"
TEXT = {
    "zh": {"title": "最近更新", "national": "全国", "affects": "涉及：", "sep": "、", "none": "暂无更新。",
           "intro": "法律或标准变化时，我们在这里说明变了什么，并在同一天更新手册。最新的在最前面。",
           "feed": "订阅更新：[Atom 订阅源](feed.xml)", "updated": "更新于{date}：{title}"},
    "en": {"title": "What's new", "national": "All of China", "affects": "Affects: ", "sep": ", ",
           "none": "No updates yet.",
           "intro": "When a law or an amount changes, we say here what changed, and update the handbook "
                    "the same day. Newest first.",
           "feed": "Subscribe: [Atom feed](feed.xml)", "updated": "Updated on {date}: {title}"},
}


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
        return TEXT[lang]["national"]
    return TEXT[lang]["sep"].join(project.provinces[code].name[lang] for code in update.provinces)


def whats_new_page(project: Project, edition: Edition, head: list[str], banner: list[str]) -> str:
    """The page: ``head`` (front matter) and ``banner`` (edition switch) come from the site tree."""
    t, lang = TEXT[edition.lang], edition.lang
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
    return [f"[{TEXT[edition.lang]['title']}]({PAGE}.md)", ""]


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
            t = TEXT[edition.lang]
            text = t["updated"].format(date=date(u.date, edition.lang), title=u.title[edition.lang])
            out[h.index + 1:h.index + 1] = ["", f"[{_escape(text)}]({PAGE}.md#{u.id}){{ .updated-on }}"]
    return out


def _escape(text: str) -> str:
    """Text inside [link text]: brackets would end it early."""
    return re.sub(r"([\[\]])", r"\\\1", text)
