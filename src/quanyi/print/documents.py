"""The documents to fill in (``handbooks/documents.yml``), blank, in the handbook's appendix.

Each document opens a page that can be photocopied or cut out: its name, what it is for (in the
English handbook in English, then the Chinese text, as on the web), then the Chinese text with its
places to fill drawn for a pen:

- ``【姓名】`` becomes a line to write on, with what goes there in small print under it;
- a line that is only ``【…】`` becomes several lines, the longer its description the more (:data:`LINES`);
- ``【甲 / 乙 / 丙】`` becomes one box to tick for each choice, one under the other;
- a line starting with ``□`` is a box to tick;
- lines with ``｜`` are a table: the first its head; its last row, when it is all blanks, is repeated
  until the table has :data:`TABLE_ROWS` rows.

The ids are ``tools--<id>`` (:func:`quanyi.print.markup.anchor`), so that a chapter's link to a
document on the site's tools page (``tools.md#demand-letter``) is a link to its page here.
"""

from __future__ import annotations

import html
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.content.documents import BLANK
from quanyi.strings import strings
from quanyi.urls import DOCUMENTS_ANCHOR, TOOLS

from .markup import anchor

STYLE = Path(__file__).with_name("documents.css")
TABLE_ROWS = 8  # rows of an evidence list under its head: what fits on one page
# a line that is only a blank: how many lines to write on, by how long its description is
LINES = ((10, 2), (20, 4))  # under 10 characters 2 lines, under 20 4, else PARAGRAPH
PARAGRAPH = 14  # the facts of a case: they run onto the next page
CELL = "｜"
CHOICES = " / "


def anchors(edition: Edition) -> frozenset[str]:
    """The ids of the tools page that this handbook prints too: its documents."""
    return frozenset(d.id for d in edition.documents)


def _blank(hint: str) -> str:
    e = html.escape
    if CHOICES in hint:
        return "".join(f'<span class="choice"><span class="box"></span>{e(c.strip())}</span>'
                       for c in hint.split(CHOICES))
    # as wide as what goes there might be: a name, a date, an address
    width = min(max(3.0, 1.1 * len(hint) + 1.5), 24.0)
    small = f'<span class="hint">{e(hint)}</span>' if hint else ""
    return f'<span class="fill" style="width: {width:g}em">{small}</span>'


def _inline(line: str) -> str:
    out, last = [], 0
    for m in BLANK.finditer(line):
        out.append(html.escape(line[last:m.start()]))
        out.append(_blank(m.group(1)))
        last = m.end()
    out.append(html.escape(line[last:]))
    return "".join(out)


def _lines(hint: str) -> str:
    n = next((n for most, n in LINES if len(hint) < most), PARAGRAPH)
    # blocks, not spans in a paragraph: the lines may run onto the next page
    rules = '<div class="rule"></div>' * n
    return f'<div class="lines"><p class="hint">{html.escape(hint)}</p>{rules}</div>'


def _cell(text: str, tag: str) -> str:
    m = BLANK.fullmatch(text.strip())
    if m:
        hint = m.group(1)
        return f'<{tag} class="blank">' + (f'<span class="hint">{html.escape(hint)}</span>' if hint else "") + \
            f"</{tag}>"
    return f"<{tag}>{_inline(text.strip())}</{tag}>"


def _table(rows: list[str]) -> str:
    cells = [row.split(CELL) for row in rows]
    head, body = cells[0], cells[1:]
    if body and all(BLANK.fullmatch(c.strip()) for c in body[-1][1:]):
        # the last row is all blanks (but its number): more like it, numbered on
        last = body[-1]
        number = int(last[0]) if last[0].strip().isdigit() else None
        while len(body) < TABLE_ROWS:
            number = number + 1 if number is not None else None
            body.append([str(number) if number is not None else last[0], *last[1:]])
    rows_html = "<tr>" + "".join(_cell(c, "th") for c in head) + "</tr>"
    rows_html += "".join("<tr>" + "".join(_cell(c, "td") for c in row) + "</tr>" for row in body)
    return f'<table class="form-table">{rows_html}</table>'


def form_html(text: str) -> str:
    """One document's Chinese text as a form to fill in by hand."""
    lines = text.split("\n")
    out = [f'<p class="form-title">{_inline(lines[0])}</p>']
    gap, table = False, []
    for line in [*lines[1:], ""]:
        if CELL in line:
            table.append(line)
            continue
        if table:
            out.append(_table(table))
            table = []
        if not line.strip():
            gap = True
            continue
        cls = ["gap"] if gap else []
        cls += ["fill-line"] if BLANK.search(line) else []  # room under the line for what goes there
        gap = False
        if (m := BLANK.fullmatch(line.strip())) and CHOICES not in m.group(1):
            out.append(_lines(m.group(1)))
        elif line.startswith("□"):
            cls.append("tick-line")
            out.append(f'<p class="{" ".join(cls)}"><span class="box"></span>{_inline(line[1:].strip())}</p>')
        else:
            attr = f' class="{" ".join(cls)}"' if cls else ""
            out.append(f"<p{attr}>{_inline(line)}</p>")
    return f'<div class="form" lang="zh-CN">{"".join(out)}</div>'


def documents_html(edition: Edition, url: str) -> str:
    """The appendix of blank documents ('' when the edition has none); ``url``: the edition's tools page
    on the site, '' in a draft."""
    if not edition.documents:
        return ""
    t, e, lang = strings(edition.lang, "print"), html.escape, edition.lang
    # a page of its own that lists them, so that each document has its page to copy or cut out
    items = "".join(f'<li><a href="#{anchor(TOOLS, d.id)}">{e(d.name[lang])}</a></li>' for d in edition.documents)
    intro = f'<h1>{e(t["documents"])}</h1><p class="documents-intro">{e(t["documents-intro"])}</p>' \
            f'<ul class="documents-list">{items}</ul>'
    if url:
        intro += f'<p class="documents-intro">{e(t["documents-online"])} <span class="url">{e(url)}</span></p>'
    parts = [f'<div class="documents-start">{intro}</div>']
    for document in edition.documents:
        label = f'<p class="form-label">{e(t["document-label"])}</p>' if lang != "zh" else ""
        parts.append(f'<section class="document" id="{anchor(TOOLS, document.id)}">'
                     f'<h2>{e(document.name[lang])}</h2><p class="about">{e(document.about[lang])}</p>'
                     f"{label}{form_html(document.text)}</section>")
    return f'<section class="appendix documents" id="{DOCUMENTS_ANCHOR}">{"".join(parts)}</section>'


__all__ = ["TABLE_ROWS", "anchors", "documents_html", "form_html"]
