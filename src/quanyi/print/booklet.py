"""Impose an A5 handbook for saddle-stitch printing: A4 landscape, two pages a side.

Printed duplex, flipping on the short edge, then folded and stapled in the middle, the
sheets read in order. The page count is padded with blank pages to a multiple of 4; the
blanks go just before the last page, so that the back page stays the outside back cover.
"""

from __future__ import annotations

from pathlib import Path

from .imposition import A4_LANDSCAPE, place


def page_order(count: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indexes, 0-based, for each printed side in print order; None is blank.

    Side 1 (front of the outer sheet) holds the last and the first page; its back holds
    the second and the second-to-last, and so on inwards.
    """
    padded = -(-count // 4) * 4
    pages: list[int | None] = [*range(count - 1), *[None] * (padded - count), count - 1] if count else []
    sides = []
    for sheet in range(padded // 4):
        sides.append((pages[padded - 1 - 2 * sheet], pages[2 * sheet]))  # front of the sheet
        sides.append((pages[2 * sheet + 1], pages[padded - 2 - 2 * sheet]))  # its back
    return sides


def impose(handbook: bytes, count: int, target: Path) -> int:
    """Write the booklet of a handbook PDF of ``count`` pages; returns the number of sides."""
    half = A4_LANDSCAPE[0] / 2
    sides = [[(left, 0.0), (right, half)] for left, right in page_order(count)]
    return place(handbook, sides, target, "Quanyi (saddle-stitch booklet)")
