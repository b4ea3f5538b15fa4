"""Where print files point readers online: the edition's address, as text and as a QR code."""

from __future__ import annotations

import segno


def qr_svg(url: str) -> str:
    """An inline SVG QR code for ``url``, one unit per module and no quiet zone (CSS adds it).

    Error correction level M survives the wear and smudges of a leaflet in a pocket.
    """
    return segno.make(url, error="m", micro=False).svg_inline(scale=1, border=0, omitsize=True)


def qr_modules(url: str) -> list[list[bool]]:
    """The dark/light modules of the code for ``url``, to compare with a printed one."""
    return [[bool(v) for v in row] for row in segno.make(url, error="m", micro=False).matrix]
