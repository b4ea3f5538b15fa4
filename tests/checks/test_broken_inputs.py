"""A corpus of broken inputs (tests/broken/*.case), each with the exact errors it must give.

A case file is a comment line, then steps applied to a fresh copy of the fixture
handbook, then the expected errors:

    === write PATH      (the lines that follow are the whole new file)
    === append PATH     (the lines that follow are added at the end)
    === replace PATH    (old lines, a line '>>>', new lines)
    === delete PATH
    === move PATH NEWPATH
    === link PATH TARGET (PATH becomes a symbolic link to TARGET, as written)
    === expect          (one expected 'path:line: message — fix' per line)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import errors

CASES = sorted((Path(__file__).parents[1] / "broken").glob("*.case"))


def parse(path: Path) -> tuple[list[tuple[list[str], list[str]]], list[str]]:
    steps, expect, current = [], [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            words = line[4:].split()
            if words == ["expect"]:
                current = expect
            else:
                current = []
                steps.append((words, current))
        elif current is not None:
            current.append(line)
    return steps, [e for e in expect if e.strip()]


def apply(root: Path, steps) -> None:
    for words, body in steps:
        verb, path = words[0], root / words[1]
        if verb == "write":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(body) + "\n", encoding="utf-8")
        elif verb == "append":
            path.write_text(path.read_text(encoding="utf-8") + "\n" + "\n".join(body) + "\n", encoding="utf-8")
        elif verb == "replace":
            cut = body.index(">>>")
            old, new = "\n".join(body[:cut]) + "\n", "\n".join(body[cut + 1:])
            text = path.read_text(encoding="utf-8")
            assert old in text, f"case step does not match {path}"
            path.write_text(text.replace(old, new + "\n" if new else "", 1), encoding="utf-8")
        elif verb == "delete":
            path.unlink()
        elif verb == "move":
            shutil.move(path, root / words[2])
        elif verb == "link":
            path.unlink(missing_ok=True)
            path.symlink_to(words[2])
        else:
            raise AssertionError(f"unknown step {verb}")


def test_corpus_is_large_enough():
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_broken_input(mini, case):
    steps, expected = parse(case)
    assert expected, f"{case.name} has no '=== expect' section"
    apply(mini, steps)
    assert errors(mini) == expected
