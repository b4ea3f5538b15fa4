"""Translation drift: a Chinese change marks exactly the English parts that translate it, and shows what changed."""

from __future__ import annotations

import subprocess
import sys

import yaml

from quanyi.assembly.assemble import all_editions
from quanyi.checks.run import check
from quanyi.content.sources import load_project
from quanyi.content.translation import copy_path, short_diff
from quanyi.pipeline.build import build_site
from quanyi.problems import Problems
from quanyi.web.tree import render_tree

PAY_ZH, PAY_EN = "handbooks/hb/zh/pay.md", "handbooks/hb/en/pay.md"
SLIPS_ZH, SLIPS_EN = "handbooks/provinces/shaanxi/zh/slips.md", "handbooks/provinces/shaanxi/en/slips.md"


def warnings(root) -> list[str]:
    return [str(p) for p in check(root).warnings if "translat" in p.message]


def edit(root, rel: str, old: str, new: str) -> None:
    p = root / rel
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new), encoding="utf-8")


def mark(root, *args, cwd=None):
    return subprocess.run([sys.executable, "-m", "quanyi", "mark-translated", *args],
                          cwd=cwd or root, capture_output=True, text=True)


def test_fixture_translations_are_current(mini):
    assert warnings(mini) == []


def test_changed_chinese_section_flags_its_english_twin_only_and_shows_the_change(mini):
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    assert warnings(mini) == [
        f"{PAY_EN}:23: warning: section {{#pay-slips}} translates an older version of {PAY_ZH}:15 — "
        f"update the English, then run: .venv/bin/quanyi mark-translated {PAY_EN} --section pay-slips\n"
        "    what changed in the Chinese since it was translated:\n"
        "    - 要保存工资条。\n"
        "    + 一定要保存工资条。"]


def test_changed_chinese_overlay_flags_its_english_twin(mini):
    p = mini / SLIPS_ZH
    p.write_text(p.read_text(encoding="utf-8") + "\n还要写明加班费。\n", encoding="utf-8")
    assert warnings(mini) == [
        f"{SLIPS_EN}:1: warning: overlay translates an older version of {SLIPS_ZH} — "
        f"update the English, then run: .venv/bin/quanyi mark-translated {SLIPS_EN}\n"
        "    what changed in the Chinese since it was translated:\n"
        "    + 还要写明加班费。"]


def test_without_a_copy_the_warning_gives_a_git_command_that_finds_the_change(mini):
    git = ["git", "-c", "user.name=editor", "-c", "user.email=editor@example.org", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q"], cwd=mini, check=True)
    subprocess.run([*git, "add", "-A"], cwd=mini, check=True)
    subprocess.run([*git, "commit", "-qm", "translated"], cwd=mini, check=True)
    (mini / "handbooks/.translated/hb/pay.yml").unlink()  # marked before copies were kept
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    subprocess.run([*git, "commit", "-qam", "zh changed"], cwd=mini, check=True)
    [warning] = warnings(mini)
    hint = warning.split("\n")[1].strip()
    assert hint == f"what changed is unknown: compare with git log -p {PAY_ZH}"
    shown = subprocess.run(hint.split(": compare with ")[1].split(), cwd=mini, capture_output=True, text=True)
    assert shown.returncode == 0 and "-要保存工资条。" in shown.stdout and "+一定要保存工资条。" in shown.stdout


def test_a_copy_that_is_not_what_the_hash_records_is_never_shown(mini):
    copy = mini / "handbooks/.translated/hb/pay.yml"
    kept = yaml.safe_load(copy.read_text(encoding="utf-8"))
    kept["pay-slips"] = "## 工资条 {#pay-slips}\n\n别的文字。"
    copy.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    [warning] = warnings(mini)
    assert "别的文字" not in warning and "what changed is unknown" in warning


def test_short_diff_shows_the_changed_part_of_a_long_line_with_a_little_context():
    old = ("老板发工资时要给你一份个人工资清单，并把发工资的数额、时间、领取人和签字记下来，"
           "保存两年以上（《工资支付暂行规定》第六条）。")
    new = old.replace("两年", "三年")
    assert short_diff(old, new) == ["- …下来，保存两年以上（《…", "+ …下来，保存三年以上（《…"]
    assert short_diff("a\nb", "a\nb\n\nc") == ["+ c"]
    assert short_diff("a\nb", "a\n\nb") == ["+ (empty line)"]


def test_short_diff_stops_at_eight_lines():
    old = "\n".join(f"第{i}行" for i in range(20))
    new = "\n".join(f"第{i}行改了" for i in range(20))
    lines = short_diff(old, new)
    assert len(lines) == 8 and lines[-1] == "… and 33 more changed line(s)"
    assert lines[:2] == ["- 第0行", "+ 第0行改了"]


def test_mark_translated_clears_the_warning_and_keeps_a_copy(mini):
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    before = (mini / PAY_EN).read_text(encoding="utf-8")
    result = mark(mini, PAY_EN)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"marked {PAY_EN} as translating its current Chinese source\n"
    assert warnings(mini) == []
    after = (mini / PAY_EN).read_text(encoding="utf-8")
    assert [a for a, b in zip(before.split("\n"), after.split("\n"), strict=True) if a != b] == \
        ["  pay-slips: cb4dbd3de6"]  # only the hash of the changed section
    copy = copy_path(mini, mini / PAY_EN)
    assert copy == mini / "handbooks/.translated/hb/pay.yml"
    kept = yaml.safe_load(copy.read_text(encoding="utf-8"))
    assert kept["pay-slips"] == "## 工资条 {#pay-slips}\n\n一定要保存工资条。"


def test_marking_one_section_leaves_the_others_outdated(mini):
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    edit(mini, PAY_ZH, "工资至少每月支付一次。", "工资至少每月支付一次，按约定的日子。")
    result = mark(mini, PAY_EN, "--section", "pay-slips")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"marked section {{#pay-slips}} of {PAY_EN} as translating its current Chinese source\n"
    [left] = warnings(mini)
    # the other section's copy is kept, so its change is still shown
    assert left.startswith(f"{PAY_EN}:11: warning: section {{#monthly}}")
    assert "    - 工资至少每月支付一次。\n    + 工资至少每月支付一次，按约定的日子。" in left


def test_marking_the_whole_file_follows_added_and_removed_sections(mini):
    edit(mini, PAY_ZH, "## 按月支付 {#monthly}\n\n工资至少每月支付一次。\n\n", "")
    edit(mini, PAY_EN, "## Monthly {#monthly}\n\nWages are paid at least once a month.\n\n", "")
    for lang, heading in (("zh", "## 加班 {#overtime}\n\n加班要给加班费。\n"),
                          ("en", "## Overtime {#overtime}\n\nPaid.\n")):
        p = mini / f"handbooks/hb/{lang}/pay.md"
        p.write_text(p.read_text(encoding="utf-8") + "\n" + heading, encoding="utf-8")
    assert mark(mini, PAY_EN).returncode == 0
    text = (mini / PAY_EN).read_text(encoding="utf-8")
    assert "monthly:" not in text and text.index("pay-slips:") < text.index("overtime:") < text.index("---\n#")
    assert warnings(mini) == []
    kept = yaml.safe_load(copy_path(mini, mini / PAY_EN).read_text(encoding="utf-8"))
    assert list(kept) == ["pay", "minimum-wage", "hourly", "pay-slips", "overtime"]


def test_notes_sit_on_the_outdated_section_and_in_the_outdated_box(mini):
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    p = mini / SLIPS_ZH
    p.write_text(p.read_text(encoding="utf-8") + "还要写明加班费。\n", encoding="utf-8")
    project = load_project(mini, Problems(mini))
    files = render_tree(project, all_editions(project))
    page = files["en/shaanxi/pay.md"]
    lines = page.split("\n")
    notes = [i for i, line in enumerate(lines) if 'class="quanyi-outdated"' in line]
    heading = lines.index("## Pay slips {#pay-slips}")
    label = lines.index('<p class="local-rule-label">Shaanxi rule</p>')
    assert notes == [heading + 2, label + 2]  # under the heading, under the box's label
    assert '<div class="local-rule" data-province="shaanxi" data-overlay="slips" markdown="1">' == lines[label - 1]
    assert '<a href="../../../shaanxi/pay/#pay-slips" hreflang="zh">Chinese text</a>' in lines[heading + 2]
    assert "The Chinese text of this section has changed" in lines[heading + 2]
    assert "The Chinese text of this local rule has changed" in lines[label + 2]
    assert "data-search-ignore" in lines[heading + 2]
    # the section before it and other pages say nothing; the national edition has the section note only
    assert page.count("quanyi-outdated") == 2 and lines.index("## Minimum wage {#minimum-wage}") < heading
    assert "quanyi-outdated" not in files["en/shaanxi/leave.md"]
    assert "quanyi-outdated" not in files["zh/shaanxi/pay.md"]
    assert files["en/national/pay.md"].count("quanyi-outdated") == 1


def test_a_section_an_overlay_replaces_has_no_note(mini):
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    for lang in ("zh", "en"):
        edit(mini, f"handbooks/provinces/shaanxi/{lang}/slips.md", "operation: append", "operation: replace")
    project = load_project(mini, Problems(mini))
    files = render_tree(project, all_editions(project))
    assert "quanyi-outdated" not in files["en/shaanxi/pay.md"]
    assert "quanyi-outdated" in files["en/national/pay.md"]


def test_the_built_page_shows_the_note_under_the_heading(mini):
    edit(mini, PAY_ZH, "要保存工资条。", "一定要保存工资条。")
    site = build_site(mini, Problems(mini))
    page = (site / "en/shaanxi/pay/index.html").read_text(encoding="utf-8")
    heading = page.index('id="pay-slips"')
    note = page.index('<p class="quanyi-outdated"')
    assert heading < note < page.index("Keep your pay slips.")
    assert page.count('class="quanyi-outdated"') == 1
    assert 'class="quanyi-outdated"' not in (site / "en/shaanxi/leave/index.html").read_text(encoding="utf-8")
    assert 'class="quanyi-outdated"' not in (site / "shaanxi/pay/index.html").read_text(encoding="utf-8")
