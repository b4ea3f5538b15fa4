"""Impose an A5 handbook for saddle-stitch printing: A4 landscape, two pages a side.

Printed duplex, flipping on the short edge, then folded and stapled in the middle, the
sheets read in order. The page count is padded with blank pages to a multiple of 4; the
blanks go before the back page so that it stays the outside back cover.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation

A4_LANDSCAPE = (841.89, 595.28)


def page_order(count: int) -> list[tuple[int | None, int | None]]:
    """Pairs (left, right) of 0-based page indexes for each side; None is a blank page.

    ``count`` is the handbook's page count; the result has one pair per printed side.
    """
    padded = -(-count // 4) * 4
    # blanks go before the last page (the back cover)
    pages: list[int | None] = list(range(count - 1)) + [None] * (padded - count) + [count - 1]
    sides = []
    for sheet in range(padded // 4):
        sides.append((pages[padded - 1 - 2 * sheet], pages[2 * sheet]))  # front
        sides.append((pages[2 * sheet + 1], pages[padded - 2 - 2 * sheet]))  # back
    return sides


def impose(handbook: Path, target: Path) -> int:
    reader = PdfReader(handbook)
    writer = PdfWriter()
    width, height = A4_LANDSCAPE
    for left, right in page_order(len(reader.pages)):
        side = PageObject.create_blank_page(width=width, height=height)
        for index, x in ((left, 0), (right, width / 2)):
            if index is not None:
                side.merge_transformed_page(reader.pages[index], Transformation().translate(tx=x, ty=0))
        writer.add_page(side)
    writer.add_metadata({"/Title": (reader.metadata or {}).get("/Title", "") + " (booklet)",
                         "/Producer": "Quanyi"})
    with target.open("wb") as f:
        writer.write(f)
    return len(writer.pages)
