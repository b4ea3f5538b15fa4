"""Property-based: whatever an editor types, the checker reports problems and never crashes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURE, copy_project
from quanyi.checks.run import check

BASE = copy_project(FIXTURE, Path(tempfile.mkdtemp()) / "base")

# Pieces that matter to the parsers: YAML punctuation, front-matter fences, headings, ids, variables.
TOKENS = st.sampled_from([
    "---", "\n", ": ", "- ", "[", "]", "{", "}", "{#", "#", "## ", "target", "operation", "regulations",
    "translated-from", "pay-slips", "monthly", "minimum-wage", "replace", "append", "insert-after", "remove",
    "wage-rules", "{{ ", " }}", "minimum-wage.table", "2025-02-30", "null", "'", '"', "<script>", "工资", "  ",
    "](", ")", "javascript:", "*", "|", "```", "\t", "%", "&a", "!!", "? ",
])
TEXT = st.lists(st.one_of(TOKENS, st.text(max_size=8)), max_size=40).map("".join)


def run_with(files: dict[str, str]) -> None:
    root = Path(tempfile.mkdtemp()) / "p"
    shutil.copytree(BASE, root)
    try:
        for rel, text in files.items():
            (root / rel).write_text(text, encoding="utf-8")
        problems = check(root)
        for p in problems.items:
            assert p.path and p.line >= 1 and p.message
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(front=TEXT, body=TEXT)
def test_random_overlay_never_crashes(front, body):
    run_with({"handbooks/provinces/shaanxi/zh/slips.md": f"---\n{front}\n---\n{body}\n"})


@SETTINGS
@given(text=TEXT)
def test_random_overlay_without_fences_never_crashes(text):
    run_with({"handbooks/provinces/shaanxi/en/slips.md": text})


@SETTINGS
@given(front=TEXT, body=TEXT)
def test_random_chapter_never_crashes(front, body):
    run_with({"handbooks/hb/en/leave.md": f"---\n{front}\n---\n# Leave {{#leave}}\n{body}\n"})


@SETTINGS
@given(text=TEXT)
def test_random_province_data_never_crashes(text):
    run_with({"handbooks/provinces/shaanxi/province.yml": text})
