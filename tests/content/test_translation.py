"""Translation drift: a Chinese change marks exactly the English parts that translate it."""

from __future__ import annotations

import subprocess
import sys

from quanyi.checks.run import check
from quanyi.pipeline.build import build_site
from quanyi.problems import Problems


def warnings(root) -> list[str]:
    return [str(p) for p in check(root).warnings if "translat" in p.message]


def test_fixture_translations_are_current(mini):
    assert warnings(mini) == []


def test_changed_chinese_section_flags_its_english_twin_only(mini):
    p = mini / "handbooks/hb/zh/pay.md"
    p.write_text(p.read_text().replace("要保存工资条。", "一定要保存工资条。"))
    assert warnings(mini) == [
        "handbooks/hb/en/pay.md:23: warning: section {#pay-slips} translates an older version of "
        "handbooks/hb/zh/pay.md:15 — update the English, then run: "
        ".venv/bin/quanyi mark-translated handbooks/hb/en/pay.md"]


def test_changed_chinese_overlay_flags_its_english_twin(mini):
    p = mini / "handbooks/provinces/shaanxi/zh/slips.md"
    p.write_text(p.read_text() + "\n还要写明加班费。\n")
    assert warnings(mini) == [
        "handbooks/provinces/shaanxi/en/slips.md:1: warning: overlay translates an older version of "
        "handbooks/provinces/shaanxi/zh/slips.md — update the English, then run: "
        ".venv/bin/quanyi mark-translated handbooks/provinces/shaanxi/en/slips.md"]


def test_english_page_says_it_may_be_out_of_date(mini):
    p = mini / "handbooks/hb/zh/pay.md"
    p.write_text(p.read_text().replace("要保存工资条。", "一定要保存工资条。"))
    site = build_site(mini, Problems(mini))
    assert "This translation may be out of date" in (site / "en/shaanxi/pay/index.html").read_text()
    assert "This translation may be out of date" not in (site / "en/shaanxi/leave/index.html").read_text()
    assert "may be out of date" not in (site / "shaanxi/pay/index.html").read_text()


def test_mark_translated_clears_the_warning(mini):
    p = mini / "handbooks/hb/zh/pay.md"
    p.write_text(p.read_text().replace("要保存工资条。", "一定要保存工资条。"))
    result = subprocess.run([sys.executable, "-m", "quanyi", "mark-translated", "handbooks/hb/en/pay.md"],
                            cwd=mini, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "marked handbooks/hb/en/pay.md" in result.stdout
    assert warnings(mini) == []
    assert "# Pay {#pay}" in (mini / "handbooks/hb/en/pay.md").read_text()  # the text itself is untouched
