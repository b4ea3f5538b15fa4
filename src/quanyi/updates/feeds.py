"""Atom feeds of updates: ``<edition>/feed.xml`` and ``en/<edition>/feed.xml`` (RFC 4287).

Written into the staging tree, so the renderer copies them as static files and links to them
are checked like any other. Entry ids are ``urn:uuid:`` derived from the update's id in
the source, so they survive a change of domain and never change between builds; dates
come from the entries (never the clock), so two builds are identical.

Opened in a browser, a feed is shown as a page by one XSLT stylesheet for both languages
(``assets/feed.xsl``, made here from the string catalogue): what a feed is, its address to copy
into a feed reader, and the entries with their dates. Entry text is XHTML, so that the
stylesheet can show its links (Firefox cannot un-escape HTML inside XSLT). Browsers without
XSLT show the XML, as before.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from quanyi.assembly.assemble import Edition
from quanyi.content.model import Project
from quanyi.strings import LANGS, MONTHS, date, strings
from quanyi.updates.whatsnew import PAGE, sections, where
from quanyi.urls import FEED_STYLE, edition_path, feed_url, page_url, relative, site_url

ATOM = "http://www.w3.org/2005/Atom"
XHTML = "http://www.w3.org/1999/xhtml"
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
        _content(entry, u.text[lang].strip(), t,
                 [(f"{page_url(base, lang, code, found[sid][0])}#{sid}", found[sid][1])
                  for sid in u.sections if sid in found])
    ET.indent(feed)
    for p in feed.iter("p"):  # no indentation inside the text of an entry
        for child in p:
            if child.tail is not None and not child.tail.strip():
                child.tail = None
    style = relative(edition_path(lang, code), FEED_STYLE)  # relative: works on any host, at any depth
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{style}"?>\n' + ET.tostring(feed, encoding="unicode") + "\n")


def _content(entry: ET.Element, text: str, t: dict[str, str], links: list[tuple[str, str]]) -> None:
    """The entry's text as XHTML: a paragraph, then the sections it affects as links."""
    content = _add(entry, "content", type="xhtml")
    div = _add(content, "div", xmlns=XHTML)
    _add(div, "p", text)
    if links:
        p = _add(div, "p", t["affects"])
        for n, (href, title) in enumerate(links):
            a = _add(p, "a", title, href=href)
            if n < len(links) - 1:
                a.tail = t["sep"]


# --- the stylesheet that shows a feed as a page ------------------------------------------

def _choose(texts: dict[str, str]) -> str:
    """XSLT that writes the text in the feed's language (``$lang``); the last language is the fallback."""
    *first, last = LANGS
    whens = "".join(f"<xsl:when test=\"$lang = '{lang}'\">{texts[lang]}</xsl:when>" for lang in first)
    return f"<xsl:choose>{whens}<xsl:otherwise>{texts[last]}</xsl:otherwise></xsl:choose>"


def _say(key: str) -> str:
    return _choose({lang: escape(strings(lang, "feed")[key]) for lang in LANGS})


def _date_xpath(lang: str) -> str:
    """:func:`quanyi.strings.date` as an XPath expression over ``$y``, ``$m``, ``$d`` and ``$month``."""
    sample = date(dt.date(1999, 12, 31), lang)
    tokens = {"1999": "$y", "12": "$m", "31": "$d", MONTHS[11]: "$month"}
    parts = [tokens.get(piece) or f"'{piece}'" for piece in re.split(r"(1999|12|31|December)", sample) if piece]
    return f"concat({', '.join(parts)}, '')"


def feed_stylesheet() -> str:
    """``assets/feed.xsl``: any of our feeds, opened in a browser that applies XSLT, as a page to read."""
    months = "".join(f'<xsl:when test="$m = {n}">{name}</xsl:when>' for n, name in enumerate(MONTHS, start=1))
    dates = _choose({lang: f'<xsl:value-of select="{_date_xpath(lang)}"/>' for lang in LANGS})
    css = ("body{margin:0;font:16px/1.6 sans-serif;color:#222;background:#fff}"
           "main{max-width:40em;margin:0 auto;padding:1em}h1{font-size:1.4em;line-height:1.3;color:#7f0000}"
           "h2{font-size:1.15em;margin:1.4em 0 .4em}a{color:#a31515}"
           ".address{display:block;padding:.5em;background:#f5f5f5;border:1px solid #ddd;"
           "font:15px/1.4 monospace;overflow-wrap:anywhere;user-select:all;-webkit-user-select:all}"
           "article{border-top:1px solid #ddd;padding:.2em 0}article h3{font-size:1.05em;margin:.6em 0 .2em}"
           ".meta{margin:0;color:#555;font-size:15px}")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Made by quanyi.updates.feeds from the string catalogue (src/quanyi/strings.py): do not edit here. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="{ATOM}"
    xmlns:x="{XHTML}" exclude-result-prefixes="a x">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
<xsl:variable name="lang" select="string(/a:feed/@xml:lang)"/>
<xsl:template match="/">
<html lang="{{$lang}}">
<head>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title><xsl:value-of select="a:feed/a:title"/></title>
<style>{escape(css)}</style>
</head>
<body><main>
<h1><xsl:value-of select="a:feed/a:title"/></h1>
<p>{_say("what")}</p>
<p>{_say("how")}</p>
<p><code class="address"><xsl:value-of select="a:feed/a:link[@rel='self']/@href"/></code></p>
<p><a href="{{a:feed/a:link[@rel='alternate']/@href}}">{_say("page")}</a></p>
<h2>{_say("entries")}</h2>
<xsl:for-each select="a:feed/a:entry">
<article>
<h3><a href="{{a:link[@rel='alternate']/@href}}"><xsl:value-of select="a:title"/></a></h3>
<p class="meta"><xsl:call-template name="date"><xsl:with-param name="stamp" select="a:updated"/></xsl:call-template>
<xsl:for-each select="a:category"> · <xsl:value-of select="@label"/></xsl:for-each></p>
<xsl:apply-templates select="a:content/x:div/x:*"/>
</article>
</xsl:for-each>
<xsl:if test="not(a:feed/a:entry)"><p>{_say("none")}</p></xsl:if>
</main></body>
</html>
</xsl:template>
<xsl:template match="x:p"><p><xsl:apply-templates/></p></xsl:template>
<xsl:template match="x:a"><a href="{{@href}}"><xsl:apply-templates/></a></xsl:template>
<xsl:template match="x:*"><xsl:apply-templates/></xsl:template>
<xsl:template name="date">
<xsl:param name="stamp"/>
<xsl:variable name="y" select="substring($stamp, 1, 4)"/>
<xsl:variable name="m" select="number(substring($stamp, 6, 2))"/>
<xsl:variable name="d" select="number(substring($stamp, 9, 2))"/>
<xsl:variable name="month"><xsl:choose>{months}</xsl:choose></xsl:variable>
{dates}
</xsl:template>
</xsl:stylesheet>
"""
