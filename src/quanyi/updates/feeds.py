"""Atom feeds of updates: ``<edition>/feed.xml`` and ``en/<edition>/feed.xml`` (RFC 4287).

Written into the staging tree, so the renderer copies them as static files and links to them
are checked like any other. Entry ids are ``urn:uuid:`` derived from the update's id in
the source, so they survive a change of domain and never change between builds; dates
come from the entries (never the clock), so two builds are identical.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
import xml.etree.ElementTree as ET

from quanyi.assembly.assemble import Edition
from quanyi.content.model import Project
from quanyi.strings import strings
from quanyi.updates.whatsnew import PAGE, sections, where
from quanyi.urls import feed_url, page_url, site_url

ATOM = "http://www.w3.org/2005/Atom"
# Fixed forever: every entry and feed id is derived from it.
NAMESPACE = uuid.UUID("5b7e2c1a-3f4d-5e6a-9b8c-0d1e2f3a4b5c")
CHINA = dt.timezone(dt.timedelta(hours=8))  # dates in the source are Beijing dates


def entry_id(update_id: str, lang: str) -> str:
    # zh and en entries differ in content, so each language has its own id; editions share it
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'update/{lang}/{update_id}')}"


def feed_id(edition: str, lang: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'feed/{lang}/{edition}')}"


def _stamp(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(), CHINA).isoformat()


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    el.text = text
    return el


def atom_feed(project: Project, edition: Edition, base: str | None = None) -> str:
    base = base or site_url(project.root)
    lang, code, t = edition.lang, edition.code, strings(edition.lang, "whatsnew")
    updates = project.updates_for(code)
    page = page_url(base, lang, code, PAGE)
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": lang})
    _add(feed, "id", feed_id(code, lang))
    _add(feed, "title", f"{edition.title} · {edition.name} · {t['title']}")
    # no update yet: the national text's review date stands in, still never the clock
    _add(feed, "updated", _stamp(max((u.date for u in updates), default=edition.handbook.reviewed)))
    _add(feed, "link", rel="self", type="application/atom+xml", href=feed_url(base, lang, code))
    _add(feed, "link", rel="alternate", type="text/html", href=page)
    author = _add(feed, "author")
    _add(author, "name", "权益 Quanyi")
    found = sections(edition)
    for u in updates:
        entry = _add(feed, "entry")
        _add(entry, "id", entry_id(u.id, lang))
        _add(entry, "title", u.title[lang])
        _add(entry, "updated", _stamp(u.date))
        _add(entry, "published", _stamp(u.date))
        _add(entry, "link", rel="alternate", type="text/html", href=f"{page}#{u.id}")
        for term in u.provinces or ["national"]:
            _add(entry, "category", term=term, label=where(project, u, lang) if u.national else
                 project.provinces[term].name[lang])
        links = [f'<a href="{html.escape(page_url(base, lang, code, found[sid][0]))}#{sid}">'
                 f"{html.escape(found[sid][1])}</a>" for sid in u.sections if sid in found]
        body = f"<p>{html.escape(u.text[lang].strip())}</p>"
        if links:
            body += f"<p>{html.escape(t['affects'])}{t['sep'].join(links)}</p>"
        _add(entry, "content", body, type="html")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
