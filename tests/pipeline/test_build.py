"""Real builds: the fixture handbook (safe publishing) and the real content (every edition)."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import real_editions, write
from quanyi.content.sources import load_project
from quanyi.content.translation import find, mark
from quanyi.pipeline.build import BuildError, build_site
from quanyi.problems import ContentError, Problems

EDITIONS = real_editions()


def html(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_mini_site_builds(mini):
    site = build_site(mini, Problems(mini))
    page = html(site, "shaanxi/pay")
    assert 'class="local-rule"' in page
    assert "陕西省规定" in page
    assert 'href="../../en/shaanxi/pay/"' in page  # language switch lands on the same page


def test_the_address_from_the_environment_reaches_the_pages_and_the_print_files(mini, monkeypatch):
    import pdfplumber

    monkeypatch.setenv("QUANYI_SITE_URL", "https://quanyi.org.cn")
    site = build_site(mini, Problems(mini))
    assert "site_url: https://quanyi.org.cn/" in (mini / "build/mkdocs.yml").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://quanyi.org.cn/en/shaanxi/pay/">' in html(site, "en/shaanxi/pay")
    with pdfplumber.open(site / "downloads/shaanxi-en-handbook.pdf") as pdf:
        back = pdf.pages[-1]
        assert "https://quanyi.org.cn/en/shaanxi/" in back.extract_text()
        assert {a["uri"] for a in back.annots} == {"https://quanyi.org.cn/en/shaanxi/"}


def test_failed_content_check_leaves_site_untouched(mini):
    site = build_site(mini, Problems(mini))
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    p = mini / "handbooks/hb/zh/leave.md"
    p.write_text(p.read_text() + "\n{{ broken }}\n")
    with pytest.raises(ContentError):
        build_site(mini, Problems(mini))
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_failed_render_leaves_site_untouched(mini):
    site = build_site(mini, Problems(mini))
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    # a missing image passes our checks but fails MkDocs' strict build
    write(mini, "docs/zh/index.md", "# 首页\n\n![图](nowhere.png)\n\n{{ editions }}\n")
    with pytest.raises(BuildError, match="nowhere.png"):
        build_site(mini, Problems(mini))
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert not (mini / "build" / "site.new").exists()


def test_unsafe_html_made_by_markdown_is_caught_in_the_rendered_page(mini):
    """attr_list turns '{: onclick=… }' into an attribute: no raw tag in the source, but the page runs it."""
    site = build_site(mini, Problems(mini))
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    p = mini / "handbooks/provinces/shaanxi/en/slips.md"
    p.write_text(p.read_text(encoding="utf-8") + "\nKeep them.\n{: onclick=\"steal()\" }\n", encoding="utf-8")
    problems = Problems(mini)
    with pytest.raises(BuildError, match="rendered pages"):
        build_site(mini, problems)
    line = p.read_text(encoding="utf-8").splitlines().index('{: onclick="steal()" }') + 1
    assert f"handbooks/provinces/shaanxi/en/slips.md:{line}: HTML event attribute 'onclick=' is not allowed: " \
        "it runs script — remove the attribute" in [str(e) for e in problems.errors]
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


# --- the real content, built once -------------------------------------------------


def test_home_pages(real_site):
    zh, en = html(real_site, "."), html(real_site, "en")
    assert '<html lang="zh"' in zh and '<html lang="en"' in en
    for code in EDITIONS:
        assert f'href="{code}/"' in zh
        assert f'href="{code}/"' in en


@pytest.mark.parametrize("code", EDITIONS)
def test_every_edition_and_chapter_exists_in_both_languages(real_site, code):
    from conftest import REPO

    project = load_project(REPO, Problems(REPO))
    for prefix in ("", "en/"):
        home = html(real_site, f"{prefix}{code}")
        for chapter in project.web_handbook.chapters:
            assert f'href="{chapter.slug}/"' in home
            page = html(real_site, f"{prefix}{code}/{chapter.slug}")
            # every edition page says which province it applies to and links to the others
            assert 'class="edition-switch"' in page
            for other in EDITIONS:
                if other != code:
                    assert f'href="../../{other}/{chapter.slug}/"' in page


def test_province_pages_mark_and_cite_local_rules(real_site):
    page = html(real_site, "beijing/wages")
    boxes = re.findall(r'<div class="local-rule"[^>]*>(.*?)</div>', page, re.S)
    box = next(b for b in boxes if "最低工资标准的通知" in b)
    assert "北京市规定" in box
    assert "依据：《关于调整北京市2025年最低工资标准的通知》" in box
    assert "2025年9月1日" in box
    assert "2540" in page
    en = html(real_site, "en/beijing/wages")
    assert "Beijing rule" in en


def test_national_edition_has_no_local_rules(real_site):
    for prefix in ("", "en/"):
        for page in (real_site / f"{prefix}national").rglob("*.html"):
            # the page's own markup (the styles inlined in its head name every class the site uses)
            body = page.read_text(encoding="utf-8").split("</head>", 1)[-1]
            assert 'class="local-rule' not in body, page


def test_unconfirmed_figures_say_to_be_confirmed(real_site):
    page = html(real_site, "qinghai/wages")  # Qinghai's reported 2080 is still to be confirmed
    assert '待确认，请拨打 <a href="tel:12333">12333</a> 核实' in page
    assert "2080" not in page


def test_two_builds_are_byte_identical(mini, tmp_path):
    first = build_site(mini, Problems(mini), site_dir=tmp_path / "one")
    second = build_site(mini, Problems(mini), site_dir=tmp_path / "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_a_rebuild_makes_only_what_an_edit_changed_and_matches_a_clean_build(mini, tmp_path, monkeypatch):
    # in a git clone the build date is the last commit's, whatever is edited since; here, outside git, fix it
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    first, stats = {}, {}
    site = build_site(mini, Problems(mini), site_dir=tmp_path / "one", stats=first)
    assert first["pdf-reused"] == [] and first["pdf-made"]
    national = {name: (site / "downloads" / name).read_bytes() for name in first["pdf-made"]
                if name.startswith("national-")}
    for lang, text in (("zh", "\n工资条要保存好。\n"), ("en", "\nKeep your pay slips.\n")):
        p = mini / f"handbooks/provinces/shaanxi/{lang}/slips.md"
        p.write_text(p.read_text(encoding="utf-8") + text, encoding="utf-8")
    # as an editor does after translating (otherwise the page rightly says the English is out of date)
    project = load_project(mini, Problems(mini))
    mark(project, find(project, ["handbooks/provinces/shaanxi/en/slips.md"], mini)[0])
    again = build_site(mini, Problems(mini), site_dir=tmp_path / "two", stats=stats)
    # the edited province's print files are made again; every other edition's are reused, byte for byte
    assert sorted(stats["pdf-made"]) == ["shaanxi-en-booklet.pdf", "shaanxi-en-handbook.pdf",
                                         "shaanxi-zh-booklet.pdf", "shaanxi-zh-handbook.pdf"]
    assert national and all((again / "downloads" / n).read_bytes() == data for n, data in national.items())
    # only the edited edition's documents are set again, and only its part of the site is rendered again
    # (the downloads page lists the files by name; their sizes are filled in after the render)
    assert stats["markup-made"] == 2 and first["markup-made"] > 2
    assert stats["parts-made"] == 1 and stats["parts-reused"] == first["parts-made"] - 1
    assert 0 < stats["offline-made"] < stats["offline-made"] + stats["offline-reused"]
    assert stats["compressed-reused"] > stats["compressed-made"]
    # what was reused is exactly what a build with nothing kept makes
    shutil.rmtree(mini / "build")
    clean = build_site(mini, Problems(mini), site_dir=tmp_path / "three")
    files = sorted(p.relative_to(clean) for p in clean.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for rel in files:
        assert (clean / rel).read_bytes() == (again / rel).read_bytes(), rel


def test_a_preview_of_some_provinces_holds_only_them(mini):
    from quanyi.pipeline.build import assemble_tree

    docs = assemble_tree(mini, Problems(mini), only=set()) / "docs"
    assert (docs / "zh/national/pay.md").exists() and not (docs / "zh/shaanxi").exists()
    assert "shaanxi" not in (docs / "zh/index.md").read_text(encoding="utf-8")  # the picker names only what is there
    docs = assemble_tree(mini, Problems(mini), only={"shaanxi"}) / "docs"
    assert (docs / "en/shaanxi/pay.md").exists() and "shaanxi/index.md" in (docs / "zh/index.md").read_text("utf-8")
