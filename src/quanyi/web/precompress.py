"""Compressed copies of the site's text files, made once at build time.

A plain static host can then send ``page.html.gz`` or ``.br`` to a phone that accepts it
(nginx ``gzip_static``/``brotli_static``, Caddy ``precompressed``) without compressing on
every request, and at the strongest setting, which hosts rarely use on the fly. README.md,
"Hosting", has the lines to copy. The copies are reproducible: no names or dates inside.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".xsl", ".txt")
SMALLEST = 256  # below this a compressed copy saves less than its headers cost
# Brotli's strongest setting takes ~20 s over every page (about 8 % smaller than setting 5, which
# takes half a second): it is kept for the few files every visit loads, the shared assets.
SHARED = "assets/"


def precompress(site: Path) -> tuple[int, int]:
    """Write ``.gz`` and ``.br`` beside every text file; returns (bytes before, bytes as gzip)."""
    before = after = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in TEXT or path.name.endswith(".map"):
            continue
        data = path.read_bytes()
        if len(data) < SMALLEST:
            continue
        packed = gzip.compress(data, 9, mtime=0)
        path.with_name(path.name + ".gz").write_bytes(packed)
        quality = 11 if path.relative_to(site).as_posix().startswith(SHARED) else 5
        path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=quality))
        before += len(data)
        after += len(packed)
    return before, after
