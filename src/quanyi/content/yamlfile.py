"""Load YAML while remembering the line of every key, so errors can name it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from quanyi.problems import Problems

Key = tuple  # path of keys/indexes from the document root


class Located:
    """A loaded YAML document plus the line (1-based) of every key path."""

    def __init__(self, data: Any, lines: dict[Key, int], path: Path):
        self.data = data
        self.lines = lines
        self.path = path

    def line(self, key: Key) -> int:
        """Line of ``key``, or of its nearest ancestor that has one."""
        key = tuple(key)
        while key and key not in self.lines:
            key = key[:-1]
        return self.lines.get(key, 1)


def _build(node, key: Key, lines, loader, problems: Problems, path, line_offset: int):
    lines.setdefault(key, node.start_mark.line + 1 + line_offset)
    if isinstance(node, yaml.MappingNode):
        result = {}
        for knode, vnode in node.value:
            try:
                name = loader.construct_object(knode, deep=True)
            except (ValueError, TypeError, yaml.YAMLError) as exc:  # a key such as "? 2025-02-30"
                problems.error(path, knode.start_mark.line + 1 + line_offset,
                               f"'{knode.value}' cannot be a key ({exc})",
                               "a key is a plain word followed by ':', e.g. monthly: 2540")
                continue
            if not isinstance(name, (str, int)):
                name = str(name)
            child = key + (name,)
            if name in result:
                problems.error(path, knode.start_mark.line + 1 + line_offset,
                               f"key '{name}' appears twice", "keep only one of them")
            lines[child] = knode.start_mark.line + 1 + line_offset
            result[name] = _build(vnode, child, lines, loader, problems, path, line_offset)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, key + (i,), lines, loader, problems, path, line_offset)
            for i, item in enumerate(node.value)
        ]
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:
        problems.error(path, node.start_mark.line + 1 + line_offset,
                       f"'{node.value}' is not a valid value ({exc})",
                       "write dates as YYYY-MM-DD with a real day, e.g. 2025-01-01")
        return None


# Mistakes a Chinese keyboard makes, found before the parser sees them: its messages would name
# another line, in YAML's own words
FULL_WIDTH_COLON = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*：")
TAB_INDENT = re.compile(r"^ *\t")
# "monthly: 2,540" inside {…}: YAML reads the comma as the end of the value and "540" as a key
THOUSANDS = re.compile(r":\s*(\d{1,3}(?:,\d{3})+)(?=\s*[,}\]])")


def _keyboard_mistakes(text: str, path: Path, problems: Problems, line_offset: int) -> bool:
    found = False
    for i, line in enumerate(text.split("\n")):
        m = FULL_WIDTH_COLON.match(line)
        if m:
            problems.error(path, i + 1 + line_offset, f"'{m.group(1)}：' uses a Chinese full-width colon",
                           f"write '{m.group(1)}: ' with an English colon and a space "
                           "(这里用了中文冒号：，请改成英文冒号 :)")
            found = True
        m = THOUSANDS.search(line) if "{" in line or "[" in line else None
        if m:
            problems.error(path, i + 1 + line_offset, f"'{m.group(1)}' has a thousands separator",
                           f"write {m.group(1).replace(',', '')} without the comma (数字里不要加逗号)")
            found = True
        if TAB_INDENT.match(line):
            problems.error(path, i + 1 + line_offset, "this line is indented with a tab",
                           "indent with spaces only, two per level (请用空格缩进，不要用 Tab 键)")
            found = True
    return found


def parse(text: str, path: Path, problems: Problems, line_offset: int = 0) -> Located | None:
    """Parse YAML text; on a syntax error report it with its line and return None."""
    if _keyboard_mistakes(text, path, problems, line_offset):
        return None
    lines: dict[Key, int] = {}
    loader = None
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        if node is None:
            return Located({}, {}, path)
        data = _build(node, (), lines, loader, problems, path, line_offset)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # The scanner often notices a mistake a line late; its context mark (e.g. "while
        # scanning a simple key") then points at the line the editor has to fix.
        if exc.context_mark and exc.problem_mark and 0 <= exc.problem_mark.line - exc.context_mark.line <= 1:
            mark = exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problems.error(path, line, f"YAML syntax error: {exc.problem}",
                       "check indentation and quotes; a value containing ': ' needs quotes")
        return None
    except yaml.YAMLError as exc:
        # e.g. an invisible control character pasted from a web page
        line = text.count("\n", 0, getattr(exc, "position", 0)) + 1 + line_offset
        problems.error(path, line, f"YAML cannot be read: {getattr(exc, 'reason', exc)}",
                       "delete any invisible or special characters on this line")
        return None
    finally:
        if loader is not None:
            loader.dispose()
    return Located(data, lines, path)


def load(path: Path, problems: Problems) -> Located | None:
    try:
        text = path.read_text(encoding="utf-8-sig")  # Windows Notepad starts UTF-8 files with a BOM
    except UnicodeDecodeError:
        problems.error(path, 1, "file is not UTF-8 text (perhaps saved as ANSI or GBK)",
                       "save it as UTF-8: in Notepad, 另存为 → 编码 → UTF-8")
        return None
    return parse(text, path, problems)


# libyaml's emitter and parser when PyYAML has them (its wheels do): the same text, several times faster
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def fast_dump(data: Any, **options) -> str:
    """``yaml.safe_dump`` for generated files (front matter of hundreds of pages)."""
    return yaml.dump(data, Dumper=_DUMPER, **options)


def fast_load(text: str) -> Any:
    """``yaml.safe_load`` for generated files; no line numbers (use :func:`load` for sources)."""
    return yaml.load(text, Loader=_LOADER)
