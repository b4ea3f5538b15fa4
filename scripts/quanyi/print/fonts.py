"""Fonts for print: Noto Sans CJK SC, pre-subset to the characters the content uses.

Subsetting the whole CJK collection for every document is what makes a naive render
slow (13–20 s for a 120-page handbook). We subset once per set of characters, cache the
result under build/fonts/, and let WeasyPrint subset that small font per document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SYSTEM_FONTS = {
    "regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
SC_INDEX = 2  # Noto Sans CJK SC inside the collection
FAMILY = "Quanyi Sans"
# Always present, whatever the text: ASCII, common CJK punctuation and symbols used by the layout.
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "，。、；：？！“”‘’（）《》〈〉【】—…·￥「」『』．–•→←↑↓■□●○✓"
# hyphenation of English inserts these
BASE_CHARS += "\u2010\u00ad"


class MissingGlyphs(Exception):
    pass


@dataclass
class FontSet:
    files: dict[str, Path]  # weight name -> subset font file
    chars: frozenset[str]

    def css(self) -> str:
        rules = []
        for weight, path in self.files.items():
            rules.append(f"@font-face {{ font-family: '{FAMILY}'; src: url('{path.as_uri()}'); "
                         f"font-weight: {700 if weight == 'bold' else 400}; }}")
        return "\n".join(rules)

    def missing(self, text: str) -> list[str]:
        return sorted({ch for ch in text if ch not in self.chars and not ch.isspace()})


def _subset(source: Path, chars: str, target: Path) -> None:
    font = TTCollection(str(source)).fonts[SC_INDEX]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    tmp = target.with_suffix(".tmp")
    font.save(str(tmp))
    tmp.rename(target)  # atomic, so parallel builds never read half a font


def build_fonts(text: str, cache: Path) -> FontSet:
    """Fonts holding every character of ``text``; reused from ``cache`` when already made."""
    chars = "".join(sorted(set(text + BASE_CHARS) - {"\n", "\r", "\t"}))
    key = hashlib.sha256(chars.encode("utf-8")).hexdigest()[:16]
    cache = cache.resolve()
    cache.mkdir(parents=True, exist_ok=True)
    files = {}
    for weight, source in SYSTEM_FONTS.items():
        target = cache / f"quanyi-sans-{weight}-{key}.otf"
        if not target.exists():
            _subset(source, chars, target)
        files[weight] = target
    covered = set(TTCollection(str(SYSTEM_FONTS["regular"])).fonts[SC_INDEX].getBestCmap())
    have = frozenset(ch for ch in chars if ord(ch) in covered) | {" "}
    return FontSet(files, have)
