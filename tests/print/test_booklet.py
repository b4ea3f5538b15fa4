"""Saddle-stitch booklets: the page order that folds into the handbook."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from quanyi.print.booklet import page_order

from .conftest import halves, page_texts


def test_first_sheet_front_holds_the_last_and_the_first_page():
    assert page_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]


def test_blanks_pad_to_a_multiple_of_four_before_the_back_page():
    assert page_order(6) == [(5, 0), (1, None), (None, 2), (3, 4)]
    assert page_order(1) == [(0, None), (None, None)]


@pytest.mark.parametrize("count", range(1, 41))
def test_folded_sheets_read_in_order(count):
    sides = page_order(count)
    padded = -(-count // 4) * 4
    assert len(sides) == padded // 2
    # unfold: the stack's left halves of fronts read from the back, right halves from the front
    reading = [None] * padded
    for sheet in range(padded // 4):
        (back_left, first), (second, back_right) = sides[2 * sheet], sides[2 * sheet + 1]
        reading[2 * sheet], reading[2 * sheet + 1] = first, second
        reading[padded - 2 - 2 * sheet], reading[padded - 1 - 2 * sheet] = back_right, back_left
    pages = [p for p in reading if p is not None]
    assert pages == list(range(count))  # every page once, in order
    assert reading[-1] == count - 1  # the back page stays the outside back cover


def test_booklet_file_carries_the_handbook_pages_in_that_order(mini_pdfs):
    handbook = page_texts(mini_pdfs / "shaanxi-zh-handbook.pdf")
    path = mini_pdfs / "shaanxi-zh-booklet.pdf"
    reader = PdfReader(path)
    assert len(reader.pages) == -(-len(handbook) // 4) * 2
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {(842, 595)}
    assert reader.metadata.title == "小手册 · 陕西省" and reader.trailer["/Root"]["/Lang"] == "zh-CN"
    sides = halves(path)
    for (left, right), (want_left, want_right) in zip(sides, page_order(len(handbook)), strict=True):
        for got, want in ((left, want_left), (right, want_right)):
            assert got.split() == ("" if want is None else handbook[want]).split()
    assert "扫码阅读网上最新版" in sides[0][0] and "小手册" in sides[0][1]
