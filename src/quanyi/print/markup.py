"""Assembled Markdown to HTML for print, with python-markdown (the site's extensions, no renderer).

All chapters end up in one document, so ids get the chapter as a prefix and links between
chapters (``disputes.md#arbitration``) become links inside the PDF, which the style sheet
follows with the page number.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

EXTENSIONS = ["attr_list", "md_in_html", "tables"]
CHAPTER_LINK = re.compile(r"^([a-z0-9-]+)\.md(?:#([\w-]+))?$")


def anchor(slug: str, sid: str | None = None) -> str:
    return f"ch-{slug}" if sid is None else f"{slug}--{sid}"


class _Links(Treeprocessor):
    def __init__(self, md, slug: str, slugs: set[str]):
        super().__init__(md)
        self.slug, self.slugs = slug, slugs

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if "id" in el.attrib:
                el.set("id", anchor(self.slug, el.get("id")))
            if el.tag == "a" and "href" in el.attrib:
                self._link(el)

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
        elif href.startswith(("http://", "https://")):
            # on paper the address must be visible; the style sheet prints it after the text
            if (el.text or "").strip() != href:
                el.set("class", "external")
        else:
            # a site-only page (e.g. ../differences.md) has no place in the PDF: keep the words
            el.tag = "span"
            el.attrib.pop("href")


class _PrintLinks(Extension):
    def __init__(self, slug: str, slugs: set[str]):
        super().__init__()
        self.slug, self.slugs = slug, slugs

    def extendMarkdown(self, md) -> None:  # noqa: N802 (python-markdown's name)
        md.treeprocessors.register(_Links(md, self.slug, self.slugs), "quanyi-print-links", 1)


def chapter_html(text: str, slug: str, slugs: set[str]) -> str:
    """One chapter's Markdown as an ``<article>`` whose ids cannot clash with another chapter's."""
    body = markdown.markdown(text, extensions=[*EXTENSIONS, _PrintLinks(slug, slugs)], output_format="html")
    return f'<article class="chapter" id="{anchor(slug)}">\n{body}\n</article>'


def panel_html(text: str) -> str:
    """A leaflet panel: no ids or links (one panel cannot point to another on paper)."""
    body = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    body = re.sub(r'\sid="[^"]*"', "", body)
    return re.sub(r"<a\b[^>]*>(.*?)</a>", r"\1", body, flags=re.S)
