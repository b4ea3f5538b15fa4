"""A unified diff of two Markdown pages that reads well in Chinese.

A Chinese paragraph is one long line without spaces, so a word diff cannot find words and a
line diff shows a 200-character paragraph twice for one changed figure. Under each pair of
changed lines that are mostly alike, a ``~`` line shows only what changed inside it, character
by character with a little context: ``~ …每月[-2300-]{+2500+}元…``. Each hunk names the
section it is in (its ``##`` heading), as git names a function.
"""

from __future__ import annotations

import difflib
import re

CONTEXT = 3  # lines around each change
AROUND = 15  # characters shown around a change inside a line
SLACK = 5  # a run of alike characters is cut short only when that saves more than this
SHORT = 20  # a line shorter than this is read at a glance: no ~ line under it
ALIKE = 0.5  # lines at least this similar are a changed line, not one removed and one added
SECTION = re.compile(r"^#{1,3}\s")


def _section(lines: list[str], before: int) -> str:
    """The nearest heading above line ``before`` (0-based), for the hunk header."""
    for line in reversed(lines[:before]):
        if SECTION.match(line):
            return line.strip()
    return ""


TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.,][0-9]+)*|\s+|.", re.S)


def _tokens(line: str) -> list[str]:
    """Latin words and numbers whole (2300, 23.7), every other character alone: Chinese has no spaces."""
    return TOKEN.findall(line)


def _pieces(old: list[str], new: list[str]) -> list[list[str]]:
    """``[tag, old text, new text]`` runs; one character left alike between two changes joins them."""
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    out: list[list[str]] = []
    for i, (tag, a1, a2, b1, b2) in enumerate(ops):
        a, b = "".join(old[a1:a2]), "".join(new[b1:b2])
        # runs alternate, so an alike run inside the line sits between two changes
        lone = tag == "equal" and a2 - a1 == 1 and 0 < i < len(ops) - 1 and not a.isspace()
        if out and out[-1][0] != "equal" and (lone or tag != "equal"):
            out[-1][1] += a
            out[-1][2] += b
        else:
            out.append([tag, a, b])
    return out


def inline(old: str, new: str) -> str | None:
    """What changed inside a line, or None when the lines are too unlike for that to help."""
    a, b = _tokens(old), _tokens(new)
    if difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() < ALIKE:
        return None
    pieces = _pieces(a, b)
    out: list[str] = []
    for i, (tag, text, added) in enumerate(pieces):
        if tag == "equal":
            first, last = i == 0, i == len(pieces) - 1
            if first and len(text) > AROUND + SLACK:
                text = "…" + text[-AROUND:]
            elif last and len(text) > AROUND + SLACK:
                text = text[:AROUND] + "…"
            elif not first and not last and len(text) > 2 * AROUND + SLACK:
                text = text[:AROUND] + "…" + text[-AROUND:]
            out.append(text)
            continue
        if text:
            out.append(f"[-{text}-]")
        if added:
            out.append(f"{{+{added}+}}")
    return "".join(out)


def _changed(old: list[str], new: list[str]) -> list[str]:
    """A replaced block: removed lines, added lines, then what changed inside each pair that is alike."""
    lines = [f"-{line}" for line in old] + [f"+{line}" for line in new]
    left = list(new)
    for a in old:
        # its likeliest new form: lines are often added or split, so it need not be the one in the same place
        b = max(left, key=lambda b: difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio(), default=None)
        if b is None or max(len(a), len(b)) < SHORT:
            continue
        marked = inline(a, b)
        if marked is not None:
            lines.append(f"~{marked}")
            left.remove(b)
    return lines


def hunks(old: str, new: str) -> list[list[str]]:
    """The diff's hunks, each a header line and its lines; empty when the texts are the same."""
    a, b = old.splitlines(), new.splitlines()
    out = []
    for group in difflib.SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(CONTEXT):
        first, last = group[0], group[-1]
        a1, a2, b1, b2 = first[1], last[2], first[3], last[4]
        # the section of the first changed line (git names the one above the hunk, often the one before)
        change = next(op for op in group if op[0] != "equal")
        section = _section(b, change[3] + (change[0] != "delete")) or _section(a, change[1] + 1)
        header = f"@@ -{_span(a1, a2 - a1)} +{_span(b1, b2 - b1)} @@" + (f" {section}" if section else "")
        lines = [header]
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [f" {line}" for line in a[i1:i2]]
            elif tag == "replace":
                lines += _changed(a[i1:i2], b[j1:j2])
            elif tag == "delete":
                lines += [f"-{line}" for line in a[i1:i2]]
            else:
                lines += [f"+{line}" for line in b[j1:j2]]
        out.append(lines)
    return out


def _span(start: int, length: int) -> str:
    # as in diff -u: a hunk of no lines names the line before it
    return f"{start + 1 if length else start},{length}"


def counts(blocks: list[list[str]]) -> tuple[int, int]:
    """Lines removed and added."""
    lines = [line for block in blocks for line in block[1:]]
    return sum(line.startswith("-") for line in lines), sum(line.startswith("+") for line in lines)


def body(blocks: list[list[str]]) -> tuple[str, ...]:
    """The hunks without their line numbers: the same change made in two editions looks the same."""
    return tuple(re.sub(r"^@@ [^@]* @@", "@@", line) for block in blocks for line in block)


def capped(blocks: list[list[str]], limit: int) -> tuple[list[str], int]:
    """At most ``limit`` lines of the diff, and how many more there were."""
    lines = [line for block in blocks for line in block]
    if limit <= 0 or len(lines) <= limit:
        return lines, 0
    return lines[:limit], len(lines) - limit
