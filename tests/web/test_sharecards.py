"""Share cards: drawn, not blank, in the site's colours, the same bytes every time, and small."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from quanyi.web import sharecards
from quanyi.web.sharecards import RED, WHITE, Card, ShareCardError, png

GUANGDONG = Card("zh", "劳动者权益手册", "广东省版")
GUANGDONG_EN = Card("en", "Workers' Rights Handbook", "Guangdong edition")


def pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def share(image: Image.Image, colour, box=None) -> float:
    """The part of the image (or of ``box``) that is exactly ``colour``."""
    part = image.crop(box) if box else image
    counts = {c: n for n, c in part.getcolors(part.width * part.height)}
    return counts.get(colour, 0) / (part.width * part.height)


@pytest.mark.parametrize("card", [GUANGDONG, GUANGDONG_EN, Card("zh", "劳动者权益手册", "宁夏回族自治区版")])
def test_card_is_red_and_white_with_text_on_both(card):
    data = png(card)
    assert len(data) < 100_000
    image = pixels(data)
    assert image.size == (1200, 630)
    # the red field above, the white hotline band below, and text (neither colour) on each
    red, white = share(image, RED), share(image, WHITE)
    assert 0.55 < red < 0.85 and 0.12 < white < 0.30, (red, white)
    top, band = (0, 0, 1200, 470), (0, 490, 1200, 630)
    assert 0.03 < 1 - share(image, RED, top) - share(image, WHITE, top) < 0.4
    assert 0.02 < 1 - share(image, WHITE, band) < 0.3


def test_important_text_stays_inside_the_central_square():
    image = pixels(png(Card("zh", "劳动者权益手册", "宁夏回族自治区版")))
    left, right = sharecards.SQUARE
    # outside the square: only the plain red field and the plain white band
    for box in ((0, 0, left, 630), (right, 0, 1200, 630)):
        assert share(image, RED, box) + share(image, WHITE, box) == 1.0


def test_editions_and_languages_have_different_cards():
    cards = [png(GUANGDONG), png(Card("zh", "劳动者权益手册", "北京市版")), png(GUANGDONG_EN)]
    assert len(set(cards)) == 3


def test_the_same_card_is_the_same_bytes():
    first = png(GUANGDONG)
    for cached in (sharecards.font, sharecards._index, sharecards._cmap):
        cached.cache_clear()
    assert png(GUANGDONG) == first
    assert b"tIME" not in first and b"tEXt" not in first and b"iTXt" not in first


def test_a_missing_font_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sharecards.FONTS, ("zh", "bold"), tmp_path / "NotoSansCJK-Bold.ttc")
    sharecards.font.cache_clear()
    with pytest.raises(ShareCardError, match="NotoSansCJK-Bold.ttc is missing — install fonts-noto-cjk"):
        png(GUANGDONG)
    sharecards.font.cache_clear()


def test_a_character_the_font_lacks_is_named():
    with pytest.raises(ShareCardError, match=r"U\+1F600"):
        png(Card("en", "Workers' Rights Handbook", "Smile \U0001F600 edition"))
