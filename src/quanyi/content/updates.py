"""Legal updates: ``handbooks/updates.yml``, loaded into :class:`~quanyi.content.model.Update` and checked.

One entry per change, keyed by a stable id::

    beijing-minimum-wage-2025:
      date: 2025-09-01            # the day the change takes effect
      applies-to: [beijing]       # or: national (shown in every edition)
      sections: [minimum-wage]    # section ids it affects; their pages say "updated on"
      values: [minimum-wage]      # province data it changes (province entries only)
      title: {zh: …, en: …}
      text: {zh: …, en: …}        # plain sentences; stations send them as text messages

The id is part of every link to the entry (page anchor, feed entry id, short link), so
it never changes once published. Province data and updates are kept in step: a value
in force from a date needs an entry of that date naming it, and an entry never runs
ahead of the data (see :func:`check_consistency`).
"""

from __future__ import annotations

import re
from pathlib import Path

from quanyi.content import schema as s
from quanyi.content.markdown_file import VALID_ID
from quanyi.content.model import Project, Update
from quanyi.content.provinces import DIVISIONS
from quanyi.content.yamlfile import Located, load
from quanyi.problems import Problems
from quanyi.strings import LANGS
from quanyi.urls import short_key

FILE = "updates.yml"  # in handbooks/
NOT_PLAIN = re.compile(r"<|\]\(")  # raw HTML, Markdown links
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


class AppliesTo(s.Rule):
    description = "'national' or a list of province codes"

    def check(self, value, key, ctx):
        if value == "national":
            return
        if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
            return
        ctx.error(key, f"'{'.'.join(map(str, key))}' must be 'national' or a list of province codes, "
                  f"found {value!r}", "write 'applies-to: national' or e.g. 'applies-to: [beijing]'")


ENTRY = s.Map({
    "date": s.Field(s.Date()),
    "applies-to": s.Field(AppliesTo()),
    "sections": s.Field(s.List(s.Str(), min_items=1)),
    "values": s.Field(s.List(s.Str()), required=False),
    "title": s.Field(s.lang_text()),
    "text": s.Field(s.lang_text()),
}, description="an update")

UPDATES = s.DictOf(ENTRY)


def load_updates(root: Path, project: Project, problems: Problems) -> list[Update]:
    """The updates of ``handbooks/updates.yml``, newest first; a project without the file has none."""
    path = root / "handbooks" / FILE
    updates: list[Update] = []
    doc = Located({}, {}, path)
    if path.exists():
        doc = load(path, problems)
        if doc is None or not isinstance(doc.data or {}, dict):
            if doc is not None:
                s.validate(UPDATES, doc, problems)
            return []
        for uid, entry in (doc.data or {}).items():
            # entry by entry, so that one entry's mistake does not hide the others'
            before = len(problems.errors)
            ENTRY.check(entry, (uid,), s.Ctx(doc, problems))
            update = _entry(uid, entry, doc, project, problems) if len(problems.errors) == before else None
            if update:
                updates.append(update)
        _check_short_keys(project, updates, path, problems)
    # sorted() is stable: entries of one day keep the order of the file
    updates = sorted(updates, key=lambda u: u.date, reverse=True)
    check_consistency(project, updates, doc, problems)
    return updates


def _entry(uid, entry: dict, doc: Located, project: Project, problems: Problems) -> Update | None:
    path, before = doc.path, len(problems.errors)
    if not isinstance(uid, str) or not VALID_ID.match(uid):
        problems.error(path, doc.line((uid,)), f"update id '{uid}' is not valid",
                       "use lower-case latin letters, digits and hyphens, e.g. beijing-minimum-wage-2025")
    if entry["date"] is None and re.search(r":\s*(null|~)?\s*(#.*)?$", _source_line(doc, (uid, "date"))):
        problems.error(path, doc.line((uid, "date")), f"update '{uid}' has no date",
                       "write the day the change takes effect, e.g. date: 2025-09-01")
    applies = entry["applies-to"]
    provinces = [] if applies == "national" else list(applies)
    unloaded = False
    for i, code in enumerate(provinces):
        if code in project.provinces:
            continue
        if any(re.match(r"handbooks/provinces/[^/]+(/province\.yml)?$", p.path) for p in problems.errors):
            unloaded = True  # a province did not load (its errors say why): this code may be that one
        elif code in DIVISIONS:
            problems.error(path, doc.line((uid, "applies-to", i)), f"province '{code}' has no edition yet",
                           f"create it with: .venv/bin/quanyi new-province {code}, or remove '{code}'")
        else:
            problems.error(path, doc.line((uid, "applies-to", i)), f"'{code}' is not a province with an edition",
                           f"use 'national' or some of: {', '.join(sorted(project.provinces))}")
    known = _section_ids(project, provinces, problems)
    for i, sid in enumerate(entry["sections"]):
        if known is not None and sid not in known:
            problems.error(path, doc.line((uid, "sections", i)), f"section '{sid}' is not a section id of the handbook",
                           "use the {#id} of a section heading, e.g. minimum-wage")
    values = list(entry.get("values") or [])
    for i, vid in enumerate(values):
        if vid not in project.values:
            problems.error(path, doc.line((uid, "values", i)), f"'{vid}' is not a province data value",
                           f"use one of: {', '.join(sorted(project.values))}")
    if values and not provinces:
        problems.error(path, doc.line((uid, "values")), f"update '{uid}' names province data but applies to all "
                       "of China", "tag the provinces whose data changed, e.g. applies-to: [beijing]")
    for field in ("title", "text"):
        for lang in LANGS:
            if NOT_PLAIN.search(entry[field][lang]):
                problems.error(path, doc.line((uid, field, lang)),
                               f"'{uid}.{field}.{lang}' must be plain sentences (no HTML, no Markdown links)",
                               "remove them: the affected sections are linked for you")
    figures = {lang: _figures(entry["title"][lang] + " " + entry["text"][lang]) for lang in LANGS}
    if figures["zh"] != figures["en"]:
        shown = "; ".join(f"{lang}: {', '.join(sorted(figures[lang])) or 'none'}" for lang in LANGS)
        problems.warning(path, doc.line((uid, "text", "en")), f"update '{uid}' gives different figures in zh and en "
                         f"({shown})", "make both languages give the same amounts and years")
    if len(problems.errors) > before or entry["date"] is None or unloaded:
        return None
    return Update(uid, entry["date"], provinces, list(entry["sections"]), values,
                  entry["title"], entry["text"], doc.line((uid,)))


def _source_line(doc: Located, key: tuple) -> str:
    lines = doc.path.read_text(encoding="utf-8-sig").splitlines()
    n = doc.line(key)
    return lines[n - 1] if 0 < n <= len(lines) else ""


def _figures(text: str) -> set[str]:
    """Amounts and years: numbers of three or more digits, or with decimals (not days or months)."""
    found = {m.replace(",", "") for m in FIGURE.findall(text)}
    return {f for f in found if "." in f or len(f) >= 3}


def _section_ids(project: Project, provinces: list[str], problems: Problems) -> set[str] | None:
    """Ids an update may name; None when the handbook did not load whole (its errors say why)."""
    hb = next((h for h in project.handbooks.values() if h.web), None)
    if hb is None or any(p.path.startswith(problems.rel(hb.path) + "/") for p in problems.errors):
        return None  # a chapter that failed to load would make every one of its ids look unknown
    ids = {sid for ch in hb.chapters for sid in ch.files["zh"].ids}
    for ov in project.overlays:  # sections a province adds with insert-after
        if ov.province in provinces:
            ids |= {h.id for h in ov.files["zh"].headings if h.id}
    return ids


def check_consistency(project: Project, updates: list[Update], doc: Located, problems: Problems) -> None:
    """Province data and updates in step: the rule is on the ``date`` of an entry.

    - A confirmed value in force from D needs an entry tagged with its province, naming
      the value under ``values:``, dated D (the day the change takes effect).
    - An entry naming a value and dated later than the value's ``effective`` (or naming a
      value with no date) means province.yml was not updated the same day.
    """
    for code, prov in project.provinces.items():
        for vid, value in prov.values.items():
            effective = value.get("effective")
            if value.get("status") != "confirmed" or effective is None:
                continue  # nothing confirmed to announce
            if not any(code in u.provinces and vid in u.values and u.date == effective for u in updates):
                problems.warning(prov.path, prov.line("values", vid, "effective"),
                                 f"'{vid}' is in force from {effective}, but no update in handbooks/{FILE} "
                                 "announces it",
                                 f"add an update with 'date: {effective}', 'applies-to: [{code}]' and "
                                 f"'values: [{vid}]'")
    for u in updates:
        for i, vid in enumerate(u.values):
            for code in u.provinces:
                prov = project.provinces[code]
                effective = (prov.values.get(vid) or {}).get("effective")
                if effective is None or u.date > effective:
                    problems.warning(doc.path, doc.line((u.id, "values", i)),
                                     f"update '{u.id}' announces a new '{vid}' from {u.date}, but "
                                     f"{problems.rel(prov.path)} gives figures in force from "
                                     f"{effective or 'an unknown date'}",
                                     f"update '{vid}' there the same day (figures, 'effective: {u.date}', "
                                     "'reviewed')")


def _check_short_keys(project: Project, updates: list[Update], path: Path, problems: Problems) -> None:
    seen: dict[str, Update] = {}
    for u in updates:
        for code in project.editions():
            if not u.applies_to(code):
                continue
            key = short_key(code, u.id)
            other = seen.setdefault(key, u)
            if other is not u:
                problems.error(path, u.line, f"update '{u.id}' gets the same short link as '{other.id}' "
                               f"(/u/{key}/)", "give the newer of the two another id")
