"""The worker tools page of an edition: five calculators and the documents to fill in.

Each calculator is a plain GET form with labelled number inputs; without JavaScript its
rule and a worked example (the handbook's own, and a case of handbooks/tools.yml, which the
tests run) are the answer. overrides/assets/quanyi-tools.js computes in the page: nothing is
sent or stored. The minimum-wage check offers the edition's own confirmed tiers, monthly and
hourly, from province.yml. The wording is in the string catalogue (``strings(lang, "tools")``).
"""

from __future__ import annotations

from html import escape

from quanyi.strings import number, strings
from quanyi.urls import CALCULATORS
from quanyi.urls import TOOLS as SLUG
from quanyi.web.letters import letters

SCRIPT = "assets/quanyi-tools.js"

# each calculator: its function in quanyi-tools.js and its inputs (name, kind); the names are the keys
# of its cases in handbooks/tools.yml. A kind ending in "?" may be left empty.
FORMS = {
    "compensation": ("compensation", [("start", "date"), ("end", "date"), ("wage", "money"), ("average", "money?"),
                                      ("unlawful", "check"), ("notice", "check")]),
    "double-wages": ("doubleWages", [("months", "count"), ("wage", "money")]),
    "overtime": ("overtime", [("wage", "money"), ("workday", "hours?"), ("restday", "hours?"), ("holiday", "hours?")]),
    # monthly pay against the monthly minimum; with hours, pay by the hour against the hourly minimum
    "minimum-wage": ("minimumWage", [("pay", "money"), ("overtime", "money?"), ("allowances", "money?"),
                                     ("benefits", "money?"), ("hours", "hours?"), ("minimum", "money?"),
                                     ("hourly", "money?")]),
    "unpaid": ("unpaid", [("months", "count"), ("wage", "money"), ("paid", "money?")]),
}
assert tuple(FORMS) == CALCULATORS  # the anchors the link check knows (quanyi.urls)


def _input(tool: str, name: str, kind: str, label: str, value: str = "") -> str:
    ident = f"{tool}-{name}"
    if kind == "check":
        return (f'<p class="quanyi-tool__check"><input type="checkbox" id="{ident}" name="{name}">'
                f'<label for="{ident}">{label}</label></p>')
    typ = ' type="date" required' if kind == "date" else \
        f' type="text" inputmode="{"numeric" if kind == "count" else "decimal"}"' + ("" if kind.endswith("?") else
                                                                                 " required")
    return (f'<p class="quanyi-tool__field"><label for="{ident}">{label}</label>'
            f'<input id="{ident}" name="{name}"{typ} autocomplete="off"{f" value={value!r}" if value else ""}></p>')


def _tiers(edition) -> tuple[str, dict[str, str]]:
    """The edition's confirmed minimum wages as words, and the first tier's as the form's defaults."""
    value = edition.province.values.get("minimum-wage", {}) if edition.province else {}
    if value.get("status") != "confirmed" or not value.get("tiers"):
        return "", {}
    lang, t = edition.lang, strings(edition.lang, "tools")
    sep = "；" if lang == "zh" else "; "

    def words(tier) -> str:
        hourly = tier.get("hourly")
        extra = "" if not hourly else (f"（{t['hour']} {number(hourly, lang)} {t['yuan']}）" if lang == "zh"
                                       else f" ({number(hourly, lang)} {t['yuan']} {t['hour']})")
        return f"{tier['area'][lang]} {number(tier['monthly'], lang)} {t['yuan']}{extra}"

    first = value["tiers"][0]
    defaults = {"minimum": str(first["monthly"])} | ({"hourly": str(first["hourly"])} if first.get("hourly") else {})
    return t["tiers"] + sep.join(words(tier) for tier in value["tiers"]), defaults


def label(t: dict, tool: str, name: str) -> str:
    """A field's label: the calculator's own (``compensation.wage``), else the shared one."""
    return t["fields"].get(f"{tool}.{name}", t["fields"][name])


def calculator(edition, tool: str) -> list[str]:
    t = strings(edition.lang, "tools")
    fn, fields = FORMS[tool]
    colon = "：" if edition.lang == "zh" else ": "
    # the result's wordings: data-say-result, data-say-capped, data-say-hourly-ok …
    says = {"result" if key == tool else key[len(tool) + 1:]: text
            for key, text in t["say"].items() if key == tool or key.startswith(tool + "-")}
    attrs = "".join(f' data-say-{k}="{escape(v)}"' for k, v in sorted(says.items()))
    tiers, defaults = _tiers(edition) if tool == "minimum-wage" else ("", {})
    lines = [f"## {t[tool]} {{#{tool}}}", "", f"**{t['formula']}**{colon}{t[tool + '-rule']}", "",
             f"**{t['example']}**{colon}{t[tool + '-example']}", ""]
    if tool == "compensation":
        lines += [t["no-average"], ""]
    if tiers:
        lines += [tiers, ""]
    inputs = "".join(_input(tool, name, kind, label(t, tool, name), defaults.get(name, "")) for name, kind in fields)
    lines += [f'<form class="quanyi-tool" data-tool="{fn}" method="get" action="#{tool}"{attrs}>{inputs}'
              f'<p><button type="submit">{t["calc"]}</button></p>'
              f'<output class="quanyi-tool__result" aria-live="polite"></output></form>', ""]
    return lines


def title(lang: str) -> str:
    return strings(lang, "tools")["title"]


def tools_page(edition, front_matter: list[str], switch: list[str]) -> str:
    t = strings(edition.lang, "tools")
    lines = [*front_matter, f"# {t['title']}", "", *switch, t["intro"], ""]
    for tool in FORMS:
        lines += calculator(edition, tool)
    lines += letters(edition)
    return "\n".join(lines).strip() + "\n"


__all__ = ["FORMS", "SCRIPT", "SLUG", "calculator", "label", "title", "tools_page"]
