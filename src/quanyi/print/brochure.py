"""The tri-fold leaflet: six panels on the two sides of one A4 landscape sheet.

Each chapter of the leaflet source (handbooks/brochure/) is one panel, in reading order:
1 front cover, 2-4 inside, 5 the flap that folds in, 6 back. All six are laid out as
the pages of one document, each page one panel in size; a panel whose text runs onto a
second page does not fit, and the build says which. The pages are then placed for a roll
fold, printed duplex flipping on the short edge:

    outside:  5 (flap) | 6 (back)  | 1 (front)
    inside:   2        | 3         | 4

The flap and the panel behind it (4) are 3 mm narrower so that the flap folds in cleanly.
"""

from __future__ import annotations

import html
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.strings import date, strings

from .handbook import Imprint, address, draft_mark, head, title
from .imposition import MM, place
from .markup import panel_html
from .typeset import typeset

WIDTHS = (100, 100, 100, 97, 97, 100)  # mm, panels 1-6
SIDES = ((4, 5, 0), (1, 2, 3))  # panels (0-based) on the outside and inside, left to right
STYLE = Path(__file__).with_name("brochure.css")
COLOUR_STYLE = Path(__file__).with_name("brochure-colour.css")  # QUANYI_COVER=colour
PANEL_NAMES = ("cover", "inside", "inside", "inside", "flap", "back")


class PanelCountError(ValueError):
    pass


def leaflet_html(edition: Edition, css: str, imprint: Imprint) -> str:
    if len(edition.chapters) != len(WIDTHS):
        raise PanelCountError(f"the leaflet needs {len(WIDTHS)} chapters, one per panel, in "
                              f"{edition.handbook.path.name}/handbook.yml; it has {len(edition.chapters)}")
    e = html.escape
    panels = []
    for i, chapter in enumerate(edition.chapters):
        body = panel_html(chapter.markdown)
        if i == 0:
            body = (f'<p class="kicker">权益 · Quanyi</p><p class="edition">{e(edition.name)}</p>{body}'
                    '<p class="hotlines">12333 · 12348</p>')
        if i == len(edition.chapters) - 1:
            body += (address(edition, imprint) +
                     f'<p class="build">{e(title(edition))} · {e(imprint.version)} · '
                     f'{date(imprint.built, edition.lang)}</p>'
                     f'<p class="print-note">{e(strings(edition.lang, "downloads")["brochure-how"])}</p>')
        page = "narrow" if WIDTHS[i] < max(WIDTHS) else "wide"
        panels.append(f'<section class="panel panel-{PANEL_NAMES[i]} page-{page}" id="panel-{i + 1}">'
                      f"{body}</section>")
    sizes = {"wide": max(WIDTHS), "narrow": min(WIDTHS), "cover": WIDTHS[0]}
    styles = [STYLE, *([COLOUR_STYLE] if imprint.cover == "colour" else [])]
    css += "\n" + "\n".join(s.read_text(encoding="utf-8") for s in styles) + "\n" + \
        "\n".join(f"@page {name} {{ size: {mm}mm 210mm; }}" for name, mm in sizes.items())
    body = typeset("\n".join(panels), edition.lang)
    return f"{head(edition, css, imprint, edition.name)}\n<body>\n{draft_mark(imprint)}{body}\n</body>\n</html>\n"


def overflowing(document, count: int) -> list[int]:
    """Panels (1-6) whose text runs past their one page."""
    starts: dict[int, int] = {}
    for number, page in enumerate(document.pages):
        for anchor in page.anchors:
            if anchor.startswith("panel-"):
                starts.setdefault(int(anchor.removeprefix("panel-")), number)
    ends = [starts.get(panel + 1, len(document.pages)) for panel in range(1, count + 1)]
    return [panel for panel in range(1, count + 1) if ends[panel - 1] - starts.get(panel, 0) > 1]


def compose(panels: bytes, target: Path) -> int:
    """Place the six panel pages on the two sides of the sheet."""
    sides = []
    for side in SIDES:
        x, placed = 0.0, []
        for index in side:
            placed.append((index, x))
            x += WIDTHS[index] * MM
        sides.append(placed)
    return place(panels, sides, target, "Quanyi (tri-fold leaflet)")
