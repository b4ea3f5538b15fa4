"""Pre-compressed copies beside the site's text files, for a static host to send as they are."""

from __future__ import annotations

import gzip

import brotli

from quanyi.web.precompress import SMALLEST, TEXT, precompress

# what a phone loads on its first visit to a chapter (the page's styles are inside it)
FIRST_VISIT = ("guangdong/wages/index.html", "assets/quanyi-search.js")


def test_every_text_file_has_identical_compressed_copies(real_site):
    checked = 0
    for path in real_site.rglob("*"):
        if path.suffix not in TEXT or path.name.endswith(".map") or path.stat().st_size < SMALLEST:
            continue
        data = path.read_bytes()
        assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == data, path
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data, path
        checked += 1
    assert checked > 300


def test_a_chapters_first_visit_fits_the_budget_compressed(real_site):
    # issue 14: 40 KB gzip in all for a first visit, headers included; 3 KB is left for the favicon and headers
    sizes = [(real_site / f"{name}.gz").stat().st_size for name in FIRST_VISIT]
    assert sum(sizes) + (real_site / "assets/images/favicon.png").stat().st_size <= 37_000, sizes


def test_copies_are_reproducible(tmp_path):
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "page.html").write_text("<p>工资</p>" * 100, encoding="utf-8")
        (folder / "tiny.css").write_text("a{}", encoding="utf-8")
        precompress(folder)
    assert (tmp_path / "a/page.html.gz").read_bytes() == (tmp_path / "b/page.html.gz").read_bytes()
    assert (tmp_path / "a/page.html.br").read_bytes() == (tmp_path / "b/page.html.br").read_bytes()
    assert not (tmp_path / "a/tiny.css.gz").exists(), "too small to be worth it"
