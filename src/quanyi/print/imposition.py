"""Place pages of a PDF side by side on A4 landscape sheets (booklets, leaflets).

Each source page becomes a form XObject drawn at its place on the sheet. Unlike pypdf's
page merging, this never parses the page's drawing operators: it is about ten times
faster and keeps the content compressed. The result keeps the source's title, dates,
language and bookmarks (each pointing to the sheet its page is on), so it is as reproducible
and as well labelled as the file it was made from; its print dialog defaults are those of
a sheet (:data:`pdf.SHEET`). A page with bleed is placed by its trimmed size (its TrimBox).
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)

from .pdf import SHEET, VERSION

MM = 72 / 25.4
A4_LANDSCAPE = (297 * MM, 210 * MM)  # points

Side = list[tuple[int | None, float]]  # (page index or None for blank, x offset in points)


def _form(writer: PdfWriter, page) -> DecodedStreamObject:
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = [] if contents is None else [s.get_object() for s in contents] \
        if isinstance(contents, ArrayObject) else [contents]
    form = DecodedStreamObject()
    form.set_data(b"\n".join(s.get_data() for s in streams))
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in page.trimbox),
        # cloning through the writer copies shared fonts once for the whole file
        NameObject("/Resources"): page.get("/Resources", DictionaryObject()).clone(writer),
    })
    return form.flate_encode()


def _web_links(page, dx: float) -> list[DictionaryObject]:
    """The page's links to web addresses, moved with it (links inside the document have no target here)."""
    links = []
    for ref in page.get("/Annots", []):
        annot = ref.get_object()
        action = annot.get("/A", {})
        if annot.get("/Subtype") == "/Link" and action.get("/S") == "/URI":
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            links.append(DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in (x0 + dx, y0, x1 + dx, y1)),
                NameObject("/Border"): ArrayObject([FloatObject(0)] * 3),
                NameObject("/A"): DictionaryObject({NameObject("/S"): NameObject("/URI"),
                                                    NameObject("/URI"): TextStringObject(str(action["/URI"]))}),
            }))
    return links


def place(source: bytes, sides: list[Side], target: Path, producer: str) -> int:
    """Write one A4 landscape page per side; returns how many were written."""
    reader = PdfReader(io.BytesIO(source))
    writer = PdfWriter()
    width, height = A4_LANDSCAPE
    forms: dict[int, object] = {}
    for side in sides:
        sheet = writer.add_blank_page(width=width, height=height)
        xobjects, ops = DictionaryObject(), []
        for slot, (index, x) in enumerate(side):
            if index is None:
                continue
            page = reader.pages[index]
            if index not in forms:
                forms[index] = writer._add_object(_form(writer, page))
            xobjects[NameObject(f"/P{slot}")] = forms[index]
            # the trimmed page's corner goes to the slot's corner (the same as the page's without bleed)
            dx, dy = x - float(page.trimbox.left), -float(page.trimbox.bottom)
            ops.append(f"q 1 0 0 1 {dx:.4f} {dy:.4f} cm /P{slot} Do Q")
        links = [link for index, x in side if index is not None
                 for link in _web_links(reader.pages[index], x - float(reader.pages[index].trimbox.left))]
        if links:
            sheet[NameObject("/Annots")] = ArrayObject(writer._add_object(link) for link in links)
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode("ascii"))
        sheet[NameObject("/Contents")] = writer._add_object(content.flate_encode())
        sheet[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    info = reader.metadata or {}
    writer.add_metadata({key: info[key] for key in ("/Title", "/Author", "/CreationDate", "/ModDate")
                         if key in info} | {"/Producer": producer})
    lang = reader.trailer["/Root"].get("/Lang")
    if lang:
        writer.root_object[NameObject("/Lang")] = TextStringObject(str(lang))
    writer.root_object[NameObject("/ViewerPreferences")] = DictionaryObject({
        NameObject("/" + k): BooleanObject(v) if isinstance(v, bool) else NameObject("/" + v)
        for k, v in SHEET.items()})
    _bookmarks(reader, writer, {index: n for n, side in enumerate(sides) for index, _ in side if index is not None})
    writer.pdf_header = f"%PDF-{VERSION}"  # pypdf's default, 1.3, predates the OpenType fonts inside
    with target.open("wb") as f:
        writer.write(f)
    return len(sides)


def _bookmarks(reader: PdfReader, writer: PdfWriter, sheet_of: dict[int, int]) -> None:
    """The source's bookmarks, each to the sheet its page is on (first-level ones to the sheet's side)."""

    def copy(items, parent=None) -> None:
        last = None
        for item in items:
            if isinstance(item, list):  # the children of the item before
                if last is not None:
                    copy(item, last)
                continue
            page = reader.get_destination_page_number(item)
            last = None
            if page in sheet_of:
                last = writer.add_outline_item(title=str(item.title), page_number=sheet_of[page], parent=parent)

    copy(reader.outline)
