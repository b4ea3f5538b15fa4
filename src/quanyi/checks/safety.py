"""Raw HTML and images in content that could run script or load things from another site: refused.

The whole file is read by an HTML tokenizer, as a browser reads it, so a tag split over
several lines (``<img src=x onerror`` newline ``=…>``) is seen whole. Code (fenced blocks
and inline code) is blanked out first: it is shown, never run. Each finding names the line
where its tag starts. The rendered pages are checked again after rendering
(:mod:`quanyi.checks.rendered`); both use the rules of :mod:`quanyi.checks.htmlrules`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quanyi.checks.htmlrules import Finding, check_tag, remote
from quanyi.content.markdown_file import FENCE, MarkdownFile
from quanyi.problems import Problems

INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
# Markdown links and images: [text](target "title") and ![alt](target)
MD_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")


def _blank_code(lines: list[str]) -> list[str]:
    """The lines with fenced code and inline code replaced by spaces (positions stay the same)."""
    out, in_fence = [], False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
            out.append("")
        elif in_fence:
            out.append("")
        else:
            out.append(INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line))
    return out


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings: list[tuple[int, Finding]] = []  # (0-based line, finding)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0] - 1
        self.findings += [(line, f) for f in check_tag(tag, attrs)]

    handle_startendtag = handle_starttag


def findings(lines: list[str]) -> list[tuple[int, Finding]]:
    """Every unsafe thing in Markdown ``lines``, with the 0-based line it starts on."""
    text = _blank_code(lines)
    parser = _Tags()
    parser.feed("\n".join(text))
    parser.close()
    found = list(parser.findings)
    for i, line in enumerate(text):
        targets = [(m.group(1) == "!", m.group(2)) for m in MD_LINK.finditer(line)]
        ref = MD_REFERENCE.match(line)
        if ref:
            targets.append((False, ref.group(1)))
        for image, target in targets:
            found += [(i, f) for f in check_tag("img" if image else "a", [("src" if image else "href", target)])]
    return sorted(found, key=lambda item: item[0])


def check_file(md: MarkdownFile, problems: Problems) -> None:
    for i, finding in findings(md.lines):
        problems.error(md.path, md.line_no(i), finding.message, finding.fix)


__all__ = ["check_file", "findings", "remote"]
