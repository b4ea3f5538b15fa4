"""The command line as editors use it: check, build, serve."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import REPO
from quanyi.pipeline.build import build_site
from quanyi.problems import Problems


def quanyi(root, *args, **kw):
    return subprocess.run([sys.executable, "-m", "quanyi", *args], cwd=root, capture_output=True, text=True, **kw)


def test_three_mistakes_in_one_run_then_build_keeps_old_site(mini):
    site = build_site(mini, Problems(mini))
    before = (site / "shaanxi/pay/index.html").read_bytes()
    p = mini / "handbooks/provinces/shaanxi/province.yml"
    p.write_text(p.read_text().replace("status: confirmed", "status: confirmed\n  oops"))
    p = mini / "handbooks/hb/zh/pay.md"
    p.write_text(p.read_text() + "\n<script>alert('x')</script>\n")
    (mini / "handbooks/hb/en/leave.md").unlink()

    check = quanyi(mini, "check")
    assert check.returncode == 1
    lines = check.stderr.splitlines()
    assert any(line.startswith("handbooks/provinces/shaanxi/province.yml:7: YAML syntax error") for line in lines)
    assert "handbooks/hb/zh/pay.md:19: raw HTML <script> is not allowed: it could run code or load things " \
        "from other sites — remove it; write plain Markdown" in lines
    assert "handbooks/hb/handbook.yml:6: chapter 'leave' has no en file en/leave.md — " \
        "create handbooks/hb/en/leave.md (every chapter exists in zh and en)" in lines
    assert "Traceback" not in check.stderr

    build = quanyi(mini, "build")
    assert build.returncode == 1
    assert "the previous site/ was left as it was" in build.stderr
    assert (site / "shaanxi/pay/index.html").read_bytes() == before


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, text: str, seconds: float = 40) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if page and text in page:
            return True
        time.sleep(0.5)
    return False


@contextlib.contextmanager
def _serving(root):
    """``quanyi serve`` running on ``root``; yields the address of Shaanxi's pay page."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "quanyi", "serve", "--addr", f"127.0.0.1:{port}"],
                            cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}/shaanxi/pay/"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_follows_edits_in_handbooks(mini):
    with _serving(mini) as url:
        assert _wait_for(url, "陕西的老板必须给你书面工资条")
        p = mini / "handbooks/provinces/shaanxi/zh/slips.md"
        p.write_text(p.read_text().replace("书面工资条", "书面的工资清单"))
        assert _wait_for(url, "陕西的老板必须给你书面的工资清单")


def test_serve_shows_mistakes_on_the_page_until_they_are_fixed(mini):
    """A broken save: the last good page stays, with the problems in a banner; fixed, the banner goes."""
    with _serving(mini) as url:
        assert _wait_for(url, "陕西的老板必须给你书面工资条")
        assert "quanyi-preview-problems" not in _get(url)
        p = mini / "handbooks/hb/zh/leave.md"
        good = p.read_text(encoding="utf-8")
        p.write_text(good + "\n最低工资是{{ minimun-wage }}。\n", encoding="utf-8")
        assert _wait_for(url, "handbooks/hb/zh/leave.md:7: unknown variable")
        page = _get(url)
        assert "预览有 1 个错误" in page and "陕西的老板必须给你书面工资条" in page, "the last good page, marked"
        p.write_text(good, encoding="utf-8")
        deadline = time.monotonic() + 40
        while "quanyi-preview-problems" in (_get(url) or "quanyi-preview-problems") and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "quanyi-preview-problems" not in _get(url)


def test_a_browser_benchmark_without_chromium_says_how_to_get_it(mini, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>home</p>", encoding="utf-8")
    env = {**os.environ, "QUANYI_CHROMIUM": str(tmp_path / "no-such-chrome")}
    missing = quanyi(mini, "benchmark-search", "--site", str(site), env=env)  # the fixture has no query set
    assert missing.returncode == 1 and "search-queries.yml is missing" in missing.stderr
    assert "Traceback" not in missing.stderr
    run = quanyi(REPO, "benchmark-search", "--site", str(site), env=env)
    assert run.returncode == 1
    assert "QUANYI_CHROMIUM=" in run.stderr and "no such file" in run.stderr
    assert "Traceback" not in run.stderr


def test_serve_names_a_province_it_does_not_know(mini):
    result = quanyi(mini, "serve", "guangzhou")
    assert result.returncode == 2
    assert "no province 'guangzhou'" in result.stderr and "Traceback" not in result.stderr


# --- mark-translated, as editors type it (issue 15, part 5) ---

PAY_EN = "handbooks/hb/en/pay.md"


def _zh_slips_changed(root):
    p = root / "handbooks/hb/zh/pay.md"
    p.write_text(p.read_text(encoding="utf-8").replace("要保存工资条。", "一定要保存工资条。"), encoding="utf-8")


def test_mark_translated_takes_paths_as_typed_in_a_subfolder_or_with_backslashes(mini):
    _zh_slips_changed(mini)
    inside = quanyi(mini / "handbooks/hb/en", "mark-translated", "pay.md", "--section", "pay-slips")
    assert inside.returncode == 0, inside.stderr
    assert inside.stdout == f"marked section {{#pay-slips}} of {PAY_EN} as translating its current Chinese source\n"
    _zh_slips_changed(mini)  # 一一定要…: outdated again
    # Windows' separators, and the path:line a warning names, copied whole
    windows = quanyi(mini, "mark-translated", "handbooks\\hb\\en\\pay.md:23", "--section", "{#pay-slips}")
    assert windows.returncode == 0, windows.stderr
    assert quanyi(mini, "check").stderr.count("translates an older version") == 0


def test_mark_translated_with_a_wrong_section_or_file_says_so_and_marks_nothing(mini):
    _zh_slips_changed(mini)
    before = (mini / PAY_EN).read_bytes()
    wrong = quanyi(mini, "mark-translated", PAY_EN, "--section", "pay-slip")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert wrong.stderr.splitlines() == [
        f"{PAY_EN}: no section {{#pay-slip}} in the Chinese chapter handbooks/hb/zh/pay.md — did you mean "
        "pay-slips? ids there: pay, monthly, minimum-wage, hourly, pay-slips",
        "Nothing was marked."]
    twin = quanyi(mini, "mark-translated", "handbooks/hb/zh/pay.md", "handbooks/provinces/shaanxi/en/slips.md",
                  "--section", "pay-slips")
    assert twin.returncode == 1
    assert twin.stderr.splitlines() == [  # every mistake at once
        "handbooks/hb/zh/pay.md: this is the Chinese text — mark its English translation: "
        f".venv/bin/quanyi mark-translated {PAY_EN}",
        "handbooks/provinces/shaanxi/en/slips.md: an overlay is marked as a whole — run the command again "
        "without --section: .venv/bin/quanyi mark-translated handbooks/provinces/shaanxi/en/slips.md",
        "Nothing was marked."]
    typo = quanyi(mini, "mark-translated", "handbooks/hb/en/pya.md")
    assert typo.stderr.splitlines()[0] == "handbooks/hb/en/pya.md: no such file — did you mean handbooks/hb/en/pay.md?"
    nothing = quanyi(mini, "mark-translated")
    assert nothing.returncode == 2 and "name the English files to mark" in nothing.stderr
    assert (mini / PAY_EN).read_bytes() == before
    assert not any(r.returncode == 0 for r in (wrong, twin, typo))


def test_mark_translated_changes_only_hash_lines_of_a_windows_file(mini):
    """CRLF, a BOM, comments, a flow map and quotes as an editor left them: only the changed hash differs."""
    p = mini / PAY_EN
    body = p.read_text(encoding="utf-8").split("---\n", 2)[2]
    front = ("---\n# translated by 李四\ntranslated-from: {pay: 46cd5352b3, monthly: '60ded0d25e',\n"
             "  minimum-wage: d2bed0c09b, hourly: b746fb8b54, pay-slips: \"cb4dbd3de6\"}  # all of it\n---\n")
    original = ("\ufeff" + front + body).replace("\n", "\r\n").encode("utf-8")
    p.write_bytes(original)
    _zh_slips_changed(mini)
    result = quanyi(mini, "mark-translated", PAY_EN)
    assert result.returncode == 0, result.stderr
    new = p.read_bytes()
    assert new == original.replace(b'pay-slips: "cb4dbd3de6"', b'pay-slips: "7c0e14ab0d"')
    assert quanyi(mini, "check").stderr.count("translates an older version") == 0
