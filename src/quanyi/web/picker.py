"""Finding your province: every edition grouped by region, with a filter that knows city names.

The list is plain Markdown links, so it works without JavaScript. On the home page each link
carries the words a reader may type for it (data-places): the province's names and the places in
its minimum-wage tiers, in both languages, so that 东莞 or "dongguan" leads to Guangdong. The
switch on every page matches the provinces' names. The filter itself is
a few lines at the end of assets/quanyi-search.js; without script the field is hidden.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from quanyi.content.model import Project
from quanyi.content.provinces import REGIONS
from quanyi.strings import LANGS, word

CLASS = "quanyi-picker"
# Endings a reader may or may not type (东莞市 / 东莞); the script drops them from the query too.
SUFFIX = re.compile(r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|县|区|盟)$")
# tier entries that are not a place one would type: 全省, "Whole province", "其他县（市、区）"
NOT_A_PLACE = re.compile(r"^(全|其他|其余|all\b|whole\b|other\b|rest\b)|[（(]", re.I)


def label(project: Project, code: str, lang: str) -> str:
    if code == "national":
        return word(lang, "national")
    return project.provinces[code].name[lang]


def place_words(project: Project, code: str) -> str:
    """What a reader may type for this province, normalised as the filter compares it."""
    province = project.provinces[code]
    names = [province.name[lang] for lang in LANGS] + [province.short[lang] for lang in LANGS]
    for value in province.values.values():
        for tier in value.get("tiers") or []:
            for lang in LANGS:
                names += (tier.get("places") or {}).get(lang) or []
    words = []
    for name in names:
        if NOT_A_PLACE.search(name.strip()):
            continue
        w = SUFFIX.sub("", name.strip().lower().replace(" county", "").replace(" ", ""))
        if len(w) >= 2 and w not in words:
            words.append(w)
    return " ".join(words)


def picker(project: Project, lang: str, href: Callable[[str], str], current: str | None = None,
           where: str = "home") -> list[str]:
    """Markdown lines: the filter field, national edition first, then each region's provinces.

    ``href(code)`` is the link to an edition; ``current`` is shown in bold, not linked.
    """
    codes = set(project.editions())

    def item(code: str) -> str:
        text = word(lang, "picker-national") if code == "national" and where == "home" else label(project, code, lang)
        if code == current:
            return f"- **{text}**"
        # the place words go on the home page's list only: on every page's switch they would cost each
        # first visit about 2 KB; there the filter matches the provinces' names
        places = f'{{: data-places="{html.escape(place_words(project, code))}" }}' \
            if code != "national" and where == "home" else ""
        return f"- [{text}]({href(code)}){places}"

    field = f"{CLASS}-{where}"
    lines = [f'<div class="{CLASS} {CLASS}--{where}" markdown="1">', "",
             f'<p class="{CLASS}__filter"><label for="{field}">{word(lang, "picker-label")}</label> '
             f'<input type="search" id="{field}" data-picker autocomplete="off" enterkeyhint="go" '
             f'placeholder="{word(lang, "picker-hint")}"></p>',
             f'<p class="{CLASS}__none" hidden>{word(lang, "picker-none")}</p>', ""]
    if "national" in codes:
        lines += [f'<div class="{CLASS}__national" markdown="1">', "", item("national"), "", "</div>", ""]
    for (names, members) in REGIONS.values():
        present = [c for c in members if c in codes]
        if present:
            lines += [f'<div class="{CLASS}__region" markdown="1">', "",
                      f'<p class="{CLASS}__name">{names[0] if lang == "zh" else names[1]}</p>', "",
                      *(item(c) for c in present), "", "</div>", ""]
    return [*lines, "</div>"]
