"""The tri-fold leaflet: six panels on two A4 landscape pages.

Each panel is rendered on its own page of exactly one panel's size; a panel whose text
needs a second page does not fit, and the build says which. The panels are then placed
for a roll fold: outside page = inside flap (5), back (6), front cover (1); inside page
= 2, 3, 4.
"""

from __future__ import annotations

import html
import re

import markdown
from pypdf import PageObject, PdfReader, PdfWriter, Transformation

from ..assemble import Edition
from .document import EXTENSIONS, edition_url, qr_svg

A4_LANDSCAPE = (841.89, 595.28)
LAYOUT = [(4, 5, 0), (1, 2, 3)]  # panel indexes (reading order 0-5) on page 1 and page 2, left to right

PANEL_CSS = """
@page { size: 99mm 210mm; margin: 9mm 7mm; }
html { font-family: "Quanyi Sans"; font-size: 10.5pt; line-height: 1.55; color: #111; }
.panel { page-break-after: always; }
.panel:last-child { page-break-after: auto; }
h1 { font-size: 14pt; color: #b71c1c; margin: 0 0 3mm; line-height: 1.25; }
h2 { font-size: 11pt; margin: 4mm 0 1mm; }
ol, ul { padding-left: 5mm; margin: 1mm 0; }
li { margin: 1mm 0; }
p { margin: 1.5mm 0; }
.cover h1 { font-size: 20pt; margin-top: 30mm; }
.local-rule { border-left: 1mm solid #c62828; background: #fdecea; padding: 0.5mm 2mm; margin: 2mm 0; }
.local-rule-label { font-weight: 700; color: #b71c1c; margin: 0.5mm 0; }
.local-rule-source { font-size: 7.5pt; }
.qr svg { display: block; width: 32mm; height: 32mm; margin: 3mm auto 0; }
.edition { font-weight: 700; }
"""


class PanelOverflow(Exception):
    pass


def panels_html(edition: Edition, css: str, site_url: str) -> list[str]:
    """One HTML document per panel, so each can be measured on its own."""
    lang = "zh-Hans" if edition.lang == "zh" else "en"
    url = edition_url(site_url, edition)
    docs = []
    for i, chapter in enumerate(edition.chapters):
        body = markdown.markdown(chapter.markdown, extensions=EXTENSIONS, output_format="html")
        body = re.sub(r'\sid="[^"]+"', "", body)
        if i == 0:
            body += f'<p class="edition">{html.escape(edition.name)}</p>'
        if i == len(edition.chapters) - 1:
            body += f'<div class="qr">{qr_svg(url)}</div><p style="text-align:center;font-size:7.5pt">{url}</p>'
        cls = "panel cover" if i == 0 else "panel"
        docs.append(f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                    f"<title>{html.escape(edition.title)}</title><style>{css}{PANEL_CSS}</style></head>"
                    f'<body><section class="{cls}">{body}</section></body></html>')
    return docs


def compose(panel_pdfs: list[PdfReader], target, title: str) -> None:
    width, height = A4_LANDSCAPE
    panel_width = width / 3
    writer = PdfWriter()
    for row in LAYOUT:
        page = PageObject.create_blank_page(width=width, height=height)
        for slot, index in enumerate(row):
            page.merge_transformed_page(panel_pdfs[index].pages[0],
                                        Transformation().translate(tx=slot * panel_width, ty=0))
        writer.add_page(page)
    writer.add_metadata({"/Title": title, "/Producer": "Quanyi"})
    with open(target, "wb") as f:
        writer.write(f)
