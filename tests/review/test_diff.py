"""``quanyi diff``: two commits of the fixture handbook in a throw-away git repository."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from quanyi.review import report
from quanyi.review.diff import run
from quanyi.review.revision import RevisionError, resolve

from .conftest import commit, edit, git

PAY_ZH = "handbooks/hb/zh/pay.md"
PROVINCE = "handbooks/provinces/shaanxi/province.yml"


def changed(result) -> dict[tuple[str, str], list[str]]:
    return {(ed.code, ed.lang): [p.path for p in ed.pages] for ed in result.changes}


def diff_lines(result, code: str, lang: str, path: str) -> list[str]:
    ed = next(e for e in result.changes if (e.code, e.lang) == (code, lang))
    page = next(p for p in ed.pages if p.path == path)
    return [line for block in page.hunks for line in block]


def test_a_national_change_shows_in_every_edition_of_its_language(repo):
    edit(repo, PAY_ZH, "工资至少每月支付一次。", "工资至少每月支付一次，最迟在下个月的十日以前。")
    commit(repo, "pay: the latest day")
    result = run(repo, "HEAD~1", pdfs=False)
    assert result.sources == [PAY_ZH]
    assert changed(result) == {("national", "zh"): ["national/pay/"], ("shaanxi", "zh"): ["shaanxi/pay/"]}
    lines = diff_lines(result, "national", "zh", "national/pay/")
    assert lines[0] == "@@ -2,7 +2,7 @@ ## 按月支付 {#monthly}"
    assert "-工资至少每月支付一次。" in lines and "+工资至少每月支付一次，最迟在下个月的十日以前。" in lines
    assert "~工资至少每月支付一次{+，最迟在下个月的十日以前+}。" in lines
    # the province's copy of the same change is named, not repeated
    shaanxi = next(e for e in result.changes if e.code == "shaanxi")
    assert shaanxi.pages[0].same_as == "national/pay/"
    assert [(e.code, e.lang) for e in result.unchanged] == [("site", "zh"), ("site", "en"), ("national", "en"),
                                                            ("shaanxi", "en")]
    out = report.text(result)
    assert "== 全国版 (national, zh): 1 of 4 pages changed" in out
    assert "   /shaanxi/pay/ (工资): +1 −1, the same change as /national/pay/" in out
    assert "No change: site pages (zh and en), national (en), shaanxi (en)" in out
    assert "Print files were not compared (--no-pdf)." in out


def test_province_data_in_the_working_tree_changes_its_pages_and_nothing_is_touched(repo):
    edit(repo, PROVINCE, "monthly: 2160", "monthly: 2260")
    status = git(repo, "status", "--porcelain")
    leftovers = set(Path(tempfile.gettempdir()).glob("quanyi-diff-*"))
    result = run(repo, "HEAD", pdfs=False)
    assert git(repo, "status", "--porcelain") == status == f" M {PROVINCE}\n"
    assert set(Path(tempfile.gettempdir()).glob("quanyi-diff-*")) == leftovers  # the BASE copy is gone
    assert changed(result) == {("shaanxi", "zh"): ["shaanxi/pay/", "shaanxi/differences/"],
                               ("shaanxi", "en"): ["en/shaanxi/pay/", "en/shaanxi/differences/"]}
    assert "~| 一类：甲市、乙县 | [-2160-]{+2260+} | 21 |" in diff_lines(result, "shaanxi", "zh",
                                                                         "shaanxi/differences/")
    assert "+The minimum wage is Tier 1: 2,260 yuan a month; Tier 2: 2,050 yuan a month." in \
        diff_lines(result, "shaanxi", "en", "en/shaanxi/pay/")


def test_a_new_province_is_a_new_edition(repo):
    folder = repo / "handbooks/provinces"
    for path in (folder / "shaanxi").rglob("*"):
        if path.is_file():
            target = folder / "gansu" / path.relative_to(folder / "shaanxi")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(path.read_text(encoding="utf-8").replace("shaanxi", "gansu")
                              .replace("陕西", "甘肃").replace("Shaanxi", "Gansu"), encoding="utf-8")
    result = run(repo, "HEAD", pdfs=False)
    gansu = next(e for e in result.changes if (e.code, e.lang) == ("gansu", "zh"))
    assert gansu.status == "new" and {p.status for p in gansu.pages} == {"new"}
    assert [p.path for p in gansu.pages][:3] == ["gansu/", "gansu/whats-new/", "gansu/pay/"]
    assert "== 甘肃省 (gansu, zh): a new edition, 5 pages" in report.text(result)
    # the other editions' homes now offer it in their province switch
    lines = diff_lines(result, "national", "zh", "national/")
    assert any(line.startswith("+- [甘肃省](../gansu/index.md)") for line in lines)


def test_a_base_with_content_errors_is_said_in_words_and_the_rest_compared(repo):
    edit(repo, "handbooks/hb/zh/leave.md", "\n", "\n{{ broken }}\n")
    commit(repo, "a mistake")
    edit(repo, "handbooks/hb/zh/leave.md", "\n{{ broken }}\n", "\n")
    edit(repo, "handbooks/hb/en/pay.md", "Keep your pay slips.", "Keep every pay slip.")
    result = run(repo, "HEAD", pdfs=False)
    assert result.problems["base"] == ["handbooks/hb/zh/leave.md:2: unknown variable '{{ broken }}' — use one of: "
                                       "{{ minimum-wage }}, {{ province }}"]
    assert result.problems["head"] == []
    assert changed(result)[("national", "en")] == ["en/national/pay/"]
    national_zh = next(e for e in result.changes if (e.code, e.lang) == ("national", "zh"))
    assert national_zh.broken == {"base": "because of the content errors listed above"} and not national_zh.pages
    out = report.text(result)
    assert "\nBASE HEAD (" in out and "has 1 content error(s), so some of it may not be compared" in out
    assert "== 全国版 (national, zh): not compared" in out
    assert "could not be assembled from BASE HEAD (" in out
    assert "Traceback" not in out


def test_by_default_base_is_where_the_branch_left_main(repo):
    first = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "topic")
    edit(repo, PAY_ZH, "要保存工资条。", "要保存好每一张工资条。")
    commit(repo, "on the topic branch")
    revision = resolve(repo, None)
    assert revision.commit == first and str(revision).startswith("merge base with main")
    assert changed(run(repo, None, pdfs=False))[("national", "zh")] == ["national/pay/"]


def test_a_revision_that_is_not_there_is_said_in_words(repo):
    with pytest.raises(RevisionError, match="'nowhere' is not a commit of this repository"):
        resolve(repo, "nowhere")
    out = subprocess.run([sys.executable, "-m", "quanyi", "diff", "nowhere"], cwd=repo, capture_output=True,
                         text=True)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("quanyi diff: 'nowhere' is not a commit of this repository — give a branch")


def test_the_command_writes_markdown_for_the_job_summary(repo):
    edit(repo, PAY_ZH, "要保存工资条。", "要保存好每一张工资条。")
    commit(repo, "pay slips")
    out = subprocess.run([sys.executable, "-m", "quanyi", "diff", "HEAD~1", "--no-pdf", "--markdown"], cwd=repo,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    md = out.stdout
    assert md.startswith("### 权益 Quanyi: what this change does to each edition")
    assert "| 全国版 `national` | zh | 1 of 4 pages changed |" in md
    assert "<details><summary><strong>全国版 (national, zh)</strong>: 1 of 4 pages changed</summary>" in md
    assert "```diff\n--- /national/pay/ (BASE)\n+++ /national/pay/ (working tree)\n" in md
    assert "-要保存工资条。\n+要保存好每一张工资条。\n" in md
    assert md.count("<details>") == md.count("</details>")


def test_a_base_whose_handbook_cannot_be_read_still_has_its_site_pages_compared(repo):
    edit(repo, "handbooks/hb/handbook.yml", "reviewed: 2026-01-10\n", "")
    commit(repo, "the manifest without its date")
    edit(repo, "handbooks/hb/handbook.yml", "web: true\n", "web: true\nreviewed: 2026-01-10\n")
    edit(repo, "docs/en/index.md", "# ", "# The ")
    result = run(repo, "HEAD", pdfs=False)
    assert result.failures["base"].startswith("no handbook could be loaded (see the errors below)")
    assert result.problems["base"][0].startswith("handbooks/hb/handbook.yml:")
    assert changed(result)[("site", "en")] == ["en/"]
    national = next(e for e in result.changes if (e.code, e.lang) == ("national", "zh"))
    assert national.status == "" and national.broken == {"base": "its sources could not be read (see above)"}
    assert "== 全国版 (national, zh): not compared" in report.text(result)
