"""``quanyi new-province``: a complete, checkable province with nothing guessed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from quanyi.checks.run import check


def run(root, *args):
    return subprocess.run([sys.executable, "-m", "quanyi", *args], cwd=root, capture_output=True, text=True)


HUNAN = "handbooks/provinces/hunan/province.yml"


def test_new_province_passes_the_checker_with_warnings_only(mini):
    result = run(mini, "new-province", "hunan")
    assert result.returncode == 0, result.stderr
    assert (mini / "handbooks/provinces/hunan/zh").is_dir() and (mini / "handbooks/provinces/hunan/en").is_dir()
    problems = check(mini, today=dt.date(2026, 12, 2))
    assert problems.errors == []
    hunan = [str(p) for p in problems.warnings if "hunan" in p.path]
    assert any("'minimum-wage' is to be confirmed" in w for w in hunan)
    text = (mini / HUNAN).read_text()
    assert "name: {zh: 湖南省, en: Hunan}" in text and "status: to-be-confirmed" in text


def test_new_province_claims_no_review_and_the_checker_says_so(mini):
    """Nobody has checked a new province's figures: reviewed stays empty, not today's date."""
    run(mini, "new-province", "hunan")
    lines = (mini / HUNAN).read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.strip().startswith("reviewed:"))
    assert lines[line - 1].split("#")[0].strip() == "reviewed: null"
    assert dt.date.today().isoformat() not in "\n".join(lines)
    problems = check(mini, today=dt.date(2026, 12, 2))
    assert problems.errors == []
    assert f"{HUNAN}:{line}: warning: 最低工资标准还没有人核对（reviewed 是空的）/ nobody has checked 'minimum-wage' " \
           "yet ('reviewed' is empty) — 核对来源后填上核对日期，例如 reviewed: 2026-12-02 / check the source, then " \
           "write the day you checked it, e.g. reviewed: 2026-12-02" in [str(p) for p in problems.warnings]


def test_confirming_a_new_province_without_a_review_date_is_an_error(mini):
    run(mini, "new-province", "hunan")
    path = mini / HUNAN
    path.write_text(path.read_text(encoding="utf-8").replace("status: to-be-confirmed", "status: confirmed"),
                    encoding="utf-8")
    errors = [str(p) for p in check(mini).errors]
    assert len(errors) == 1 and errors[0].startswith(f"{HUNAN}:12: 最低工资标准标为已确认，但还没有人核对")
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: null", "reviewed: 2026-12-02"),
                    encoding="utf-8")
    assert not any("reviewed" in str(p) for p in check(mini, today=dt.date(2026, 12, 2)).items)


def test_the_command_the_checker_prints_for_a_folder_without_data_works(mini):
    (mini / "handbooks/provinces/hunan/zh").mkdir(parents=True)
    (mini / "handbooks/provinces/hunan/zh/rule.md").write_text("kept\n", encoding="utf-8")
    [error] = [str(p) for p in check(mini).errors]
    assert error == "handbooks/provinces/hunan:1: province folder has no province.yml — create it with: " \
                    ".venv/bin/quanyi new-province hunan"
    result = run(mini, *error.split(".venv/bin/quanyi ")[1].split())
    assert result.returncode == 0, result.stderr
    assert (mini / "handbooks/provinces/hunan/zh/rule.md").read_text(encoding="utf-8") == "kept\n"
    assert not (mini / "handbooks/provinces/hunan/zh/.gitkeep").exists()
    assert (mini / "handbooks/provinces/hunan/en/.gitkeep").exists()
    assert (mini / HUNAN).exists()


def test_new_province_refuses_unknown_codes_and_existing_ones(mini):
    bad = run(mini, "new-province", "hunnan")
    assert bad.returncode == 1 and "'hunnan' is not a provincial-level division" in bad.stderr
    again = run(mini, "new-province", "shaanxi")
    assert again.returncode == 1 and "already exists" in again.stderr
