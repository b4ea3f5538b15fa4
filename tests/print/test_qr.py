"""The address print files point to, and its QR code."""

from __future__ import annotations

import pytest

from quanyi.print.errors import PrintError
from quanyi.print.qr import edition_url, qr_modules, qr_svg, site_url


def test_site_url_is_read_as_plain_yaml_despite_mkdocs_tags(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nsite_url: https://quanyi.example.org/\n"
        "extra:\n  key: !ENV [KEY, none]\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8")
    assert site_url(tmp_path) == "https://quanyi.example.org/"


def test_missing_site_url_fails(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    with pytest.raises(PrintError, match="site_url"):
        site_url(tmp_path)


def test_edition_urls_follow_the_site_layout():
    assert edition_url("https://q.example.org/", "beijing", "zh") == "https://q.example.org/beijing/"
    assert edition_url("https://q.example.org", "beijing", "en") == "https://q.example.org/en/beijing/"


def test_svg_draws_the_modules():
    url = "https://q.example.org/en/beijing/"
    n = len(qr_modules(url))
    assert f'viewBox="0 0 {n} {n}"' in qr_svg(url)
