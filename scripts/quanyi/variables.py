"""Variables in text, ``{{ minimum-wage }}`` or ``{{ minimum-wage.hourly }}``.

They resolve from province data; the national edition gets the neutral wording
declared in ``handbooks/values.yml``. ``{{ province }}`` is the province's name.
"""

from __future__ import annotations

import re

from .markdown_file import FENCE
from .model import Project, Province, ValueSpec
from .problems import Problems
from .words import date, number, word

VARIABLE = re.compile(r"\{\{\s*([^{}\s.]+)(?:\.([^{}\s]+))?\s*\}\}")
FORMS = {"wage-tiers": ("monthly", "hourly", "effective", "reviewed", "table")}


def known(project: Project) -> dict[str, tuple[str, ...]]:
    names = {"province": ("",)}
    for vid, spec in project.values.items():
        names[vid] = ("", *FORMS[spec.kind])
    return names


def _lines_outside_code(lines: list[str]):
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            yield i, line


def check_variables(project: Project, problems: Problems) -> None:
    names = known(project)
    files = [md for hb in project.handbooks.values() for ch in hb.chapters for md in ch.files.values()]
    files += [md for ov in project.overlays for md in ov.files.values()]
    for md in files:
        for i, line in _lines_outside_code(md.lines):
            for m in VARIABLE.finditer(line):
                name, form = m.group(1), m.group(2) or ""
                if name not in names:
                    problems.error(md.path, md.line_no(i), f"unknown variable '{m.group(0)}'",
                                   f"use one of: {', '.join('{{ ' + n + ' }}' for n in sorted(names))}")
                elif form not in names[name]:
                    forms = ", ".join(f"{{{{ {name}.{f} }}}}" for f in names[name] if f)
                    problems.error(md.path, md.line_no(i), f"unknown variable '{m.group(0)}'",
                                   f"use {{{{ {name} }}}} or one of: {forms}")
    for spec in project.values.values():
        for form in ("", *FORMS[spec.kind]):
            if (form or "monthly") not in spec.national:
                problems.error(project.root / "handbooks/values.yml", 1,
                               f"value '{spec.id}' has no national wording for '{form or 'monthly'}'",
                               f"add it under {spec.id}.national")


def render(value_id: str, form: str, project: Project, province: Province | None, lang: str) -> str:
    if value_id == "province":
        return province.name[lang] if province else word(lang, "your-province")
    spec = project.values[value_id]
    form = form or "monthly"
    if province is None:
        return spec.national[form][lang].strip()
    return _wage_tiers(spec, province.values[value_id], form, lang)


def _wage_tiers(spec: ValueSpec, data: dict, form: str, lang: str) -> str:
    confirmed = data["status"] == "confirmed"

    def fig(n):
        return number(n, lang) if confirmed and n is not None else None

    if form == "effective":
        return date(data["effective"], lang) if confirmed else word(lang, "confirm-12333")
    if form == "reviewed":
        return date(data["reviewed"], lang)
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
    for tier in data["tiers"]:
        rows.append(f"| {tier['area'][lang]} | {fig(tier['monthly']) or tbd} | {fig(tier['hourly']) or tbd} |")
    colon = "：" if lang == "zh" else ": "
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
    for i, line in _lines_outside_code(lines):
        out[i] = VARIABLE.sub(lambda m: render(m.group(1), m.group(2) or "", project, province, lang), line)
    return out
