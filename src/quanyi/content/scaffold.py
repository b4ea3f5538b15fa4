"""``quanyi new-province <code>``: a new province with every key present, nothing guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quanyi.content.provinces import DIVISIONS
from quanyi.strings import LANGS

TEMPLATE = """\
# {zh}: province data. Fill in what you have confirmed; leave the rest as it is.
# Every figure needs a source and dates. Until confirmed, keep status: to-be-confirmed:
# the site then shows "待确认" (to be confirmed) and points readers to 12333.
code: {code}
name: {{zh: {zh}, en: {en}}}
short: {{zh: {short_zh}, en: {en}}}
values:
  minimum-wage:
    status: to-be-confirmed
    effective: null          # date in force, YYYY-MM-DD, from the official notice
    reviewed: {today}        # the day someone last checked these figures
    source: null             # {{title: name of the notice, url: "https://..."}}
    tiers:
      - area: {{zh: 第一档地区, en: Tier 1 areas}}
        monthly: null        # yuan a month
        hourly: null         # yuan an hour (part-time work)
regulations: []              # local regulations that overlays cite (id, name, issuer, number, effective, source)
contacts: []                 # confirmed local contacts only (name, phone, note); never guess
"""


def new_province(root: Path, code: str, today: dt.date | None = None) -> Path:
    if code not in DIVISIONS:
        raise ValueError(f"'{code}' is not a provincial-level division — use one of: {', '.join(DIVISIONS)}")
    directory = root / "handbooks" / "provinces" / code
    if directory.exists():
        raise ValueError(f"{directory.relative_to(root)} already exists — edit it instead")
    zh, en = DIVISIONS[code]
    short_zh = zh.removesuffix("省").removesuffix("市")
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区"):
        short_zh = short_zh.removesuffix(suffix)
    for lang in LANGS:
        (directory / lang).mkdir(parents=True)
        (directory / lang / ".gitkeep").write_text("")
    path = directory / "province.yml"
    path.write_text(TEMPLATE.format(code=code, zh=zh, en=en, short_zh=short_zh,
                                    today=(today or dt.date.today()).isoformat()), encoding="utf-8")
    return path
