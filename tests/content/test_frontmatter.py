"""Editing one front-matter key in place: every byte but the changed entries stays as the editor wrote it."""

from __future__ import annotations

import difflib

import pytest
import yaml

from quanyi.content.frontmatter import EditError, set_value

ORDER = ["pay", "monthly", "hourly", "pay-slips"]


def changed_lines(before: str, after: str) -> list[str]:
    """The lines a diff shows, line ends included (so a lost CRLF would show)."""
    return sorted(line for line in difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True))
                  if line[:1] in "+-")


def meta(text: str) -> dict:
    return yaml.safe_load(text.lstrip("\ufeff").split("---")[1])


BLOCK = """---
# 译者：张三, 2026-11
title: "Pay"   # quoted, with a comment
translated-from:
  pay: 46cd5352b3      # the intro
  monthly: '60ded0d25e'
  pay-slips: "cb4dbd3de6"
other: [a, b]
---
# Pay {#pay}
"""


def test_block_map_only_the_changed_hash_lines_differ():
    after = set_value(BLOCK, "translated-from", {"monthly": "aaaaaaaaa1", "pay-slips": "bbbbbbbbb2"})
    assert changed_lines(BLOCK, after) == sorted([
        "-   monthly: '60ded0d25e'\n", "+   monthly: 'aaaaaaaaa1'\n",
        '-   pay-slips: "cb4dbd3de6"\n', '+   pay-slips: "bbbbbbbbb2"\n'])


def test_a_new_section_gets_its_own_line_where_the_chinese_has_it():
    after = set_value(BLOCK, "translated-from", {"hourly": "ccccccccc3"}, order=ORDER)
    assert changed_lines(BLOCK, after) == ["+   hourly: ccccccccc3\n"]
    assert after.index("monthly:") < after.index("hourly:") < after.index("pay-slips:")
    assert meta(after)["translated-from"]["hourly"] == "ccccccccc3"


def test_a_removed_section_loses_its_line_only():
    after = set_value(BLOCK, "translated-from", {}, remove={"monthly"})
    assert changed_lines(BLOCK, after) == ["-   monthly: '60ded0d25e'\n"]


def test_flow_map_stays_a_flow_map():
    text = "---\ntarget: x\ntranslated-from: {pay: 46cd5352b3, monthly: 60ded0d25e}  # kept\n---\nbody\n"
    after = set_value(text, "translated-from", {"monthly": "aaaaaaaaa1", "hourly": "ccccccccc3"}, order=ORDER)
    assert after == "---\ntarget: x\ntranslated-from: {pay: 46cd5352b3, monthly: aaaaaaaaa1, hourly: ccccccccc3}" \
        "  # kept\n---\nbody\n"
    after = set_value(text, "translated-from", {}, remove={"pay"})
    assert meta(after)["translated-from"] == {"monthly": "60ded0d25e"} and after.count("{") == 1


def test_crlf_and_bom_are_kept():
    text = "\ufeff---\r\ntranslated-from:\r\n  pay: 46cd5352b3\r\n  monthly: 60ded0d25e\r\n---\r\n# Pay\r\n"
    after = set_value(text, "translated-from", {"pay": "aaaaaaaaa1", "hourly": "ccccccccc3"}, order=ORDER)
    assert after == "\ufeff---\r\ntranslated-from:\r\n  pay: aaaaaaaaa1\r\n  monthly: 60ded0d25e\r\n" \
        "  hourly: ccccccccc3\r\n---\r\n# Pay\r\n"


def test_an_unchanged_value_is_not_rewritten_even_if_another_writer_would_quote_it():
    text = "---\ntranslated-from:\n  pay: 369473e221\n---\n"
    assert set_value(text, "translated-from", {"pay": "369473e221"}) == text
    # a new hash of digits only is quoted: YAML would read it as a number
    assert "pay: '1234567890'" in set_value(text, "translated-from", {"pay": "1234567890"})


@pytest.mark.parametrize("text, expected", [
    ("---\ntarget: pay-slips\ntranslated-from: 1a45b60d42 # old\n---\nText\n",
     "---\ntarget: pay-slips\ntranslated-from: 2b56c71e53 # old\n---\nText\n"),
    ("---\ntarget: pay-slips\ntranslated-from: '1a45b60d42'\n---\nText\n",
     "---\ntarget: pay-slips\ntranslated-from: '2b56c71e53'\n---\nText\n"),
    ("---\nregulations: [a]\n---\nText\n", "---\nregulations: [a]\ntranslated-from: 2b56c71e53\n---\nText\n"),
    ("Text\n", "---\ntranslated-from: 2b56c71e53\n---\nText\n"),
    ("---\ntranslated-from:\n---\nText\n", "---\ntranslated-from: 2b56c71e53\n---\nText\n"),
])
def test_one_hash_of_an_overlay(text, expected):
    assert set_value(text, "translated-from", "2b56c71e53") == expected


def test_no_front_matter_or_an_empty_key_gets_a_block_map():
    assert set_value("# Pay {#pay}\r\n", "translated-from", {"pay": "aaaaaaaaa1"}) == \
        "---\r\ntranslated-from:\r\n  pay: aaaaaaaaa1\r\n---\r\n# Pay {#pay}\r\n"
    assert set_value("---\ntranslated-from:  # none yet\nx: 1\n---\n", "translated-from", {"pay": "aaaaaaaaa1"}) \
        == "---\ntranslated-from:\n  pay: aaaaaaaaa1\nx: 1\n---\n"
    assert set_value("---\ntranslated-from: {}\n---\n", "translated-from", {"pay": "aaaaaaaaa1"}) == \
        "---\ntranslated-from: {pay: aaaaaaaaa1}\n---\n"


def test_what_cannot_be_edited_safely_is_refused():
    with pytest.raises(EditError) as info:
        set_value("---\ntranslated-from: {pay: [x]}\n---\n", "translated-from", {"pay": "aaaaaaaaa1"})
    assert "short hash" in info.value.message
    with pytest.raises(EditError):
        set_value("---\ntitle: x\n", "translated-from", {"pay": "aaaaaaaaa1"})  # never closed
