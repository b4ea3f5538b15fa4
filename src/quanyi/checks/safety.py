"""Raw HTML in content that could run script: refused, wherever an editor writes it."""

from __future__ import annotations

import re

from quanyi.content.markdown_file import FENCE, MarkdownFile
from quanyi.problems import Problems

RULES = [
    (re.compile(r"<\s*(script|iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b", re.I),
     "raw HTML <{0}> is not allowed: it could run code or load things from other sites",
     "remove it; write plain Markdown"),
    (re.compile(r"<[^>]*\s(on[a-z]+)\s*=", re.I),
     "HTML event attribute '{0}=' is not allowed: it runs script",
     "remove the attribute"),
    (re.compile(r"(javascript|vbscript|data)\s*:", re.I),
     "'{0}:' addresses are not allowed in links: they run script",
     "link to an https:// address or another page instead"),
]
# A scheme only counts inside a link target or an HTML attribute, not in prose.
URL_CONTEXT = re.compile(r"(\]\(\s*|=\s*[\"']?\s*|<)$")


def check_file(md: MarkdownFile, problems: Problems) -> None:
    in_fence = False
    for i, line in enumerate(md.lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for pattern, message, fix in RULES:
            for m in pattern.finditer(line):
                if pattern is RULES[2][0] and not URL_CONTEXT.search(line[:m.start()]):
                    continue
                problems.error(md.path, md.line_no(i), message.format(m.group(1).lower()), fix)
