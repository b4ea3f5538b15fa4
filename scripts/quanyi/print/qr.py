"""Where print files point readers online: the edition's address, as text and as a QR code."""

from __future__ import annotations

from pathlib import Path

import segno
import yaml

from .errors import PrintError


class _PlainLoader(yaml.SafeLoader):
    """mkdocs.yml may carry MkDocs-only tags (``!ENV``, ``!!python/name:``); we only need plain keys."""


_PlainLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_url(root: Path) -> str:
    """The public address from mkdocs.yml, read as plain YAML (MkDocs is not imported)."""
    data = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_PlainLoader) or {}
    url = data.get("site_url")
    if not url or not str(url).startswith(("https://", "http://")):
        raise PrintError("mkdocs.yml has no site_url — set the site's public address; QR codes point to it")
    return str(url)


def edition_url(site: str, code: str, lang: str) -> str:
    """The edition's home page: zh at ``<code>/``, en at ``en/<code>/`` (the site's layout)."""
    return site.rstrip("/") + "/" + ("" if lang == "zh" else "en/") + f"{code}/"


def qr_svg(url: str) -> str:
    """An inline SVG QR code for ``url``, one unit per module and no quiet zone (CSS adds it).

    Error correction level M survives the wear and smudges of a leaflet in a pocket.
    """
    return segno.make(url, error="m", micro=False).svg_inline(scale=1, border=0, omitsize=True)


def qr_modules(url: str) -> list[list[bool]]:
    """The dark/light modules of the code for ``url``, to compare with a printed one."""
    return [[bool(v) for v in row] for row in segno.make(url, error="m", micro=False).matrix]
