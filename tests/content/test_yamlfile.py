"""YAML sources: every mistake becomes a problem with its line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from quanyi.content.yamlfile import parse
from quanyi.problems import Problems


@pytest.mark.parametrize("text, line", [
    ("monthly: 2540\n? 2025-02-30\n", 2),  # found by the fuzz test: a key that is an impossible date
    ("a: 1\n? [1, {2: 3}]\n: x\n", None),  # a list as a key is read as its text, not an error
    ("reviewed: 2025-02-30\n", 1),
])
def test_an_impossible_date_as_key_or_value_is_a_problem_on_its_line(text, line):
    problems = Problems(Path("."))
    parse(text, Path("handbooks/x.yml"), problems)
    lines = [p.line for p in problems.errors]
    assert lines == ([] if line is None else [line])
