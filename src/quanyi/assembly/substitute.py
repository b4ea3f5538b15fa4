"""Fill in variables: ``{{ minimum-wage }}`` from province data, ``{{ province }}`` from its name.

The national edition gets the neutral wording declared in ``handbooks/values.yml``.
The syntax and its validation are in :mod:`quanyi.content.variables`.
"""

from __future__ import annotations

from quanyi.content.markdown_file import lines_outside_code
from quanyi.content.model import Project, Province, ValueSpec
from quanyi.content.variables import VARIABLE
from quanyi.strings import date, number, word


def render(value_id: str, form: str, project: Project, province: Province | None, lang: str) -> str:
    if value_id == "province":
        return province.name[lang] if province else word(lang, "your-province")
    spec = project.values[value_id]
    form = form or "monthly"
    if province is None:
        return spec.national[form][lang].strip()
    return _wage_tiers(spec, province.values[value_id], form, lang)


def _area(tier: dict, data: dict, lang: str, colon: str) -> str:
    """A tier's name and the places in it; with several tiers, unknown places are said to be so."""
    places = tier.get("places")
    if places:
        return tier["area"][lang] + colon + word(lang, "place-sep").join(places[lang])
    if len(data["tiers"]) > 1:
        return tier["area"][lang] + word(lang, "places-tbd")
    return tier["area"][lang]


def _wage_tiers(spec: ValueSpec, data: dict, form: str, lang: str) -> str:
    confirmed = data["status"] == "confirmed"

    def fig(n):
        return number(n, lang) if confirmed and n is not None else None

    if form == "effective":
        return date(data["effective"], lang) if confirmed else word(lang, "confirm-12333")
    if form == "reviewed":
        return date(data["reviewed"], lang)
    if form == "range":  # short, for the leaflet: lowest to highest monthly figure, places in the handbook
        figures = sorted(tier["monthly"] for tier in data["tiers"] if tier["monthly"] is not None)
        # a range without an unknown tier would understate it: "1930 to 2080" when tier 1 is higher
        if not confirmed or len(figures) < len(data["tiers"]):
            return word(lang, "confirm-12333")
        if figures[0] == figures[-1] or len(data["tiers"]) == 1:
            return word(lang, "yuan-month", n=number(figures[-1], lang))
        return word(lang, "yuan-month-range", low=number(figures[0], lang), high=number(figures[-1], lang))
    if form in ("monthly", "hourly"):
        if not confirmed:
            return word(lang, "confirm-12333")
        key = "yuan-month" if form == "monthly" else "yuan-hour"
        parts = []
        for tier in data["tiers"]:
            n = fig(tier[form])
            amount = word(lang, key, n=n) if n else word(lang, "confirm-12333")
            parts.append(f"{tier['area'][lang]}{'：' if lang == 'zh' else ': '}{amount}")
        return word(lang, "list-sep").join(parts)
    # table: a Markdown table plus the date, status and source beneath it
    tbd = word(lang, "confirm-12333")
    rows = [f"| {word(lang, 'area')} | {word(lang, 'monthly')} | {word(lang, 'hourly')} |",
            "| --- | --: | --: |"]
    colon = "：" if lang == "zh" else ": "
    for tier in data["tiers"]:
        monthly, hourly = fig(tier["monthly"]) or tbd, fig(tier["hourly"]) or tbd
        rows.append(f"| {_area(tier, data, lang, colon)} | {monthly} | {hourly} |")
    facts = [f"{word(lang, 'effective')}{colon}{date(data['effective'], lang) if confirmed else tbd}"]
    if data.get("source"):
        src = data["source"]
        title = f"[{src['title']}]({src['url']})" if src.get("url") else src["title"]
        facts.append(f"{word(lang, 'source')}{colon}{title}")
    facts.append(f"{word(lang, 'reviewed')}{colon}{date(data['reviewed'], lang)}")
    text = "\n".join(rows) + "\n\n" + ("；" if lang == "zh" else " · ").join(facts)
    if data.get("note"):
        text += "\n\n" + data["note"][lang]
    return text


def substitute(lines: list[str], project: Project, province: Province | None, lang: str) -> list[str]:
    out = list(lines)
    for i, line in lines_outside_code(lines):
        out[i] = VARIABLE.sub(lambda m: render(m.group(1), m.group(2) or "", project, province, lang), line)
    return out
