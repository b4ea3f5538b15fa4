"""The lines of a PDF as a reader sees them, from pdfplumber's characters, and the typesetting defects in them.

Characters are grouped by baseline (the text matrix, not the box: a Chinese and a Latin face on one
line have different ascents); a baseline is cut at a table's cell border, so the cells of a table row
are separate lines. Spaces are not drawn in a PDF: one is put back wherever a
gap of more than an eighth of an em separates two characters. The draft stamp (the only slanted text)
is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pdfplumber

MM = 72 / 25.4
OPENING = "（《「『【〔“‘"
CLOSING = "，。、；：？！）》」』】〕”’"
PUNCT = OPENING + CLOSING
HAN = re.compile(r"[\u3400-\u9fff]")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
# the page's text area (handbook.css: margin 17mm 14mm 16mm)
TOP, BOTTOM = 17 * MM, 16 * MM
BOX = (0.992, 0.925, 0.918)  # the local-rule box's background, #fdecea


@dataclass
class Line:
    page: int  # 0-based
    baseline: float  # from the top of the page
    chars: list[dict] = field(repr=False)
    text: str = ""

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def size(self) -> float:
        return max(c["size"] for c in self.chars)

    @property
    def bold(self) -> bool:
        return all("Bold" in c["fontname"] for c in self.chars if not c["text"].isspace())

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.chars)


@dataclass
class Page:
    number: int  # 0-based
    width: float
    height: float
    lines: list[Line]
    boxes: list[tuple[float, float]]  # top and bottom of each local-rule box's background

    @property
    def body(self) -> list[Line]:
        """Lines in the text area: without the running head and the folio."""
        return [ln for ln in self.lines if TOP - 2 < ln.baseline < self.height - BOTTOM + 2]


def _upright(obj) -> bool:
    return obj.get("object_type") != "char" or abs(obj["matrix"][1]) < 1e-3


def _split(chars: list[dict], rules: list[tuple[float, float, float]]) -> list[list[dict]]:
    """``rules``: the vertical lines of the page (x, top, bottom): a table's cell borders."""
    order = {id(c): i for i, c in enumerate(chars)}
    chars = sorted(chars, key=lambda c: c["x0"])
    # two marks set at one place (）and （ each half an em): the order they were drawn in
    for i in range(len(chars) - 1):
        a, b = chars[i], chars[i + 1]
        if abs(a["x0"] - b["x0"]) < 0.5 and order[id(a)] > order[id(b)]:
            chars[i], chars[i + 1] = b, a
    runs = [[chars[0]]]
    for c in chars[1:]:
        left = runs[-1][-1]["x1"]
        if any(left - 1 <= x <= c["x0"] + 1 and top <= c["top"] and c["bottom"] <= bottom for x, top, bottom in rules):
            runs.append([])
        runs[-1].append(c)
    return runs


def _text(chars: list[dict]) -> str:
    out = chars[0]["text"]
    for a, b in pairwise(chars):
        if b["x0"] - a["x1"] > 0.12 * b["size"]:
            out += " "
        out += b["text"]
    return out


def _is_box(rect) -> bool:
    colour = rect.get("non_stroking_color")
    return bool(colour) and len(colour) == 3 and all(abs(a - b) < 0.02 for a, b in zip(colour, BOX, strict=True))


def pages(path: Path) -> list[Page]:
    out = []
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages):
            upright = page.filter(_upright)
            rows: dict[float, list[dict]] = {}
            for c in upright.chars:
                if c["text"].strip():
                    rows.setdefault(round(page.height - c["matrix"][5], 0), []).append(c)
            rules = [(e["x0"], e["top"] - 1, e["bottom"] + 1) for e in upright.edges if e["orientation"] == "v"]
            lines = [Line(n, y, run, _text(run)) for y in sorted(rows) for run in _split(rows[y], rules)]
            boxes = [(r["top"], r["bottom"]) for r in upright.rects if _is_box(r)]
            out.append(Page(n, float(page.width), float(page.height), lines, boxes))
    return out


# --- defects -------------------------------------------------------------------------------------


def uncompressed_pairs(doc: list[Page]) -> list[str]:
    """Two full-width punctuation marks side by side, both set a full em wide (about 1 em of blank).

    After a closing mark, or before an opening one, half of each mark's em is blank; with ``halt``
    the second mark starts half an em (or, closing then opening, no em) after the first.
    """
    found = []
    for page in doc:
        for line in page.body:
            for a, b in pairwise(line.chars):
                if a["text"] in PUNCT and b["text"] in PUNCT and not (a["text"] in OPENING and b["text"] in CLOSING):
                    if b["x0"] - a["x0"] > 0.75 * a["size"]:
                        found.append(f"p{page.number + 1}: {a['text']}{b['text']} in {line.text!r}")
    return found


def _ink(text: str) -> int:
    """Characters that carry meaning: ideographs, letters, digits (not punctuation or spaces)."""
    return sum(1 for ch in text if ch.isalnum())


def short_last_lines(doc: list[Page], most: int = 2) -> list[str]:
    """A paragraph's last line of ``most`` characters or fewer under a full line (Chinese)."""
    found = []
    for page in doc:
        body = page.body
        right = max((ln.x1 for ln in body), default=0)
        for prev, line in pairwise(body):
            if (0 < line.baseline - prev.baseline < 2 * line.size and abs(line.size - prev.size) < 0.2
                    and line.x0 >= prev.x0 - 1 and prev.x1 > right - 2 * prev.size and line.x0 < prev.x1
                    and HAN.search(line.text) and _ink(line.text) <= most):
                found.append(f"p{page.number + 1}: {prev.text[-8:]!r} / {line.text!r}")
    return found


def _chapter_start(page: Page) -> bool:
    body = page.body
    return bool(body) and body[0].size > 16


def _headed(page: Page) -> bool:
    return any(ln.baseline < TOP for ln in page.lines)


def running_head(page: Page) -> str:
    return " ".join(ln.text for ln in page.lines if ln.baseline < TOP)


def foot_gaps(doc: list[Page], least_mm: float = 50, one_a_page: tuple[str, ...] = ()) -> list[str]:
    """Pages whose text stops ``least_mm`` or more above the foot although the chapter goes on.

    ``one_a_page``: running heads of parts that put each of their pieces on a page of its own (the blank
    documents, to copy or cut out).
    """
    found = []
    for page, after in pairwise(doc):
        body = page.body
        if not body or not after.body or _chapter_start(after) or not (_headed(page) and _headed(after)):
            continue  # the end of a chapter, or the cover, contents or back page (no running head)
        if running_head(page) in one_a_page:
            continue
        gap = (page.height - BOTTOM - body[-1].bottom) / MM
        if gap >= least_mm:
            found.append(f"p{page.number + 1}: {gap:.0f} mm blank under {body[-1].text[:20]!r}")
    return found


def headings_at_foot(doc: list[Page]) -> list[str]:
    """A page whose last line is a section heading (bold, larger than the text)."""
    return [f"p{p.number + 1}: {p.body[-1].text!r}" for p in doc
            if p.body and p.body[-1].bold and 10.9 < p.body[-1].size < 16]


def split_terms(doc: list[Page], terms: list[str]) -> list[str]:
    """A term broken across two lines of one column (consecutive lines, same left edge)."""
    found = []
    for page in doc:
        body = page.body
        for prev, line in pairwise(body):
            if not (0 < line.baseline - prev.baseline < 2 * line.size and abs(line.x0 - prev.x0) < 2 * line.size):
                continue
            end, start = prev.text.rstrip("\u2010-"), line.text
            for term in terms:
                if any(end.endswith(term[:k]) and start.startswith(term[k:].lstrip()) for k in range(1, len(term))):
                    found.append(f"p{page.number + 1}: {term!r} in {prev.text[-10:]!r} / {line.text[:10]!r}")
    return found


def hyphenated_names(doc: list[Page]) -> list[str]:
    """A capitalised word (a name, "Article") hyphenated at the end of a line."""
    found = []
    for page in doc:
        for line in page.body:
            if re.search(r"\b[A-Z][a-z]*[\u2010-]$", line.text):
                found.append(f"p{page.number + 1}: {line.text[-20:]!r}")
    return found


def reading_order(doc: list[Page]) -> list[Line]:
    return [line for page in doc for line in page.body]


def split_dates(doc: list[Page]) -> list[str]:
    """A date whose day, month and year are not on one line (or one page)."""
    found = []
    lines = reading_order(doc)
    end = re.compile(rf"(\b\d{{1,2}} ({MONTHS})|\b({MONTHS})( \d{{1,2}},?)?|\b\d{{1,2}})$")
    for prev, line in pairwise(lines):
        if end.search(prev.text) and re.match(rf"(\d{{4}}|({MONTHS})\b)", line.text):
            if re.search(rf"({MONTHS})$", prev.text) or re.match(r"\d{4}\b", line.text):
                found.append(f"p{prev.page + 1}: {prev.text[-16:]!r} / {line.text[:12]!r}")
    return found


def orphaned_citations(doc: list[Page], starts: tuple[str, ...] = ("依据：", "Based on:")) -> list[str]:
    """A local-rule box split across pages with its citation alone, or with fewer than 3 lines on a side."""
    found = []
    for page, after in pairwise(doc):
        bottom = page.height - BOTTOM
        open_box = [b for b in page.boxes if b[1] > bottom - 3]
        continued = [b for b in after.boxes if b[0] < TOP + 3]
        if not open_box or not continued:
            continue
        before = [ln for ln in page.body if open_box[-1][0] <= ln.baseline <= open_box[-1][1]]
        rest = [ln for ln in after.body if continued[0][0] <= ln.baseline <= continued[0][1]]
        if len(before) < 3 or len(rest) < 3 or (rest and rest[0].text.startswith(starts)):
            found.append(f"p{page.number + 1}-{page.number + 2}: {len(before)} + {len(rest)} lines, "
                         f"then {rest[0].text[:16]!r}" if rest else f"p{page.number + 1}")
    return found


def straight_quotes(doc: list[Page]) -> list[str]:
    return [f"p{ln.page + 1}: {ln.text!r}" for ln in reading_order(doc) if '"' in ln.text or "'" in ln.text]


def nested_brackets(doc: list[Page]) -> list[str]:
    """（…（…）…）: a bracket opened inside another, in the text of each page."""
    found = []
    for page in doc:
        # an official title may carry its own number in brackets: 《…解释（二）》 is not nesting
        text = re.sub(r"《[^《》]*》", "《》", "".join(ln.text for ln in page.body))
        nested = re.finditer(r"（[^（）]*（[^（）]*）[^（）]*）", text)
        found += [f"p{page.number + 1}: {m.group(0)[-30:]!r}" for m in nested]
    return found


def unspaced(doc: list[Page]) -> list[str]:
    """A Chinese character directly against a Latin letter or a digit (the text puts a space there)."""
    pattern = re.compile(r"[\u3400-\u9fff][0-9A-Za-z]|[0-9A-Za-z][\u3400-\u9fff]")
    # an official document number keeps its own form: 人社部发〔2021〕56号
    return [f"p{ln.page + 1}: {ln.text!r}" for ln in reading_order(doc)
            if pattern.search(re.sub(r"〔\d{4}〕\d+号", "〔〕号", ln.text))]
