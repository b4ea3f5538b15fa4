"""Offline copies: one edition as a self-contained folder that works from the file system.

Opened from a phone's storage or a USB stick there is no web server, so directory links
(``../wages/``) must name ``index.html``, and nothing in the copy leads out of it: the
logo goes to the edition's home inside the copy; the province switch and the language
menu say that the copy holds this one edition; links to other editions, the site's
pages and the print files become plain text. Each page has exactly one link out, in its
footer, labelled as such: this page in the online edition. ``tel:`` links stay.

Search works too: file:// pages cannot fetch, so the edition's index and the word file
are also written as scripts (``search-index/<lang>/<edition>.js``) that
overrides/assets/quanyi-search.js loads with a ``<script>`` element.

Pages are changed by their elements (found with an HTML parser, by the classes
:mod:`quanyi.web.tree` and :mod:`quanyi.web.renderer` name), not by matching text; only
the changed spans are rewritten, the rest of each page stays byte for byte. The archive
is reproducible: sorted entries, dates from SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from quanyi.cache import Store, key
from quanyi.strings import date, strings
from quanyi.urls import FEED_STYLE, search_index_path, search_script_path, search_words_path
from quanyi.web import renderer
from quanyi.web.tree import PRINT_LINKS, SWITCH

LINKS = ("href", "src", "action")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# what the pages load by address (their styles are inside each page), and the feed's stylesheet
ASSETS = (*renderer.PAGE_ASSETS, FEED_STYLE)
# classes only the copy's pages have: the styles inlined into every page must keep their rules
ONLY, NOTE, MENU, ONLINE = "quanyi-offline-only", "quanyi-offline-note", "quanyi-offline-menu", "quanyi-online"
CLASSES = (ONLY, NOTE, MENU, ONLINE)
START = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url={target}"><title>{title}</title></head>
<body><p><a href="{target}">{title}</a></p></body></html>
"""
# where quanyi-search.js finds a search file loaded as a script: window.quanyiData[<its .json path>]
SCRIPT = '(window.quanyiData=window.quanyiData||{{}})[{key}]={data};\n'


@dataclass
class Copy:
    """What every page of one offline copy needs to know."""

    prefix: str  # the edition's folder in the copy: ``guangdong/``, ``en/guangdong/``
    inside: set[str]  # every file of the copy, site-relative
    online: str  # the public site's address, ending in ``/``
    lang: str
    name: str  # ``广东省版``, ``Guangdong edition``
    made: dt.date

    def has(self, target: str) -> bool:
        return target in self.inside or any(target.startswith(a) for a in ASSETS)


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str | None]
    start: int  # where its start tag begins and ends in the page
    open_end: int
    close_start: int | None = None  # and its end tag, when it has one
    close_end: int | None = None
    classes: set[str] = field(default_factory=set)


class _Elements(HTMLParser):
    """Every element of a page with the spans of its start and end tags."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.elements: list[_Element] = []
        self._open: list[_Element] = []
        self.feed(text)
        self.close()

    def _at(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _element(self, tag, attrs) -> _Element:
        start = self._at()
        a = dict(attrs)
        element = _Element(tag, a, start, start + len(self.get_starttag_text() or ""),
                           classes=set((a.get("class") or "").split()))
        self.elements.append(element)
        return element

    def handle_starttag(self, tag, attrs):
        element = self._element(tag, attrs)
        if tag not in VOID:
            self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_endtag(self, tag):
        start = self._at()
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                element = self._open[i]
                element.close_start, element.close_end = start, self.text.index(">", start) + 1
                del self._open[i:]
                return


def _set(tag_text: str, attr: str, value: str) -> str:
    """The start tag with one attribute's value replaced."""
    pattern = re.compile(rf'(\s{attr}\s*=\s*)("[^"]*"|\'[^\']*\'|[^\s>]+)', re.I)
    return pattern.sub(lambda m: f'{m.group(1)}"{html.escape(value)}"', tag_text, count=1)


def _text(s: str) -> str:
    return html.escape(s, quote=False)


def _resolve(base: str, link: str) -> tuple[str, str, str] | None:
    """``(target, relative path, rest)`` of a site-relative link from folder ``base``; None if it is absolute."""
    m = re.match(r"([^#?]*)(.*)", link, re.S)
    path, rest = m.group(1), m.group(2)
    if SCHEME.match(path) or path.startswith("/"):
        return None
    if not path:
        return "", "", rest  # #fragment or ?query on the page itself
    target = posixpath.normpath(posixpath.join(base, path))
    if path.endswith("/") or path in (".", "..") or not posixpath.splitext(path)[1]:
        target = posixpath.join(target, "index.html") if target != "." else "index.html"
        path = posixpath.relpath(target, base or ".")
    return target, path, rest


def _rewrite(page_html: str, here: str, copy: Copy) -> str:
    """Make the page at ``here`` (site-relative path) work offline, with no link out but the one in its footer."""
    base = posixpath.dirname(here)
    text = strings(copy.lang, "offline-copy")
    only = _text(text["only"].format(name=copy.name))
    home = posixpath.relpath(copy.prefix + "index.html", base or ".")
    online = copy.online + here.removesuffix("index.html")
    edits: list[tuple[int, int, str]] = []  # (start, end, new text), never overlapping
    replaced: list[tuple[int, int]] = []  # spans whose elements are gone: nothing inside them is edited

    def replace_inside(el: _Element, new: str, after: _Element | None = None) -> None:
        start = after.close_end if after and after.close_end else el.open_end
        if el.close_start is None:
            return
        edits.append((start, el.close_start, new))
        replaced.append((start, el.close_start))

    elements = _Elements(page_html).elements
    for el in elements:
        if el.tag == "details" and SWITCH in el.classes:
            summary = next((e for e in elements if e.tag == "summary" and el.open_end <= e.start
                            and e.close_end and el.close_start and e.close_end <= el.close_start), None)
            replace_inside(el, f'\n<p class="{ONLY}">{only}</p>\n', after=summary)
        elif el.tag == "ul" and renderer.LANGUAGE_MENU in el.classes:
            replace_inside(el, f'<li class="{renderer.LANGUAGE_ITEM} {ONLY}">{only}</li>')
        elif el.tag == "p" and PRINT_LINKS in el.classes:
            replace_inside(el, _text(text["print"]))
        elif el.tag == "div" and renderer.FOOTER_META in el.classes:
            saved = _text(text["saved"].format(date=date(copy.made, copy.lang)))
            edits.append((el.open_end, el.open_end,
                          f'<p class="{NOTE}">{saved} <a class="{ONLINE}" '
                          f'href="{html.escape(online)}">{_text(text["online"])}</a></p>'))

    for el in elements:
        if any(s <= el.start < e for s, e in replaced):
            continue
        tag_text = page_html[el.start:el.open_end]
        new = tag_text
        if el.tag == "div" and renderer.LANGUAGE_BOX in el.classes:
            new = _set(new, "class", f'{el.attrs["class"]} {MENU}')
        for attr in LINKS:
            link = el.attrs.get(attr)
            if link is None:
                continue
            if el.tag == "form" and attr == "action":
                # no search page in the copy: the script searches in place; without it, the contents
                new = _set(new, attr, home)
                continue
            if el.tag == "a" and renderer.LOGO in el.classes:
                new = _set(new, attr, home)
                continue
            if link.startswith("tel:"):
                continue
            resolved = _resolve(base, link)
            if resolved and (not resolved[0] or copy.has(resolved[0])):
                if resolved[0]:
                    new = _set(new, attr, resolved[1] + resolved[2])
                continue
            # a link out of the copy
            if el.tag == "a" and el.close_start is not None:
                address = "" if resolved or not link.startswith(("http://", "https://")) \
                    or link.startswith(copy.online) else f" ({_text(link)})"
                edits.append((el.close_start, el.close_end, f"</span>{address}"))
                new = "<span>"
            elif el.tag == "link":
                new = ""  # rel=canonical and the like: the copy is not the page online
            break
        if new != tag_text:
            edits.append((el.start, el.open_end, new))

    out, last = [], 0
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
        out += [page_html[last:start], new]
        last = end
    out.append(page_html[last:])
    return "".join(out)


def search_script(path: str, data: str) -> str:
    """A search file as a script that leaves its data where quanyi-search.js looks for it."""
    # U+2028 and U+2029 are allowed in JSON strings but end a line in older JavaScript
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return SCRIPT.format(key=json.dumps(path), data=data)


def make_offline_zip(site: Path, edition: str, lang: str, target: Path, online: str, title: str,
                     name: str | None = None, reuse: Store | None = None) -> Path:
    """The edition as a zip; ``online`` is the public site's address, ``name`` the edition's (``广东省版``).

    With ``reuse``, a zip whose every input is unchanged is copied from the earlier build.
    """
    prefix = f"{edition}/" if lang == "zh" else f"en/{edition}/"
    pages = sorted(p for p in (site / prefix).rglob("*") if p.is_file())
    searches = [search_index_path(lang, edition), search_words_path(lang)]
    inside = {p.relative_to(site).as_posix() for p in pages} | {"index.html"} | \
        {search_script_path(s) for s in searches}
    assets = sorted(p for a in ASSETS for p in ([site / a] if (site / a).is_file() else (site / a).rglob("*"))
                    if p.is_file() and not p.name.endswith(".map"))
    moment = dt.datetime.fromtimestamp(max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800),
                                       tz=dt.timezone.utc)
    stamp = moment.timetuple()[:6]
    copy = Copy(prefix, inside, online if online.endswith("/") else online + "/", lang, name or title,
                moment.date())
    folder = f"quanyi-{edition}-{lang}"
    # every input read once: the key of an earlier copy is made from the same bytes the zip holds
    sources = {p.relative_to(site).as_posix(): p.read_bytes() for p in [*pages, *assets, *(site / s for s in searches)]}

    def add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data, compresslevel=9)

    def make() -> None:
        files: dict[str, bytes] = {"index.html": START.format(lang=lang, target=f"{prefix}index.html",
                                                              title=title).encode()}
        for path in pages:
            rel = path.relative_to(site).as_posix()
            data = sources[rel]
            files[rel] = _rewrite(data.decode("utf-8"), rel, copy).encode("utf-8") if path.suffix == ".html" else data
        for path in assets:
            files[path.relative_to(site).as_posix()] = sources[path.relative_to(site).as_posix()]
        for search in searches:
            files[search_script_path(search)] = search_script(search, sources[search].decode("utf-8")).encode()
        with zipfile.ZipFile(target, "w") as zf:
            for rel in sorted(files):
                add(zf, rel, files[rel])

    if reuse:
        entry = key("offline", edition, lang, online, title, name or "", str(stamp),
                    *(f"{rel}\0".encode() + data for rel, data in sources.items()), layer="web")
        reuse.reuse_or_make(entry, {target.name: target}, make)
    else:
        make()
    return target


# --- the whole site from disk (the preview artifact of a pull request) ------------------------------------

REFRESH = re.compile(r"(\s*\d+\s*;\s*url\s*=\s*)(.*)", re.I | re.S)


def _from_disk(base: str, link: str) -> str | None:
    """``link`` on a page in folder ``base`` as it must be from disk; None when it stays as it is."""
    if link.startswith("/") and not link.startswith("//"):
        link = ("../" * (base.count("/") + 1) if base else "./") + link[1:]  # site-absolute, made relative
    resolved = _resolve(base, link)
    if resolved is None or not resolved[0]:
        return None
    return resolved[1] + resolved[2]


def file_links(page_html: str, here: str) -> str:
    """The page at site path ``here`` with every link inside the site working from disk (file://).

    Without a web server a folder does not open its ``index.html``, and ``/`` is the disk's root:
    directory links (``../``, ``/guangdong/pay/``) become relative links to ``index.html``, and so
    does the address of a page that forwards (``<meta http-equiv="refresh">``). Links to other
    sites, ``tel:`` and ``#anchors`` stay; nothing else in the page changes.
    """
    base = posixpath.dirname(here)
    edits: list[tuple[int, int, str]] = []
    for el in _Elements(page_html).elements:
        tag_text = page_html[el.start:el.open_end]
        new = tag_text
        for attr in LINKS:
            link = el.attrs.get(attr)
            fixed = _from_disk(base, link) if link else None
            if fixed is not None and fixed != link:
                new = _set(new, attr, fixed)
        if el.tag == "meta" and (el.attrs.get("http-equiv") or "").lower() == "refresh":
            m = REFRESH.match(el.attrs.get("content") or "")
            fixed = _from_disk(base, m.group(2).strip()) if m else None
            if fixed is not None:
                new = _set(new, "content", m.group(1) + fixed)
        if new != tag_text:
            edits.append((el.start, el.open_end, new))
    out, last = [], 0
    for start, end, new in edits:
        out += [page_html[last:start], new]
        last = end
    out.append(page_html[last:])
    return "".join(out)
