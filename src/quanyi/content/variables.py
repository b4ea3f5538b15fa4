"""Variables in text, ``{{ minimum-wage }}`` or ``{{ minimum-wage.hourly }}``: syntax and validation.

Which names and forms exist, and where text uses one that does not. Their values are
filled in by :mod:`quanyi.assembly.substitute`.
"""

from __future__ import annotations

import re

from quanyi.content.markdown_file import lines_outside_code
from quanyi.content.model import Project
from quanyi.problems import Problems

VARIABLE = re.compile(r"\{\{\s*([^{}\s.]+)(?:\.([^{}\s]+))?\s*\}\}")
INLINE_CODE = re.compile(r"`[^`]*`")
FORMS = {"wage-tiers": ("monthly", "hourly", "range", "effective", "reviewed", "table")}


def known(project: Project) -> dict[str, tuple[str, ...]]:
    names = {"province": ("",)}
    for vid, spec in project.values.items():
        names[vid] = ("", *FORMS[spec.kind])
    return names


def _check_braces(md, i: int, line: str, problems: Problems) -> None:
    """``{{ minimum-wage`` without its end, ``}}}``, ``{{{``: a variable that would be printed as it is."""
    text = INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
    # a variable with one brace too many on a side still shows that brace: "{{ x }}}" prints "2540}"
    for m in VARIABLE.finditer(text):
        before = "{" if text[m.start() - 1:m.start()] == "{" else ""
        after = "}" if text[m.end():m.end() + 1] == "}" else ""
        if before or after:
            problems.error(md.path, md.line_no(i), f"'{before}{m.group(0)}{after}' has three braces on one side",
                           "a variable has two on each side, e.g. {{ minimum-wage }} (变量两边各两个花括号)")
            return
    rest = VARIABLE.sub(lambda m: " " * len(m.group(0)), text)
    for m in re.finditer(r"\{\{|\}\}", rest):
        if m.group(0) == "{{":
            shown = rest[m.start():m.start() + 20].strip()
            problems.error(md.path, md.line_no(i), f"'{shown}' opens a variable that is not closed",
                           "end it with }}, e.g. {{ minimum-wage }} (变量要用 }} 结束)")
        else:
            shown = rest[max(0, m.start() - 20):m.end()].strip()
            problems.error(md.path, md.line_no(i), f"'{shown}' closes a variable that was never opened",
                           "start it with {{, e.g. {{ minimum-wage }}, or delete the }} (变量要用 {{ 开始)")
        return


def check_variables(project: Project, problems: Problems) -> None:
    names = known(project)
    files = [md for hb in project.handbooks.values() for ch in hb.chapters for md in ch.files.values()]
    files += [md for ov in project.overlays for md in ov.files.values()]
    for md in files:
        for i, line in lines_outside_code(md.lines):
            _check_braces(md, i, line, problems)
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
