"""Share cards: the picture a chat app shows beside a shared link, one per edition and language.

Drawn at build time with Pillow from the system Noto fonts the print step uses: no service, no
network. 1200×630 is what Open Graph readers expect; WeChat shows only a small square from the
middle, so the handbook, the edition and the hotlines all sit inside the central 630×630. A
palette PNG without metadata keeps each card under 100 KB and the same bytes in every build.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from quanyi.assembly.assemble import Edition
from quanyi.cache import Store, key
from quanyi.strings import LANGS, strings
from quanyi.urls import share_card_path
from quanyi.web.share import CARD_SIZE
from quanyi.web.tree import edition_name

WIDTH, HEIGHT = CARD_SIZE
SQUARE = ((WIDTH - HEIGHT) // 2, (WIDTH + HEIGHT) // 2)  # left and right edge of the central square
MARGIN = 48  # inside the square, so that a cropped thumbnail keeps a border
TEXT_WIDTH = HEIGHT - 2 * MARGIN

# overrides/assets/quanyi.css: the site's red, its dark red, and the light red of local-rule boxes
RED, DARK_RED, LIGHT = (0xB7, 0x1C, 0x1C), (0x7F, 0x00, 0x00), (0xFF, 0xF5, 0xF5)
WHITE = (0xFF, 0xFF, 0xFF)
COLOURS = 32  # enough for anti-aliased text on flat colours

NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
NOTO = Path("/usr/share/fonts/truetype/noto")
INSTALL = "install fonts-noto-cjk and fonts-noto-core (scripts/bootstrap.sh does)"
CJK_FACE = "Noto Sans CJK SC"  # the collection holds every CJK region; the simplified-Chinese one
FONTS = {("zh", "bold"): NOTO_CJK / "NotoSansCJK-Bold.ttc", ("zh", "regular"): NOTO_CJK / "NotoSansCJK-Regular.ttc",
         ("en", "bold"): NOTO / "NotoSans-Bold.ttf", ("en", "regular"): NOTO / "NotoSans-Regular.ttf"}


class ShareCardError(Exception):
    pass


@dataclass(frozen=True)
class Card:
    lang: str
    handbook: str  # 劳动者权益手册
    edition: str  # 广东省版, or 全国版和各省版本 for the site's own card

    @property
    def lines(self) -> dict[str, str]:
        return strings(self.lang, "share")


def _path(lang: str, weight: str) -> Path:
    path = FONTS[lang, weight]
    if not path.exists():
        raise ShareCardError(f"font {path} is missing — {INSTALL}")
    return path


@cache
def _index(path: Path) -> int:
    if path.suffix != ".ttc":
        return 0
    for i in range(32):
        try:
            if ImageFont.truetype(str(path), 12, index=i).getname()[0] == CJK_FACE:
                return i
        except OSError:
            break
    raise ShareCardError(f"{path} has no '{CJK_FACE}' — {INSTALL}")


@cache
def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont

    source = TTCollection(str(path), lazy=True) if path.suffix == ".ttc" else TTFont(str(path), lazy=True)
    try:
        font = source.fonts[_index(path)] if path.suffix == ".ttc" else source
        return frozenset(font.getBestCmap())
    finally:
        source.close()


@cache
def font(lang: str, weight: str, size: int) -> ImageFont.FreeTypeFont:
    path = _path(lang, weight)
    return ImageFont.truetype(str(path), size, index=_index(path))


def _check(text: str, lang: str, weight: str) -> None:
    # Pillow would draw a missing character as an empty box; say which one instead
    path = _path(lang, weight)
    missing = sorted({c for c in text if not c.isspace() and ord(c) not in _cmap(path)})
    if missing:
        chars = ", ".join(f"U+{ord(c):04X} {c!r}" for c in missing)
        raise ShareCardError(f"{path.name} has no {chars} for the share card '{text}' — "
                             "change the wording in strings.py or the province's name")


def _width(text: str, f: ImageFont.FreeTypeFont) -> float:
    return f.getlength(text)


def _wrap(text: str, lang: str, f: ImageFont.FreeTypeFont, width: int) -> list[str] | None:
    """The text in at most two lines of ``width``, broken at a space (English) or after punctuation (Chinese)."""
    if _width(text, f) <= width:
        return [text]
    if lang == "en":
        breaks = [i for i, c in enumerate(text) if c == " "]
        pieces = [(text[:i], text[i + 1:]) for i in breaks]
    else:
        # after punctuation or before a conjunction (全国版 / 和各省版本), else anywhere
        breaks = [i + 1 for i, c in enumerate(text[:-1]) if c in "，、：；·"] + \
            [i for i, c in enumerate(text) if i and c in "和与及"] or list(range(1, len(text)))
        pieces = [(text[:i], text[i:]) for i in breaks]
    fitting = [p for p in pieces if max(_width(p[0], f), _width(p[1], f)) <= width]
    if not fitting:
        return None
    return list(min(fitting, key=lambda p: abs(_width(p[0], f) - _width(p[1], f))))


def _fit(text: str, lang: str, weight: str, size: int, width: int, two_lines: bool = True):
    """The largest size from ``size`` down at which the text fits (one line, else two): (font, lines)."""
    _check(text, lang, weight)
    sizes = range(size, 11, -2)
    # a little smaller on one line, else two lines as large as they fit, else ever smaller
    for s in [s for s in sizes if s >= size * 0.85]:
        if _width(text, f := font(lang, weight, s)) <= width:
            return f, [text]
    for s in sizes:
        f = font(lang, weight, s)
        if _width(text, f) <= width:
            return f, [text]
        if two_lines and (lines := _wrap(text, lang, f, width)):
            return f, lines
    raise ShareCardError(f"the share card text '{text}' does not fit — shorten it in strings.py")


def _centre(draw: ImageDraw.ImageDraw, y: float, lines: list[str], f: ImageFont.FreeTypeFont, fill,
            leading: float = 1.25, cx: float = WIDTH / 2) -> float:
    """Draw lines centred on ``cx`` from ``y`` (top of the first line's em box); returns the bottom."""
    step = f.size * leading
    for line in lines:
        draw.text((cx, y), line, font=f, fill=fill, anchor="mt")
        y += step
    return y - step + f.size


def draw(card: Card) -> Image.Image:
    t = card.lines
    image = Image.new("RGB", CARD_SIZE, RED)
    d = ImageDraw.Draw(image)
    left, right = SQUARE

    band = 150  # the hotlines on white, the strongest contrast for what a worker must not miss
    d.rectangle((0, HEIGHT - band, WIDTH, HEIGHT), fill=WHITE)

    title_font, title = _fit(card.handbook, card.lang, "bold", 52 if card.lang == "zh" else 46, TEXT_WIDTH)
    edition_font, edition = _fit(card.edition, card.lang, "bold", 104 if card.lang == "zh" else 84, TEXT_WIDTH)
    tag_font, tag = _fit(t["tagline"], card.lang, "regular", 36 if card.lang == "zh" else 34, TEXT_WIDTH)

    # the three blocks, with rules between, centred in the red part
    gap = 34
    heights = [title_font.size * (1.25 * (len(title) - 1) + 1), edition_font.size * (1.15 * (len(edition) - 1) + 1),
               tag_font.size * (1.3 * (len(tag) - 1) + 1)]
    y = (HEIGHT - band - sum(heights) - 2 * gap) / 2
    y = _centre(d, y, title, title_font, LIGHT) + gap
    y = _centre(d, y, edition, edition_font, WHITE, leading=1.15) + gap
    _centre(d, y, tag, tag_font, LIGHT, leading=1.3)

    number_font = font(card.lang, "bold", 60)
    label_size = 30 if card.lang == "zh" else 28
    for cx, number in ((left + HEIGHT / 4, "12333"), (left + HEIGHT * 3 / 4, "12348")):
        label_font, label = _fit(t[number], card.lang, "regular", label_size, HEIGHT // 2 - 24, two_lines=False)
        y = HEIGHT - band + 22
        y = _centre(d, y, [number], number_font, RED, cx=cx) + 12
        _centre(d, y, label, label_font, DARK_RED, cx=cx)
    d.line((WIDTH / 2, HEIGHT - band + 30, WIDTH / 2, HEIGHT - 30), fill=(0xE6, 0xB8, 0xB8), width=2)
    return image


def png(card: Card) -> bytes:
    """The card as a palette PNG; no text chunks or dates, so the same card is the same bytes."""
    image = draw(card).quantize(COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def cards(editions: list[Edition], handbook: dict[str, str]) -> dict[str, Card]:
    """Every card the pages point to: site path -> card. ``handbook``: the handbook's title by language."""
    out = {share_card_path(None, lang): Card(lang, handbook[lang], strings(lang, "share")["editions"])
           for lang in LANGS}
    for ed in editions:
        out[share_card_path(ed.code, ed.lang)] = Card(ed.lang, ed.title, edition_name(ed))
    return out


def write_cards(editions: list[Edition], handbook: dict[str, str], site: Path,
                reuse: Store | None = None) -> list[Path]:
    """Draw every card into ``site``; with ``reuse``, a card drawn before (same words) is copied."""
    written = []
    # the system fonts the cards are drawn with are part of what makes each picture
    fonts = [f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in FONTS.values() if p.exists()]
    for rel, card in cards(editions, handbook).items():
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)

        def make(path=path, card=card):
            path.write_bytes(png(card))

        if reuse:
            entry = key("card", repr(card), repr(card.lines), *fonts, layer="web")
            reuse.reuse_or_make(entry, {"card.png": path}, make)
        else:
            make()
        written.append(path)
    if reuse:
        reuse.prune()
    return written
