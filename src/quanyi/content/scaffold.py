"""``quanyi new-province <code>``: a new province with every key present, nothing guessed."""

from __future__ import annotations

from pathlib import Path

from quanyi.content.provinces import DIVISIONS
from quanyi.strings import LANGS

TEMPLATE = """\
# {zh}: province data. Fill in what you have confirmed; leave the rest as it is.
# Every figure needs a source and dates. Until confirmed, keep status: to-be-confirmed:
# the site then shows "待确认" (to be confirmed) and points readers to 12333.
# Only figures you have checked against the source get status: confirmed, and reviewed: the day you checked.
code: {code}
name: {{zh: {zh}, en: {en}}}
short: {{zh: {short_zh}, en: {en}}}
values:
  minimum-wage:
    status: to-be-confirmed
    effective: null          # date in force, YYYY-MM-DD, from the official notice
    reviewed: null           # the day you checked these figures against the source, YYYY-MM-DD; empty until then
    source: null             # {{title: name of the notice, url: "https://..."}}
    tiers:
      - area: {{zh: 第一档地区, en: Tier 1 areas}}
        monthly: null        # yuan a month
        hourly: null         # yuan an hour (part-time work)
        places: null         # the cities and counties in this tier: {{zh: [城市, …], en: [City, …]}}
regulations: []              # local regulations that overlays cite (id, name, issuer, number, effective, source)
contacts: []                 # confirmed local contacts only (name, phone, note); never guess
"""


def new_province(root: Path, code: str) -> Path:
    if code not in DIVISIONS:
        raise ValueError(f"'{code}' is not a provincial-level division — use one of: {', '.join(DIVISIONS)}")
    directory = root / "handbooks" / "provinces" / code
    path = directory / "province.yml"
    if path.exists():
        raise ValueError(f"{path.relative_to(root)} already exists — edit it instead")
    # a folder without province.yml (``make check`` says to run this command) gets one; nothing in it is touched
    zh, en = DIVISIONS[code]
    short_zh = zh.removesuffix("省").removesuffix("市")
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区"):
        short_zh = short_zh.removesuffix(suffix)
    for lang in LANGS:
        (directory / lang).mkdir(parents=True, exist_ok=True)
        if not any((directory / lang).iterdir()):
            (directory / lang / ".gitkeep").write_text("")
    path.write_text(TEMPLATE.format(code=code, zh=zh, en=en, short_zh=short_zh), encoding="utf-8")
    return path
