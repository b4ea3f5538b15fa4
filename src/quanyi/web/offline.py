"""Offline copies: one edition as a self-contained folder that works from the file system.

Opened from a phone's storage or a USB stick there is no web server, so directory links
(``../wages/``) must name ``index.html``; links that leave the edition go to the online
site. The archive is reproducible: sorted entries, dates from SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import zipfile
from pathlib import Path

from quanyi.web import renderer

ATTR = re.compile(r'(href|src|action)="([^"#?]*)([^"]*)"')
# what the pages load by address (their styles are inside each page)
ASSETS = renderer.PAGE_ASSETS
START = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url={target}"><title>{title}</title></head>
<body><p><a href="{target}">{title}</a></p></body></html>
"""


def _rewrite(html: str, here: str, inside: set[str], online: str) -> str:
    """Make every link of the page at ``here`` (site-relative path) work offline."""
    base = posixpath.dirname(here)

    def fix(m: re.Match) -> str:
        attr, path, rest = m.groups()
        if not path or re.match(r"^[a-z][a-z0-9+.-]*:", path) or path.startswith("/"):
            return m.group(0)
        target = posixpath.normpath(posixpath.join(base, path))
        if path.endswith("/") or path in (".", "..") or not posixpath.splitext(path)[1]:
            target = posixpath.join(target, "index.html") if target != "." else "index.html"
            path = posixpath.relpath(target, base or ".")
        if target in inside or any(target.startswith(a) for a in ASSETS):
            return f'{attr}="{path}{rest}"'
        return f'{attr}="{online.rstrip("/")}/{target.removesuffix("index.html")}{rest}"'

    return ATTR.sub(fix, html)


def make_offline_zip(site: Path, edition: str, lang: str, target: Path, online: str, title: str) -> Path:
    prefix = f"{edition}/" if lang == "zh" else f"en/{edition}/"
    pages = sorted(p for p in (site / prefix).rglob("*") if p.is_file())
    inside = {p.relative_to(site).as_posix() for p in pages}
    assets = sorted(p for a in ASSETS for p in ([site / a] if (site / a).is_file() else (site / a).rglob("*"))
                    if p.is_file() and not p.name.endswith(".map"))
    stamp = dt.datetime.fromtimestamp(max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800),
                                      tz=dt.timezone.utc).timetuple()[:6]
    folder = f"quanyi-{edition}-{lang}"

    def add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data)

    with zipfile.ZipFile(target, "w") as zf:
        add(zf, "index.html", START.format(lang=lang, target=f"{prefix}index.html", title=title).encode())
        for path in pages:
            rel = path.relative_to(site).as_posix()
            data = path.read_bytes()
            if path.suffix == ".html":
                data = _rewrite(data.decode("utf-8"), rel, inside, online).encode("utf-8")
            add(zf, rel, data)
        for path in assets:
            add(zf, path.relative_to(site).as_posix(), path.read_bytes())
    return target
