"""Rendering in parts gives the pages a render of the whole tree gives, and reuses unchanged parts."""

import re
from pathlib import Path

import pytest
from tests.conftest import write

from quanyi.content.sources import load_project
from quanyi.pipeline.build import assemble_tree
from quanyi.problems import Problems
from quanyi.web import parts, renderer

ENTRY = re.compile(r"    <url>.*?</url>\n", re.S)


def _tree(root: Path) -> tuple[Path, list[str]]:
    problems = Problems(root)
    build_dir = assemble_tree(root, problems)
    return build_dir, load_project(root, problems).editions()


def _same_site(a: Path, b: Path) -> None:
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        if rel.startswith("sitemap.xml") or rel == "404.html":
            continue  # the sitemap lists the same pages in another order; 404's language menu names any last page
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert sorted(ENTRY.findall((a / "sitemap.xml").read_text("utf-8"))) == \
        sorted(ENTRY.findall((b / "sitemap.xml").read_text("utf-8")))


@pytest.fixture
def whole(mini, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_dir, editions = _tree(mini)
    ok, messages = renderer.build(build_dir, mini / "whole")
    assert ok, messages
    return mini, build_dir, editions


def test_parts_render_the_pages_of_a_whole_render(whole):
    root, build_dir, editions = whole
    assert len(editions) >= 2
    run = parts.render(root, build_dir, root / "parts", editions, root / "cache", jobs=2)
    assert sorted(run.made) == sorted([parts.SITE, *editions]) and run.reused == []
    _same_site(root / "whole", root / "parts")


def test_an_edit_in_one_province_renders_only_its_part(whole):
    root, build_dir, editions = whole
    parts.render(root, build_dir, root / "first", editions, root / "cache")
    province = next(code for code in editions if code != "national")
    overlay = next((root / "handbooks" / "provinces" / province / "zh").glob("*.md"))
    write(root, overlay.relative_to(root).as_posix(), overlay.read_text("utf-8").rstrip() + "\n\n再补充一句。\n")
    build_dir, editions = _tree(root)
    run = parts.render(root, build_dir, root / "second", editions, root / "cache")
    assert run.made == [province]
    assert "再补充一句" in "".join(p.read_text("utf-8") for p in (root / "second" / province).rglob("*.html"))
    ok, messages = renderer.build(build_dir, root / "whole-again")
    assert ok, messages
    _same_site(root / "whole-again", root / "second")


def test_a_broken_link_still_fails_the_render(whole):
    root, build_dir, editions = whole
    page = next((build_dir / renderer.TREE / "zh" / "national").glob("*.md"))
    page.write_text(page.read_text("utf-8") + "\n[走丢](no-such-page.md)\n", encoding="utf-8")
    with pytest.raises(parts.RenderError, match="no-such-page.md"):
        parts.render(root, build_dir, root / "parts", editions, root / "cache")
