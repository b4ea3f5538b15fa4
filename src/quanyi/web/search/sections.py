"""Cut rendered pages into the sections search returns: one per ``##`` heading with an id.

A worker's question is answered by a section, not by a chapter, so each result links to
the heading's anchor. Text before a chapter's first ``##`` belongs to the chapter's own
``#`` heading. Only what the page template marks ``data-search-body`` is read (handbook
pages; overrides/main.html), without what is marked ``data-search-ignore`` (the province
switch, banners). Citations in brackets,
（《劳动合同法》第三十八条）, are kept apart: they are searched, but weigh little, so that a
law's name (《工资支付暂行规定》) does not make every section about wages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP = {"script", "style", "template", "svg", "button"}
BLOCK = {"p", "li", "div", "td", "th", "tr", "dd", "dt", "h3", "h4", "h5", "h6", "summary", "blockquote", "pre",
         "ol", "ul", "table", "details", "section", "figure"}
CITATION = re.compile(r"[（(][^（）()]*《[^》]+》[^（）()]*[）)]|\((?:[^()]*\b(?:Article|Art\.)\s*\d[^()]*)\)")


@dataclass
class Section:
    anchor: str
    heading: str
    parts: list[str] = field(default_factory=list)

    def text(self) -> tuple[str, str]:
        """The section's words (citations taken out) and its citations."""
        raw = " ".join(" ".join(self.parts).split())
        cites = dict.fromkeys(m.group(0) for m in CITATION.finditer(raw))
        return tidy(CITATION.sub(" ", raw)), tidy(" ".join(cites))


class _Cutter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # tag, in content, ignored
        self.title = ""
        self.sections: list[Section] = []
        self.heading: list[str] | None = None
        self.heading_id = ""

    def _state(self) -> tuple[bool, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br":
                self.handle_data(" ")
            return
        names = dict(attrs)
        inside, ignored = self._state()
        inside = inside or "data-search-body" in names
        ignored = ignored or "data-search-ignore" in names or tag in SKIP \
            or "headerlink" in (names.get("class") or "").split()
        self.stack.append((tag, inside, ignored))
        if inside and not ignored and tag in ("h1", "h2") and names.get("id"):
            self.heading, self.heading_id = [], names["id"]
        elif inside and not ignored and tag in BLOCK:
            self.handle_data(" ")

    def handle_endtag(self, tag):
        if self.heading is not None and tag in ("h1", "h2"):
            heading = " ".join("".join(self.heading).split())
            if tag == "h1" and not self.title:
                self.title = heading
            self.sections.append(Section(self.heading_id, heading))
            self.heading = None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.handle_data(" ")

    def handle_data(self, data):
        inside, ignored = self._state()
        if not inside or ignored:
            return
        if self.heading is not None:
            self.heading.append(data)
        elif self.sections:
            self.sections[-1].parts.append(data)


def cut(html: str) -> tuple[str, list[Section]]:
    """The page title (its ``#`` heading) and its sections, in page order; none if not indexed."""
    parser = _Cutter()
    parser.feed(html)
    parser.close()
    return parser.title, parser.sections


def tidy(text: str) -> str:
    """One space between words; none around Chinese, where a space was only a line break or a tag."""
    text = " ".join(text.split())
    if not re.search(r"[\u3000-\u9fff\uff00-\uffef]", text):
        return text
    return re.sub(r" (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) ",
                  "", text)
