"""Tables that let a Chinese query find what it means rather than only what it spells.

- pinyin readings of the characters a query may contain (the 3,755 common characters of
  GB 2312 level 1 and every character of the handbook), so that 加斑费 and jiabanfei find
  加班费: the browser compares readings, not characters;
- the key terms with their readings, worked out here with their context (重庆 is chong);
- traditional characters whose simplified form the handbook uses, so 勞動仲裁 finds 劳动仲裁.

Made at build time with pypinyin and OpenCC's tables; the browser gets plain strings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def common_characters() -> list[str]:
    """GB 2312 level 1: the characters everyday Chinese text is written in."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def fuzzy(syllable: str) -> str:
    """A reading as accents and input methods blur it: zh/z, ch/c, sh/s, ng/n, l/n.

    overrides/assets/quanyi-search.js blurs readings the same way.
    """
    for hard, soft in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if syllable.startswith(hard):
            syllable = soft + syllable[2:]
    if syllable.startswith("l"):
        syllable = "n" + syllable[1:]
    if syllable.endswith("ng"):
        syllable = syllable[:-1]
    return syllable


def readings(chars: Iterable[str], sounds: set[str]) -> str:
    """``"ban:办半班斑…|…"``: the characters that can be read as one of ``sounds`` (blurred).

    Only readings a key term has are needed: a wrong character can only stand in for a
    term's character if it sounds like it.
    """
    from pypinyin import Style, pinyin

    groups: dict[str, list[str]] = defaultdict(list)
    for ch in sorted(set(chars)):
        for syllable in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]:
            syllable = syllable.replace("ü", "v")
            if syllable.isascii() and syllable.isalpha() and fuzzy(syllable) in sounds:
                groups[syllable].append(ch)
    return "|".join(f"{s}:{''.join(cs)}" for s, cs in sorted(groups.items()))


def term_readings(terms: Iterable[str]) -> list[list[str]]:
    """``[["加班费", "jia ban fei"], …]``: each term's reading in context, syllable by syllable."""
    from pypinyin import Style, lazy_pinyin

    out = []
    for term in terms:
        syllables = lazy_pinyin(term, style=Style.NORMAL, errors="ignore")
        if len(syllables) == len(term):  # only Chinese characters: a term with digits has no reading
            out.append([term, " ".join(syllables)])
    return out


def traditional(simplified: Iterable[str]) -> str:
    """``"勞劳動动…"``: pairs of a traditional character and the simplified one the text uses."""
    from opencc import OpenCC

    wanted = set(simplified)
    t2s = OpenCC("t2s")
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = t2s.convert("".join(chars))
    if len(converted) != len(chars):  # a phrase rule changed the length: go one by one
        converted = "".join(t2s.convert(c)[:1] or c for c in chars)
    return "".join(t + s for t, s in zip(chars, converted, strict=True) if t != s and s in wanted)
