"""The address print files point to, and its QR code."""

from __future__ import annotations

from quanyi.print.qr import qr_modules, qr_svg


def test_svg_draws_the_modules():
    url = "https://q.example.org/en/beijing/"
    n = len(qr_modules(url))
    assert f'viewBox="0 0 {n} {n}"' in qr_svg(url)
