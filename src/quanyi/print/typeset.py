"""Typography for print: the print HTML's text set as a book is set, in Chinese and in English.

Chinese: where two full-width punctuation marks meet, the blank half of one is taken out (the
font's ``halt`` feature on that mark: Noto Sans CJK SC has no ``chws`` to do it by itself); “ ”
instead of straight quotes; a space, one that does not break, between Chinese and Latin letters or
digits ("第 18 页", "2026 年 1 月"); glossary terms and a paragraph's last three characters kept on
one line, so that no line ends a paragraph with one or two characters. English: curly quotes,
no hyphenation of names, "Article" and glossary terms, dates and "Article 39" kept on one line.

Only text between tags changes; a mark's neighbours are looked up across inline tags, not across
the edge of a block.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

OPENING = "（《「『【〔“‘"
CLOSING = "，。、；：？！）》」』】〕”’"
HAN = "\u3400-\u9fff"
NBSP = "\u00a0"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "div", "section", "article", "nav",
          "ul", "ol", "table", "tr", "thead", "tbody", "br", "body", "blockquote"}
# blocks whose last line ends a paragraph
PARAGRAPHS = {"p", "li", "dd", "td", "th"}
SKIP = {"style", "svg", "script", "title", "head"}
TAG = re.compile(r"(<[^>]*>)")
NAME = re.compile(r"</?([a-zA-Z0-9]+)")

# an official document number keeps its own spacing: 人社部发〔2021〕56号
DOCUMENT_NUMBER = re.compile(r"〔\d{4}〕\d+号")
JOINED = re.compile(r"[A-Za-z0-9.]+(?:\u00a0[A-Za-z0-9]+)+")
HAN_CHAR = re.compile(f"[{HAN}]")
UNITS = re.compile(f"[{HAN}]|[0-9A-Za-z]+")
FULL_WIDTH_SPACE = re.compile(f" +(?=[{OPENING}])|(?<=[{CLOSING}]) +")
UNSPACED = re.compile(rf"(?<=[{HAN}]) ?(?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) ?(?=[{HAN}])")
# names and "Article"; a shorter word is never hyphenated (hyphenate-limit-chars in handbook.css)
NAMES = re.compile(r"\b[A-Z][a-z]{5,}\b")
COMPOUND_NAMES = re.compile(r"\b[A-Z][a-z]+-[A-Za-z][a-z]+\b")  # Work-Related: not broken at its hyphen
# the space inside a date (1 January 2026, January 2026) and before an article's number
ENGLISH_JOINS = re.compile(rf"(?:\b\d{{1,2}}(?= (?:{MONTHS})\b)|\b(?:{MONTHS}),?(?= \d)|"
                           rf"\b(?:Article|Articles|Art\.|page|No\.)(?= \d)) ")


@dataclass
class _Text:
    """One text node: its characters, and what each gets."""

    text: str
    before: str = ""  # the character before it in its block ("" at the block's start)
    after: str = ""
    halt: set[int] = field(default_factory=set)
    keep: list[tuple[int, int]] = field(default_factory=list)  # no-break ranges
    nohy: list[tuple[int, int]] = field(default_factory=list)  # no-hyphenation ranges (English)
    ends: bool = False  # last text of a paragraph
    previous: _Text | None = field(default=None, repr=False)  # the text before it in its block


def typeset(markup: str, lang: str, terms: list[str] = ()) -> str:
    """``markup``: the body of a print document; ``terms``: the glossary's terms in ``lang``."""
    parts = TAG.split(markup)
    texts = _texts(parts, lang)
    term = re.compile("|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))) if terms else None
    for node in texts.values():
        if lang == "zh":
            _zh(node, term)
        else:
            _en(node, term)
        _halt(node)
    if lang == "zh":
        for node in texts.values():
            if node.ends:
                _keep_end(node)
    return "".join(_emit(texts[i]) if i in texts else part for i, part in enumerate(parts))


def _texts(parts: list[str], lang: str) -> dict[int, _Text]:
    """The text nodes to set, by index in ``parts``, with their neighbours and quotes made curly."""
    texts: dict[int, _Text] = {}
    skip, block, quotes, last = 0, [], [False, False], None
    previous = None  # the text before, in the same block: across a cross-reference too
    for i, part in enumerate(parts):
        if i % 2:  # a tag
            m = NAME.match(part)
            name = m.group(1).lower() if m else ""
            if name in SKIP:
                skip += -1 if part.startswith("</") else (0 if part.endswith("/>") else 1)
            elif name in BLOCKS or (name == "a" and 'class="xref"' in part):
                # a cross-reference's page number comes before its text: a boundary too
                if last is not None and part.startswith("</") and name in PARAGRAPHS:
                    texts[last].ends = True
                block = []
                if name in BLOCKS:
                    quotes, last, previous = [False, False], None, None
            continue
        if skip or not part:
            continue
        text = html.unescape(part)
        if lang == "zh":
            # a full-width mark carries its own space: none beside it ("**注意：** 像" in the sources)
            text = FULL_WIDTH_SPACE.sub("", text)
            if block and block[-1].text[-1:] in CLOSING + OPENING:
                text = text.lstrip(" ")
        text, quotes = _curly(text, quotes, lang, block[-1].text[-1:] if block else "")
        node = _Text(text, previous=previous)
        if block:
            node.before, block[-1].after = block[-1].text[-1:], text[:1]
        block.append(node)
        texts[i], last, previous = node, i, node
    return texts


def _curly(text: str, quotes: list[bool], lang: str, before: str) -> tuple[str, list[bool]]:
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else before
        if ch == '"':
            out.append("”" if quotes[0] else "“")
            quotes = [not quotes[0], quotes[1]]
        elif ch == "'" and lang == "en":
            # an apostrophe (workers', don't) unless it opens a quotation after a space or bracket
            opens = (not prev or prev.isspace() or prev in "([“") and i + 1 < len(text) and text[i + 1].isalnum()
            out.append("‘" if opens else "’")
        else:
            out.append(ch)
    return "".join(out), quotes


def _halt(node: _Text) -> None:
    """A closing mark before another mark gives up its blank half (）。 ）《), and an opening mark after an
    opening one (（《). A closing then an opening mark keep half an em between them, as a sentence's end."""
    text, full, off = node.text, node.before + node.text + node.after, len(node.before)
    for i, ch in enumerate(text):
        prev, nxt = full[off + i - 1: off + i], full[off + i + 1: off + i + 2]
        if (ch in CLOSING and nxt and nxt in OPENING + CLOSING) or (ch in OPENING and prev and prev in OPENING):
            node.halt.add(i)


def _zh(node: _Text, term: re.Pattern | None) -> None:
    node.text = _spaced(node)
    node.keep += [m.span() for m in DOCUMENT_NUMBER.finditer(node.text)]
    if term:
        node.keep += [m.span() for m in term.finditer(node.text)]


def _keep_end(node: _Text, most: int = 3) -> None:
    """The paragraph's last ``most`` characters that carry meaning (a number or a Latin word counts as one),
    and the marks after them, on one line, also when they are spread over inline tags (a cross-reference's
    title, then "）。")."""
    chain, first = [], node
    while first is not None:
        chain.append(first)
        first = first.previous
    if not any(HAN_CHAR.search(n.text) for n in chain) or sum(len(UNITS.findall(n.text)) for n in chain) <= most:
        return  # not Chinese, or short: one line anyway
    for n in chain:
        units = [m.start() for m in UNITS.finditer(n.text)]
        n.keep.append((units[-most] if len(units) >= most else 0, len(n.text)))
        most -= len(units)
        if most <= 0:
            break


def _spaced(node: _Text) -> str:
    """A non-breaking space between Chinese and Latin or digits, also across an inline tag."""
    out, last = [], 0
    for m in DOCUMENT_NUMBER.finditer(node.text):
        out += [UNSPACED.sub(NBSP, node.text[last:m.start()]), m.group(0)]
        last = m.end()
    out.append(UNSPACED.sub(NBSP, node.text[last:]))
    text = "".join(out)
    han, latin = re.compile(f"[{HAN}]"), re.compile("[0-9A-Za-z]")
    if text and node.before and ((han.match(node.before) and latin.match(text[0]))
                                 or (latin.match(node.before) and han.match(text[0]))):
        text = NBSP + text
    return text


def _en(node: _Text, term: re.Pattern | None) -> None:
    node.text = ENGLISH_JOINS.sub(lambda m: m.group(0)[:-1] + NBSP, node.text)
    # the joined words also in one span: WeasyPrint may break where a span ends, even before a no-break space
    node.keep += [m.span() for m in JOINED.finditer(node.text)]
    node.keep += [m.span() for m in DOCUMENT_NUMBER.finditer(node.text)]
    node.nohy += [m.span() for m in NAMES.finditer(node.text)]
    node.keep += [m.span() for m in COMPOUND_NAMES.finditer(node.text)]
    if term:
        node.keep += [m.span() for m in term.finditer(node.text)]


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _emit(node: _Text) -> str:
    """The node's text, escaped, with its spans: no-break or no-hyphenation around, ``halt`` inside."""
    e, text = html.escape, node.text
    keep = _merge(node.keep)
    # a range kept on one line cannot be hyphenated either: only the others need "nohy"
    ranges = sorted([(s, t, "nobr") for s, t in keep]
                    + [(s, t, "nohy") for s, t in _merge(node.nohy) if not any(a < t and s < b for a, b in keep)])
    out, pos = [], 0
    for start, end, wrapper in [*ranges, (len(text), len(text), "")]:
        out.append(_halted(text, pos, start, node.halt, e))
        if start < end:
            out.append(f'<span class="{wrapper}">{_halted(text, start, end, node.halt, e)}</span>')
        pos = end
    return "".join(out)


def _halted(text: str, start: int, end: int, halt: set[int], e) -> str:
    out, i = [], start
    while i < end:
        j = i
        while j < end and j in halt:
            j += 1
        if j > i:
            out.append(f'<span class="halt">{e(text[i:j], quote=False)}</span>')
            i = j
        else:
            while j < end and j not in halt:
                j += 1
            out.append(e(text[i:j], quote=False))
            i = j
    return "".join(out)


def glossary_terms(markdown: str, column: int) -> list[str]:
    """The terms in ``column`` of a glossary chapter's tables of terms (three columns: term, English,
    meaning; not the table of the laws' short names, which are too long to keep on one line)."""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in markdown.splitlines() if line.lstrip().startswith("|")]
    terms = []
    for row, below in zip(rows, [*rows[1:], []], strict=True):
        header = below and all(set(c) <= set("-: ") for c in below)
        if len(row) >= 3 and not header and not all(set(c) <= set("-: ") for c in row):
            terms.append(re.sub(r"[*`]", "", row[column]))
    return [t for t in terms if len(t) >= 2]
