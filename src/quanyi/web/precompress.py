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

from quanyi.cache import Store, key

TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".xsl", ".txt")
SMALLEST = 256  # below this a compressed copy saves less than its headers cost
# Brotli's strongest setting takes ~20 s over every page (about 8 % smaller than setting 5, which
# takes half a second): it is kept for the few files every visit loads, the shared assets.
SHARED = "assets/"


def precompress(site: Path, reuse: Store | None = None) -> tuple[int, int]:
    """Write ``.gz`` and ``.br`` beside every text file; returns (bytes before, bytes as gzip).

    With ``reuse``, the copies of a file whose bytes an earlier build compressed are copied.
    """
    before = after = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in TEXT or path.name.endswith(".map"):
            continue
        data = path.read_bytes()
        if len(data) < SMALLEST:
            continue
        quality = 11 if path.relative_to(site).as_posix().startswith(SHARED) else 5
        gz, br = path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")

        def make(data=data, quality=quality, gz=gz, br=br):
            gz.write_bytes(gzip.compress(data, 9, mtime=0))
            br.write_bytes(brotli.compress(data, quality=quality))

        if reuse:
            reuse.reuse_or_make(key("precompress", str(quality), data, layer="web"), {"gz": gz, "br": br}, make)
        else:
            make()
        before += len(data)
        after += gz.stat().st_size
    return before, after
