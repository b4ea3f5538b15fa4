"""Assembled Markdown to HTML for print, with python-markdown (the site's extensions, no renderer).

All chapters end up in one document, so ids get the chapter as a prefix and links between
chapters (``disputes.md#arbitration``) become links inside the PDF, which the style sheet
follows with the page number. A link to a page only the site has (the calculators,
``tools.md#overtime``) prints that page's address after its words; a part of such a page that
the PDF carries too (a document in the appendix, ``tools.md#demand-letter``) is linked there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

EXTENSIONS = ["attr_list", "md_in_html", "tables"]
CHAPTER_LINK = re.compile(r"^([a-z0-9-]+)\.md(?:#([\w-]+))?$")


def anchor(slug: str, sid: str | None = None) -> str:
    return f"ch-{slug}" if sid is None else f"{slug}--{sid}"


@dataclass(frozen=True)
class WebPage:
    """A page only the site has, as a PDF points to it: its address ('' in a draft, which has none) and the
    ids of its parts that the PDF prints too (``anchor(page, id)`` in the document)."""

    url: str
    printed: frozenset[str] = frozenset()


class _Links(Treeprocessor):
    def __init__(self, md, slug: str, slugs: set[str], web: dict[str, WebPage], lang: str):
        super().__init__(md)
        self.slug, self.slugs, self.web, self.lang = slug, slugs, web, lang

    @staticmethod
    def _xref(el: etree.Element, target: str) -> None:
        # the section's title in quotes, its page from the style sheet: "见第 18 页“马上辞职”",
        # never a bracket inside the sentence's own brackets
        el.set("href", "#" + target)
        el.set("class", "xref")
        if len(el):
            el[-1].tail = (el[-1].tail or "") + "”"
        else:
            el.text = (el.text or "") + "”"
        el.text = "“" + (el.text or "")

    def _link(self, el: etree.Element) -> None:
        href = el.get("href")
        if href.startswith("#"):
            self._xref(el, anchor(self.slug, href[1:]))
        elif (m := CHAPTER_LINK.match(href)) and m.group(1) in self.slugs:
            self._xref(el, anchor(m.group(1), m.group(2)))
        elif m and m.group(1) in self.web:
            self._web(el, m.group(1), m.group(2))
        elif href.startswith(("http://", "https://")):
            # on paper the address must be visible; the style sheet prints it after the text
            if (el.text or "").strip() != href:
                el.set("class", "external")
        else:
            # a site-only page (e.g. ../differences.md) has no place in the PDF: keep the words
            el.tag = "span"
            el.attrib.pop("href")

    def _web(self, el: etree.Element, page: str, sid: str | None) -> None:
        target = self.web[page]
        if sid and sid in target.printed:
            self._xref(el, anchor(page, sid))
        elif target.url:
            # the words stay a link, to the page on the site; its address follows in brackets, to be typed
            el.set("href", target.url + (f"#{sid}" if sid else ""))
            el.set("class", "web-page")
            after = f"（{target.url}）" if self.lang == "zh" else f" ({target.url})"
            url = etree.Element("span", {"class": "url"})
            url.text, url.tail, el.tail = after, el.tail, ""
            parent = self.parents[el]
            parent.insert(list(parent).index(el) + 1, url)
        else:
            # a draft has no address yet: the words say it is on the website
            el.tag = "span"
            el.attrib.pop("href")

    def run(self, root: etree.Element) -> None:
        self.parents = {child: parent for parent in root.iter() for child in parent}
        for el in list(root.iter()):
            if "id" in el.attrib:
                el.set("id", anchor(self.slug, el.get("id")))
            if el.tag == "a" and "href" in el.attrib:
                self._link(el)


class _PrintLinks(Extension):
    def __init__(self, slug: str, slugs: set[str], web: dict[str, WebPage], lang: str):
        super().__init__()
        self.slug, self.slugs, self.web, self.lang = slug, slugs, web, lang

    def extendMarkdown(self, md) -> None:  # noqa: N802 (python-markdown's name)
        md.treeprocessors.register(_Links(md, self.slug, self.slugs, self.web, self.lang), "quanyi-print-links", 1)


def chapter_html(text: str, slug: str, slugs: set[str], web: dict[str, WebPage] | None = None,
                 lang: str = "zh") -> str:
    """One chapter's Markdown as an ``<article>`` whose ids cannot clash with another chapter's.

    ``web``: the pages only the site has (``tools``), which links may name; a link to any other page
    the PDF does not hold keeps its words only.
    """
    links = _PrintLinks(slug, slugs, web or {}, lang)
    body = markdown.markdown(text, extensions=[*EXTENSIONS, links], output_format="html")
    return f'<article class="chapter" id="{anchor(slug)}">\n{body}\n</article>'


def panel_html(text: str) -> str:
    """A leaflet panel: no ids or links (one panel cannot point to another on paper)."""
    body = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    body = re.sub(r'\sid="[^"]*"', "", body)
    return re.sub(r"<a\b[^>]*>(.*?)</a>", r"\1", body, flags=re.S)
