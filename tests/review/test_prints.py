"""Print files in ``quanyi diff``: only those whose input changed are rendered, on both sides, and counted."""

from __future__ import annotations

from quanyi.review import report
from quanyi.review.diff import run

from .conftest import commit, edit

LEAVE_ZH = "handbooks/hb/zh/leave.md"


def test_longer_text_adds_pages_to_its_handbooks_only(repo):
    paragraph = "劳动者连续工作一年以上的，享受带薪年休假。年休假在一个年度内可以集中安排，也可以分段安排。"
    path = repo / LEAVE_ZH
    path.write_text(path.read_text(encoding="utf-8") + "".join(f"\n{paragraph}\n" for _ in range(60)),
                    encoding="utf-8")
    commit(repo, "leave: much longer")
    result = run(repo, "HEAD~1", workers=1)
    prints = {c.name: c for c in result.prints}
    # the English files and nothing else: their input did not change, so they were not rendered
    assert sorted(prints) == ["national-zh-booklet.pdf", "national-zh-handbook.pdf", "shaanxi-zh-booklet.pdf",
                              "shaanxi-zh-handbook.pdf"]
    handbook = prints["national-zh-handbook.pdf"]
    assert handbook.before and handbook.after and handbook.delta >= 3
    booklet = prints["national-zh-booklet.pdf"]
    assert booklet.after == -(-handbook.after // 4) * 2  # A4 sides: four A5 pages to a sheet
    out = report.text(result)
    assert f"  national-zh-handbook.pdf: {handbook.before} → {handbook.after} pages ({handbook.delta:+d} pages)" in out
    assert "4 print file(s) change (rendered from both sides); the page count moves in" in out
    md = report.markdown(result)
    assert f"| `national-zh-handbook.pdf` | {handbook.before} | {handbook.after} | **{handbook.delta:+d}** |" in md
    # and a second run takes the counts it already has
    again = run(repo, "HEAD~1", workers=1)
    assert [(c.name, c.before, c.after) for c in again.prints] == [(c.name, c.before, c.after) for c in result.prints]
    assert again.seconds["print"] < result.seconds["print"]


def test_a_change_only_to_site_pages_changes_no_pdf(repo):
    edit(repo, "docs/zh/index.md", "# 首页", "# 首页\n\n欢迎。")
    result = run(repo, "HEAD")
    assert result.prints == []
    assert [(e.code, e.lang) for e in result.changes] == [("site", "zh")]
    assert "\nNo PDF changes.\n" in report.text(result)
