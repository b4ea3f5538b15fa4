""""What is different in <province>": every overlay beside the national text it changes.

Reviewers of national and local handbooks see, for one province, each local change:
its section, the operation, the national text and the local text side by side, and the
regulation it cites.
"""

from __future__ import annotations

import re

from quanyi.assembly.overlay import citation
from quanyi.assembly.substitute import render, substitute
from quanyi.content.markdown_file import HEADING
from quanyi.content.model import Project, Province
from quanyi.strings import strings


def _flatten(lines: list[str]) -> list[str]:
    """Headings become bold lines, so a quoted section adds nothing to the page outline."""
    out = []
    for line in lines:
        m = HEADING.match(line)
        out.append(f"**{m.group(2)}**" if m else line)
    return out


def comparison_page(project: Project, province: Province, lang: str) -> str:
    t = strings(lang, "compare")
    name = province.name[lang]
    hb = project.web_handbook
    overlays = [ov for ov in project.overlays if ov.province == province.code]
    lines = [f"# {t['title'].format(name=name)}", "", t["intro"].format(name=name), "",
             t["count"].format(n=len(overlays)), "", f"## {t['data'].format(name=name)} {{#data}}", ""]
    for vid, spec in project.values.items():
        label = spec.label[lang]
        lines += [f"**{label[:1].upper()}{label[1:]}**", "", render(vid, "table", project, province, lang), ""]
    lines += [f"## {t['changes']} {{#changes}}", ""]
    for ov in overlays:
        chapter = next((ch for ch in hb.chapters if ov.target in ch.files[lang].ids), None)
        if chapter is None:
            continue
        md = chapter.files[lang]
        heading = md.find(ov.target)
        national = md.lines[heading.index + 1:md.section_end(heading)]
        # quoted here, a link to another section of its chapter must name the chapter
        national = [line.replace("](#", f"]({chapter.slug}.md#") for line in
                    substitute(_flatten(national), project, None, lang)]
        local = [line.replace("](#", f"]({chapter.slug}.md#") for line in
                 substitute(_flatten(ov.files[lang].lines), project, province, lang)]
        title = re.sub(r"\s*\{#.*\}$", "", heading.title)
        op = strings(lang, "operations")[ov.operation]
        lines += [
            f"### [{title}]({chapter.slug}.md#{ov.target}) · {op} {{#change-{ov.name.removesuffix('.md')}}}",
            "",
            '<div class="compare" markdown="1">',
            '<div class="compare-national" markdown="1">',
            f'<p class="compare-label">{t["national"]}</p>',
            "",
            *(national if "".join(national).strip() else [t["none"]]),
            "",
            "</div>",
            '<div class="compare-local" markdown="1">',
            f'<p class="compare-label">{name}</p>',
            "",
            *(local if "".join(local).strip() else [t["none"]]),
            "",
            "</div>",
            "</div>",
            "",
            citation(province, ov.regulations, lang),
            "",
        ]
    return "\n".join(lines).strip() + "\n"
