"""Variables in text, ``{{ minimum-wage }}`` or ``{{ minimum-wage.hourly }}``: syntax and validation.

Which names and forms exist, and where text uses one that does not. Their values are
filled in by :mod:`quanyi.assembly.substitute`.
"""

from __future__ import annotations

import re

from quanyi.content.markdown_file import FENCE
from quanyi.content.model import Project
from quanyi.problems import Problems

VARIABLE = re.compile(r"\{\{\s*([^{}\s.]+)(?:\.([^{}\s]+))?\s*\}\}")
FORMS = {"wage-tiers": ("monthly", "hourly", "range", "effective", "reviewed", "table")}


def known(project: Project) -> dict[str, tuple[str, ...]]:
    names = {"province": ("",)}
    for vid, spec in project.values.items():
        names[vid] = ("", *FORMS[spec.kind])
    return names


def lines_outside_code(lines: list[str]):
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
        for i, line in lines_outside_code(md.lines):
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
