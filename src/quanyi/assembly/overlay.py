"""Overlays applied: a province's change to one national section, boxed and cited.

The file format and its schema are in :mod:`quanyi.content.overlays`.
"""

from __future__ import annotations

import datetime as dt
import html

from quanyi.content.markdown_file import MarkdownFile
from quanyi.content.model import Overlay, Province
from quanyi.strings import date, word

OVERLAY_ATTR = "data-overlay"


def in_force(effective: dt.date | None, lang: str) -> str:
    """「自2025年5月1日起施行」, or 「施行日期待确认」 when nobody knows the date (never 「自待确认起施行」)."""
    if effective is None:
        return word(lang, "in-force-unknown")
    return word(lang, "in-force", date=date(effective, lang))


def citation(province: Province, reg_ids: list[str], lang: str) -> str:
    parts = []
    for rid in reg_ids:
        reg = province.regulations[rid]
        if not reg.official_title:
            name = reg.name[lang]
        else:
            name = f"《{reg.name[lang]}》" if lang == "zh" else f"*{reg.name[lang]}*"
        if reg.number:
            name += f"（{reg.number}）" if lang == "zh" else f" ({reg.number})"
        name += ("，" if lang == "zh" else ", ") + in_force(reg.effective, lang)
        if reg.source:
            name = f"[{name}]({reg.source})"
        parts.append(name)
    sep = "；" if lang == "zh" else "; "
    colon = "：" if lang == "zh" else ": "
    return word(lang, "based-on") + colon + sep.join(parts)


def local_box(lines: list[str], province: Province, reg_ids: list[str], lang: str, name: str = "") -> list[str]:
    """Wrap local text in the element that marks it as a province rule, with its citation.

    ``name`` is the overlay's file name without ``.md``: the site finds the box by it (to say that
    its translation may be out of date).
    """
    label = word(lang, "local-rule", name=province.name["zh"] if lang == "zh" else province.short["en"])
    overlay = f' {OVERLAY_ATTR}="{html.escape(name)}"' if name else ""
    return [
        "",
        f'<div class="local-rule" data-province="{province.code}"{overlay} markdown="1">',
        f'<p class="local-rule-label">{label}</p>',
        "",
        *_strip(lines),
        "",
        f'<p class="local-rule-source" markdown="1">{citation(province, reg_ids, lang)}</p>',
        "",
        "</div>",
        "",
    ]


def box_name(overlay: Overlay) -> str:
    return overlay.name.removesuffix(".md")


def _strip(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def apply(md: MarkdownFile, lines: list[str], overlay: Overlay, province: Province, lang: str) -> list[str]:
    """Return ``lines`` (a chapter body) with ``overlay`` applied to its target section.

    ``md`` supplies the headings of ``lines``; callers rescan after each overlay.
    """
    heading = md.find(overlay.target)
    start, end = heading.index, md.section_end(heading)
    body = overlay.files[lang].lines
    op = overlay.operation
    if op == "remove":
        return lines[:start] + lines[end:]
    if op == "insert-after":
        content = _strip(body)
        head = []
        if content and content[0].startswith("#"):
            head, content = [content[0]], content[1:]
        block = head + local_box(content, province, overlay.regulations, lang, box_name(overlay))
        return lines[:end] + [""] + block + lines[end:]
    box = local_box(body, province, overlay.regulations, lang, box_name(overlay))
    if op == "replace":
        return lines[:start + 1] + box + lines[end:]
    if op == "prepend":
        return lines[:start + 1] + box + lines[start + 1:]
    # append: after the whole section, subsections included
    return lines[:end] + box + lines[end:]
