"""HTML to PDF with WeasyPrint, strictly: any warning, or any font other than ours, is an error.

WeasyPrint reports trouble (a missing font file, CSS it ignores, an image it cannot load)
only as log messages and still writes a PDF; Pango silently takes a missing character from
any system font. On paper both are defects nobody notices until it is printed, so both fail.

The handbook is written as PDF/UA-1 (tagged, for screen readers); every file tells the print
dialog how it is meant to be printed (``/ViewerPreferences``).
"""

from __future__ import annotations

import contextlib
import io
import logging
from pathlib import Path

from .errors import PrintError

# Print dialog defaults. The handbook is an A5 book (duplex on the long edge; scaling left to the
# printer, so that "fit to page" can put it on A4). Booklet and leaflet sheets are A4 landscape,
# printed both sides flipping on the short edge, and must not be shrunk: the fold lines would move.
HANDBOOK = {"Duplex": "DuplexFlipLongEdge", "DisplayDocTitle": True}
SHEET = {"Duplex": "DuplexFlipShortEdge", "PrintScaling": "None", "DisplayDocTitle": True}
VERSION = "1.7"  # what WeasyPrint writes for PDF/UA-1, and what the imposed files declare


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def summary(self) -> str:
        unique = list(dict.fromkeys(self.messages))
        more = f"; and {len(unique) - 10} more" if len(unique) > 10 else ""
        return "; ".join(unique[:10]) + more


@contextlib.contextmanager
def _strict(name: str):
    """Raise, naming ``name``, with every warning WeasyPrint logs inside the block."""
    collect = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    try:
        yield
    finally:
        logger.removeHandler(collect)
    if collect.messages:
        raise PrintError(f"{name}: WeasyPrint warned: {collect.summary()}")


def render(html: str, name: str, base_url: str | None = None):
    """A laid-out WeasyPrint document; raises with every warning WeasyPrint gave."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Print files are made from the repository alone: a build never fetches from the network.
    local_only = URLFetcher(allowed_protocols=("file", "data"))
    with _strict(name):
        return HTML(string=html, base_url=base_url, url_fetcher=local_only).render()



def _finisher(preferences: dict[str, str | bool]):
    import pydyf

    def finish(document, pdf) -> None:
        current = pdf.catalog.get("ViewerPreferences") or pydyf.Dictionary()
        for key, value in preferences.items():
            current[key] = ("true" if value else "false") if isinstance(value, bool) else "/" + value
        pdf.catalog["ViewerPreferences"] = current

    return finish


def write(document, target: Path | None, name: str, families: set[str], tagged: bool = False,
          preferences: dict[str, str | bool] | None = None) -> bytes:
    """Write (or return) the PDF and check that every font in it is one of ``families``.

    ``tagged``: PDF/UA-1, with its structure tree and the document's language. ``preferences``:
    the ``/ViewerPreferences`` entries (:data:`HANDBOOK`, :data:`SHEET`). The identifier is derived
    from the file name, not from the time, so the same sources give the same bytes; the dates come
    from the document's ``dcterms`` meta tags.
    """
    options = {"pdf_variant": "pdf/ua-1"} if tagged else {"pdf_version": VERSION}
    with _strict(name):
        data = document.write_pdf(pdf_identifier=b"quanyi-" + name.encode("utf-8"),
                                  finisher=_finisher(preferences) if preferences else None, **options)
    foreign = sorted(set(used_fonts(document)) - families)
    if foreign:
        raise PrintError(f"{name}: text was set in {', '.join(foreign)}, a system font: a character is "
                         f"missing from our fonts — add it to BASE_CHARS in quanyi/print/fonts.py or "
                         f"replace it in the text")
    if target is not None:
        target.write_bytes(data)
    return data


def font_names(data: bytes) -> list[str]:
    """Base names of the fonts a PDF uses, without the subset prefix or style suffix."""
    from pypdf import PdfReader

    return _base_names(str(ref.get_object().get("/BaseFont", "")) for page in PdfReader(io.BytesIO(data)).pages
                       for ref in page.get("/Resources", {}).get("/Font", {}).values())


def used_fonts(document) -> list[str]:
    """:func:`font_names` of a document just written, from what WeasyPrint embedded: reading a
    tagged handbook back takes seconds."""
    return _base_names(font.name.decode("utf-8", "replace") for font in document.fonts.values())


def _base_names(names) -> list[str]:
    out = set()
    for name in names:
        base = name.lstrip("/").split("+")[-1]
        for style in ("-BoldItalic", "-Bold", "-Italic", "-Oblique"):
            base = base.removesuffix(style)
        out.add(base)
    return sorted(out)
