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

OPERATION_NAMES = {
    "zh": {"replace": "替换本节", "append": "在本节末尾补充", "prepend": "在本节开头补充",
           "insert-after": "在本节之后新增一节", "remove": "删除本节"},
    "en": {"replace": "replaces the section", "append": "adds to the end of the section",
           "prepend": "adds to the start of the section", "insert-after": "adds a new section after it",
           "remove": "removes the section"},
}
TEXT = {
    "zh": {"title": "{name}与全国版有哪些不同", "national": "全国版", "none": "（无）",
           "intro": "本页列出{name}版与全国版的每一处不同：在哪一节、怎样改、全国版原文和地方文字，以及依据的规定。",
           "data": "{name}的数据", "changes": "地方规定", "count": "共 {n} 处不同。"},
    "en": {"title": "What is different in {name}", "national": "National edition", "none": "(nothing)",
           "intro": "This page lists every difference between the {name} edition and the national edition: "
                    "the section, how it changes, the national text beside the local text, "
                    "and the rule it is based on.",
           "data": "{name} figures", "changes": "Local rules", "count": "{n} difference(s)."},
}


def _flatten(lines: list[str]) -> list[str]:
    """Headings become bold lines, so a quoted section adds nothing to the page outline."""
    out = []
    for line in lines:
        m = HEADING.match(line)
        out.append(f"**{m.group(2)}**" if m else line)
    return out


def comparison_page(project: Project, province: Province, lang: str) -> str:
    t = TEXT[lang]
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
        national = substitute(_flatten(national), project, None, lang)
        local = substitute(_flatten(ov.files[lang].lines), project, province, lang)
        title = re.sub(r"\s*\{#.*\}$", "", heading.title)
        op = OPERATION_NAMES[lang][ov.operation]
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
