"""The fill-in pages at the end of every handbook: an hours log, a hotline card to cut out, "my job".

A worker's own record is evidence; these pages are what US and Australian labour offices print in
their handbooks for that reason. They sit between the appendix and the back page, in this order:

    hours log | spare hours logs (0-3) | card front | card back | my job | back page

Counted from the back, "my job" is the inside back cover and the card's two sides are the two faces
of one leaf, so cutting the card out takes nothing else with it. The document is laid out with
three spare logs; :func:`keep` then says which pages to keep so that the count is a multiple of 4:
the spares fill what would be the booklet's blank pages, and no page is left blank.
"""

from __future__ import annotations

import html
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.strings import strings

from .errors import PrintError

STYLE = Path(__file__).with_name("paper.css")
SPARES = 3  # the most a count needs to reach a multiple of 4
DAYS = 31
CARD_CONTACTS = 4  # local numbers on the card; the appendix lists them all
PAGES = ("paper-log", *(f"paper-spare-{n}" for n in range(1, SPARES + 1)), "paper-card", "paper-card-back",
         "paper-job")


def _box(label: str) -> str:
    # a box drawn by the style sheet: the ballot-box characters are in neither of our fonts
    return f'<span class="tick"><span class="box"></span>{html.escape(label)}</span>'


def _log(t: dict[str, str], sid: str, spare: bool) -> str:
    # lines of blocks rather than a table: a table of 160 cells costs four times as much to lay out,
    # and the log comes up to four times in every handbook
    e = html.escape
    heads = "".join(f"<span>{e(t[k])}</span>" for k in ("log-date", "log-start", "log-end", "log-overtime",
                                                         "log-wage"))
    rows = "".join(f"<p>{d}</p>" for d in range(1, DAYS + 1))
    rules = '<span class="rule"></span>' * 4
    return (f'<section class="paper paper-log{" paper-spare" if spare else ""}" id="{sid}">'
            f'<h1>{e(t["log"])}</h1><p class="month">{e(t["log-month"])}</p>'
            f'<div class="log"><p class="head">{heads}</p>{rows}<p class="total">{e(t["log-total"])}</p>{rules}</div>'
            f'<p class="why">{e(t["log-why"])}</p></section>')


def _card_front(edition: Edition, t: dict[str, str]) -> str:
    e, lang = html.escape, edition.lang
    local = edition.province.contacts[:CARD_CONTACTS] if edition.province else []
    lines = [("12333", t["card-12333"]), ("12348", t["card-12348"])]
    lines += [(c["phone"], c["name"][lang]) for c in local]
    numbers = "".join(f'<p class="line"><strong>{e(phone)}</strong>{e(what)}</p>' for phone, what in lines)
    head = f'<p class="card-head"><span class="brand">权益 · Quanyi</span>{e(t["card-call"])}</p>'
    card = f'<div class="card">{head}{numbers}<p class="card-edition">{e(edition.name)}</p></div>'
    return (f'<section class="paper paper-card" id="paper-card"><h1>{e(t["card"])}</h1>'
            f'<p class="cut">{e(t["card-cut"])}</p>{card}{card}</section>')


def _card_back(t: dict[str, str]) -> str:
    e = html.escape
    fields = "".join(f'<p class="field">{e(t[k])}</p>' for k in ("card-name", "card-employer", "card-address"))
    card = f'<div class="card card-back"><p class="card-head">{e(t["card-tell"])}</p>{fields}</div>'
    return (f'<section class="paper paper-card-back" id="paper-card-back"><h1>{e(t["card-back"])}</h1>'
            f'<p class="cut">{e(t["card-back-cut"])}</p>{card}{card}</section>')


def _job(t: dict[str, str], note: str) -> str:
    e = html.escape
    blank = [("employer", ""), ("employer-address", ""), ("boss-phone", ""), ("start-date", t["ymd"]),
             ("agreed-wage", t["wage-units"]), ("payday", "")]
    fields = "".join(f'<dt>{e(t[k])}</dt><dd class="blank">{e(v)}</dd>' for k, v in blank)
    choices = "".join(f'<dt>{e(t[k])}</dt><dd class="choices">{"".join(_box(t[c]) for c in options)}</dd>'
                      for k, options in (("contract", ("yes", "no")), ("insurance", ("yes", "no", "not-sure"))))
    return (f'<section class="paper paper-job" id="paper-job"><h1>{e(t["job"])}</h1>'
            f'<p class="intro">{e(t["job-intro"])}</p><dl>{fields}{choices}</dl>'
            f'<p class="print-note">{e(note)}</p></section>')


def paper_html(edition: Edition) -> str:
    """The fill-in pages, with :data:`SPARES` spare logs; the booklet's printing note on the last."""
    t = strings(edition.lang, "print")
    note = strings(edition.lang, "downloads")["booklet-how"]
    logs = [_log(t, "paper-log", False), *(_log(t, f"paper-spare-{n}", True) for n in range(1, SPARES + 1))]
    return "\n".join([*logs, _card_front(edition, t), _card_back(t), _job(t, note)])


def keep(document, name: str) -> list[int]:
    """Indexes of the pages to keep: all but the spare logs the count does not need.

    Fails naming the page when a fill-in page runs onto a second one (its text is too long).
    """
    starts = {}
    for number, page in enumerate(document.pages):
        for anchor in page.anchors:
            if anchor in PAGES:
                starts.setdefault(anchor, number)
    if list(starts) != list(PAGES):
        raise PrintError(f"{name}: the fill-in pages are missing or out of order: {', '.join(starts) or 'none'}")
    ends = [*list(starts.values())[1:], len(document.pages) - 1]  # the back page follows "my job"
    long = [anchor for (anchor, start), end in zip(starts.items(), ends, strict=True) if end - start != 1]
    if long:
        raise PrintError(f"{name}: {', '.join(long)} does not fit on one page: shorten its strings in "
                         f"quanyi/strings.py or tighten quanyi/print/paper.css")
    count = len(document.pages) - SPARES
    wanted = -count % 4
    dropped = {starts[f"paper-spare-{n}"] for n in range(wanted + 1, SPARES + 1)}
    return [n for n in range(len(document.pages)) if n not in dropped]
