"""``quanyi new-province``: a complete, checkable province with nothing guessed."""

from __future__ import annotations

import subprocess
import sys

from quanyi.checks.run import check


def run(root, *args):
    return subprocess.run([sys.executable, "-m", "quanyi", *args], cwd=root, capture_output=True, text=True)


def test_new_province_passes_the_checker_with_warnings_only(mini):
    result = run(mini, "new-province", "hunan")
    assert result.returncode == 0, result.stderr
    assert (mini / "handbooks/provinces/hunan/zh").is_dir() and (mini / "handbooks/provinces/hunan/en").is_dir()
    problems = check(mini)
    assert problems.errors == []
    hunan = [str(p) for p in problems.warnings if "hunan" in p.path]
    assert any("'minimum-wage' is to be confirmed" in w for w in hunan)
    text = (mini / "handbooks/provinces/hunan/province.yml").read_text()
    assert "name: {zh: 湖南省, en: Hunan}" in text and "status: to-be-confirmed" in text


def test_new_province_refuses_unknown_codes_and_existing_ones(mini):
    bad = run(mini, "new-province", "hunnan")
    assert bad.returncode == 1 and "'hunnan' is not a provincial-level division" in bad.stderr
    again = run(mini, "new-province", "shaanxi")
    assert again.returncode == 1 and "already exists" in again.stderr
