"""Fixed wording the assembler adds to pages, in both languages, and date formats."""

from __future__ import annotations

import datetime as dt

LANGS = ("zh", "en")
"""Languages of every handbook; Chinese is the source language."""

WORDS = {
    "zh": {
        "local-rule": "{name}规定",
        "based-on": "依据",
        "in-force": "自{date}起施行",
        "applies-to": "本版适用于",
        "national-applies": "全国通用版（不含地方规定）",
        "switch-province": "更换省份",
        "to-be-confirmed": "待确认",
        "confirm-12333": "待确认，请拨打 12333 核实",
        "area": "地区",
        "monthly": "月最低工资（元）",
        "hourly": "小时最低工资（元）",
        "effective": "施行日期",
        "reviewed": "最后核对",
        "source": "来源",
        "yuan-month": "每月{n}元",
        "yuan-hour": "每小时{n}元",
        "list-sep": "；",
        "your-province": "你所在的省份",
        "national": "全国版",
        "edition": "{name}版",
        "contents": "目录",
    },
    "en": {
        "local-rule": "{name} rule",
        "based-on": "Based on",
        "in-force": "in force from {date}",
        "applies-to": "This edition applies to",
        "national-applies": "all of China (national rules only, no local rules)",
        "switch-province": "Choose another province",
        "to-be-confirmed": "to be confirmed",
        "confirm-12333": "to be confirmed: call 12333 to check",
        "area": "Area",
        "monthly": "Monthly minimum (yuan)",
        "hourly": "Hourly minimum (yuan)",
        "effective": "In force from",
        "reviewed": "Last reviewed",
        "source": "Source",
        "yuan-month": "{n} yuan a month",
        "yuan-hour": "{n} yuan an hour",
        "list-sep": "; ",
        "your-province": "your province",
        "national": "National edition",
        "edition": "{name} edition",
        "contents": "Contents",
    },
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def word(lang: str, key: str, **kw) -> str:
    return WORDS[lang][key].format(**kw)


def date(d: dt.date | None, lang: str) -> str:
    if d is None:
        return word(lang, "to-be-confirmed")
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def number(n: float | int | None, lang: str) -> str:
    if n is None:
        return word(lang, "to-be-confirmed")
    text = f"{n:,.2f}".rstrip("0").rstrip(".") if isinstance(n, float) else f"{n:,}"
    return text.replace(",", "") if lang == "zh" else text
