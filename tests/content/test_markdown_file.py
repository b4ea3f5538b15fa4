"""Files as editors save them: Windows Notepad's BOM and CRLF line ends simply work."""

from __future__ import annotations

from tests.conftest import errors

BOM = "\ufeff"


def _as_notepad_saves(path):
    text = path.read_text(encoding="utf-8")
    path.write_bytes((BOM + text.replace("\n", "\r\n")).encode("utf-8"))


def test_a_bom_and_crlf_in_markdown_and_yaml_are_not_mistakes(mini):
    for rel in ("handbooks/hb/zh/leave.md", "handbooks/hb/en/leave.md"):
        _as_notepad_saves(mini / rel)
    for path in (mini / "handbooks/provinces").glob("*/province.yml"):
        _as_notepad_saves(path)
    assert errors(mini) == []


def test_a_file_in_another_encoding_says_how_to_save_it(mini):
    path = mini / "handbooks/hb/zh/leave.md"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    assert errors(mini) == ["handbooks/hb/zh/leave.md:1: file is not UTF-8 text (perhaps saved as ANSI or GBK) — "
                            "save it as UTF-8: in Notepad, 另存为 → 编码 → UTF-8"]
