"""Markdown source files: front matter (with line numbers) and id-carrying headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.content.yamlfile import Located, parse
from quanyi.problems import Problems

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([^\s}]*)\s*\})?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
VALID_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Mistakes that would turn a heading into plain text, or its id into part of its title:
# "##标题" (no space after the #s), an id with a no-break or zero-width space pasted from a web
# page or Word, full-width ｛＃…｝ from a Chinese input method
NO_SPACE = re.compile(r"^(#{1,6})([^\s#].*)$")
LOOSE_ID = re.compile(r"[{｛]\s*[#＃]([^}｝]*)[}｝]\s*$")
INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]")


@dataclass
class Heading:
    index: int  # index into MarkdownFile.lines
    level: int
    title: str
    id: str | None


@dataclass
class MarkdownFile:
    path: Path
    meta: Located
    lines: list[str]  # body lines, without front matter
    first_line: int  # file line number of lines[0]
    headings: list[Heading] = field(default_factory=list)

    def line_no(self, index: int) -> int:
        return self.first_line + index

    def section_end(self, heading: Heading) -> int:
        """Index one past the last line of the section opened by ``heading``."""
        for other in self.headings:
            if other.index > heading.index and other.level <= heading.level:
                return other.index
        return len(self.lines)

    def find(self, section_id: str) -> Heading | None:
        return next((h for h in self.headings if h.id == section_id), None)

    @property
    def ids(self) -> list[str]:
        return [h.id for h in self.headings if h.id]


def lines_outside_code(lines: list[str]):
    """(index, line) of every line outside fenced code blocks (and not a fence itself)."""
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            yield i, line


def scan_headings(lines: list[str]) -> list[Heading]:
    headings = []
    for i, line in lines_outside_code(lines):
        loose = NO_SPACE.match(line)
        m = HEADING.match(f"{loose.group(1)} {loose.group(2)}" if loose else line)
        if m:
            title, hid = m.group(2), m.group(3)
            odd = LOOSE_ID.search(title) if hid is None else None
            if odd:  # reported by heading_mistakes; kept as an id so that its twin still finds it
                title, hid = title[:odd.start()].rstrip(), _clean_id(odd.group(1))
            headings.append(Heading(i, len(m.group(1)), title, hid))
    return headings


def _clean_id(text: str) -> str:
    return INVISIBLE.sub("", text).translate(str.maketrans("－＿", "-_"))


def heading_mistakes(lines: list[str]) -> list[tuple[int, str, str]]:
    """(index, what is wrong, how to fix) for each heading the renderer would not read as meant."""
    found = []
    for i, line in lines_outside_code(lines):
        loose = NO_SPACE.match(line)
        if loose:
            found.append((i, f"'{line[:60]}' is not a heading: there is no space after the #",
                          f"write '{loose.group(1)} {loose.group(2)[:58]}' (#号后面要有一个空格)"))
        m = HEADING.match(f"{loose.group(1)} {loose.group(2)}" if loose else line)
        odd = LOOSE_ID.search(m.group(2)) if m and m.group(3) is None else None
        if odd:
            raw = odd.group(0).strip()
            visible = raw.encode("unicode_escape").decode("ascii") if INVISIBLE.search(odd.group(1)) else raw
            clean = _clean_id(odd.group(1))
            if "｛" in raw or "＃" in raw or "｝" in raw:
                what = f"the heading id '{raw}' is typed with full-width ｛＃｝"
            else:
                what = f"the heading id {visible} contains a space or an invisible character"
            found.append((i, what, f"retype it as {{#{clean}}}: latin letters, digits and hyphens only "
                                   "(一般是从网页或 Word 复制来的空格，请删掉重新输入)"))
    return found


def read(path: Path, problems: Problems) -> MarkdownFile | None:
    """Read a Markdown file with optional ``---`` front matter."""
    if path.is_symlink():
        # e.g. an English twin linked to the Chinese file: the "translation" would be Chinese, and a
        # Windows checkout turns the link into a one-line text file
        problems.error(path, 1, f"file is a link to {path.readlink().as_posix()}, not a file of its own",
                       "replace the link with a real file (for a twin, the translated text)")
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")  # Windows Notepad starts UTF-8 files with a BOM
    except UnicodeDecodeError:
        problems.error(path, 1, "file is not UTF-8 text (perhaps saved as ANSI or GBK)",
                       "save it as UTF-8: in Notepad, 另存为 → 编码 → UTF-8")
        return None
    return parse_text(text, path, problems)


def parse_text(text: str, path: Path, problems: Problems) -> MarkdownFile | None:
    lines = text.replace("\r\n", "\n").split("\n")
    meta, first = Located({}, {}, path), 1
    if lines and lines[0].strip() == "---":
        try:
            end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        except StopIteration:
            problems.error(path, 1, "front matter starts with '---' but never ends",
                           "add a line '---' after the front matter")
            return None
        located = parse("\n".join(lines[1:end]), path, problems, line_offset=1)
        if located is None:
            return None
        if not isinstance(located.data, dict):
            problems.error(path, 2, "front matter must be 'key: value' lines",
                           "write e.g. 'target: minimum-wage'")
            return None
        meta, first, lines = located, end + 2, lines[end + 1:]
    md = MarkdownFile(path, meta, lines, first)
    md.headings = scan_headings(lines)
    for i, what, fix in heading_mistakes(lines):
        problems.error(path, md.line_no(i), what, fix)
    for h in md.headings:
        if h.id is not None and not VALID_ID.match(h.id):
            problems.error(path, md.line_no(h.index), f"heading id '{h.id}' is not valid",
                           "use lower-case latin letters, digits and hyphens, e.g. {#minimum-wage}")
    return md
