"""CI as written: the quanyi commands of the workflow and of .ci/run work as printed, and need nothing outside."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

from conftest import REPO

from .conftest import commit, edit
from .test_artifact import broken_on_disk, web_site

WORKFLOW = REPO / ".github/workflows/check.yml"
LOCAL = REPO / ".ci/run"
QUANYI = re.compile(r"\.venv/bin/quanyi (.*?)(?:\s*>>.*)?$")


def commands(path) -> list[list[str]]:
    return [shlex.split(m.group(1).replace('"$BASE"', "HEAD~1")) for line in path.read_text(encoding="utf-8")
            .splitlines() if (m := QUANYI.search(line.strip()))]


def test_the_workflow_reports_the_diff_and_uploads_the_browsable_preview():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "BASE: ${{ github.event.pull_request.base.sha }}" in text
    assert '.venv/bin/quanyi diff "$BASE" --markdown >> "$GITHUB_STEP_SUMMARY"' in text
    assert "fetch-depth: 0" in text
    upload = text[text.index("actions/upload-artifact"):]
    assert "path: build/preview/" in upload
    assert text.index("quanyi preview-artifact site/ build/preview/") < text.index("actions/upload-artifact")
    assert [c[0] for c in commands(WORKFLOW)] == ["diff", "preview-artifact"]
    assert [c[0] for c in commands(LOCAL)] == ["diff", "preview-artifact"]


def test_the_commands_ci_runs_work_as_printed(repo):
    edit(repo, "docs/zh/index.md", "# 首页", "# 首页\n\n欢迎。")
    commit(repo, "a word of welcome")
    web_site(repo)
    for args in commands(WORKFLOW) + commands(LOCAL):
        out = subprocess.run([sys.executable, "-m", "quanyi", *args], cwd=repo, capture_output=True, text=True)
        assert out.returncode == 0, (args, out.stderr)
        if args[0] == "diff":
            pdfs = "Print files were not compared (--no-pdf)." if "--no-pdf" in args else "No PDF changes."
            assert "+欢迎。" in out.stdout and pdfs in out.stdout, args
    assert broken_on_disk(repo / "build/preview")[0] == []


def test_nothing_ci_needs_lives_outside_the_repository():
    """On GitHub there is no ../shared and no machine of ours: CI files name only what the clone has."""
    files = [WORKFLOW, LOCAL, REPO / "Makefile", *sorted((REPO / "scripts").glob("*"))]
    outside = [f"{path.relative_to(REPO)}:{n}: {line.strip()}" for path in files
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if re.search(r"\.\./|(?<![\w.])shared/|/work/|/opt/|~/", line)]
    assert outside == []
