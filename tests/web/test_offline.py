"""Offline copies: one edition that is whole, from the file system, with one labelled way out per page."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import real_editions
from quanyi.strings import strings
from quanyi.urls import search_index_path, search_script_path, search_words_path, site_url
from quanyi.web.offline import Copy, _rewrite, make_offline_zip, search_script

EDITIONS = tuple(real_editions())


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, dict]] = []  # (tag, value, attributes)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src", "action"):
            if a.get(key) is not None:
                self.links.append((tag, a[key], a))


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def unpack(real_site: Path, edition: str, lang: str, tmp_path: Path) -> Path:
    with zipfile.ZipFile(real_site / f"downloads/{edition}-{lang}-offline.zip") as zf:
        zf.extractall(tmp_path)
    return tmp_path / f"quanyi-{edition}-{lang}"


def leaks(folder: Path, online: str) -> tuple[list[str], dict[str, list[str]]]:
    """Links that lead out of the unpacked copy or nowhere, and each page's links to the online edition."""
    bad: list[str] = []
    outward: dict[str, list[str]] = {}
    root = folder.resolve()
    pages = {p.resolve(): _parse(p) for p in sorted(folder.rglob("*.html"))}
    for html, page in pages.items():
        rel = html.relative_to(root).as_posix()
        outward[rel] = []
        for tag, link, attrs in page.links:
            if link.startswith("tel:") or (link.startswith("#") and link[1:] in page.ids):
                continue
            if re.match(r"^[a-z][a-z0-9+.-]*:|^/", link, re.I):
                if tag == "a" and "quanyi-online" in (attrs.get("class") or "").split() and link.startswith(online):
                    outward[rel].append(link)
                else:
                    bad.append(f"{rel}: {link} (leaves the copy)")
                continue
            parts = urlsplit(link)
            target = (html.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or root not in target.parents:
                bad.append(f"{rel}: {link} (no file in the copy)")
            elif parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
                bad.append(f"{rel}: {link} (no id {parts.fragment!r} on that page)")
    return bad, outward


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("edition", EDITIONS)
def test_no_link_leaves_the_copy_but_one_labelled_link_per_page(real_site, tmp_path, edition, lang):
    folder = unpack(real_site, edition, lang, tmp_path)
    online = site_url(real_site.parent)
    bad, outward = leaks(folder, online)
    assert not bad, f"{len(bad)} links out of the copy, e.g.:\n" + "\n".join(bad[:30])
    label = strings(lang, "offline-copy")["online"]
    for rel, links in outward.items():
        if rel == "index.html":  # the start page only opens the edition's home
            assert links == []
            continue
        # this very page online
        assert links == [online + rel.removesuffix("index.html")], rel
        assert f">{label}</a>" in (folder / rel).read_text(encoding="utf-8"), rel


@pytest.mark.parametrize("edition, lang, only", [
    ("guangdong", "zh", "这个离线版只有广东省版。其他省份和英文版请打开网上版。"),
    ("guangdong", "en", "This offline copy holds only the Guangdong edition, in English."),
    ("national", "zh", "这个离线版只有全国版。"),
])
def test_switches_say_the_copy_holds_one_edition(real_site, tmp_path, edition, lang, only):
    folder = unpack(real_site, edition, lang, tmp_path)
    prefix = f"{edition}/" if lang == "zh" else f"en/{edition}/"
    page = (folder / prefix / "wages/index.html").read_text(encoding="utf-8")
    switch = re.search(r'<details class="edition-switch".*?</details>', page, re.S).group(0)
    assert only in switch and "<a " not in switch
    menu = re.search(r'<ul class="md-select__list">(.*?)</ul>', page, re.S).group(1)
    assert only in menu and "<a " not in menu
    # the print files are not in the copy: said in words
    home = (folder / prefix / "index.html").read_text(encoding="utf-8")
    assert strings(lang, "offline-copy")["print"] in home and ".pdf" not in home
    # the online site keeps its switches
    online = (real_site / prefix / "wages/index.html").read_text(encoding="utf-8")
    assert only not in online and 'hreflang="en"' in online and "../../beijing/wages/" in online


def test_search_files_come_as_scripts(real_site):
    with zipfile.ZipFile(real_site / "downloads/guangdong-zh-offline.zip") as zf:
        names = zf.namelist()
        for path in (search_index_path("zh", "guangdong"), search_words_path("zh")):
            script = zf.read(f"quanyi-guangdong-zh/{search_script_path(path)}").decode("utf-8")
            prefix = f'(window.quanyiData=window.quanyiData||{{}})["{path}"]='
            assert script.startswith(prefix) and script.endswith(";\n")
            data = json.loads(script[len(prefix):-2])
            assert data == json.loads((real_site / path).read_text(encoding="utf-8"))
    assert not any(n.endswith(".json") for n in names)  # only the scripts: file:// cannot fetch
    assert not any("/lunr/" in n or "/workers/" in n for n in names)  # Material's search is not used
    assert not any("beijing" in n or "/en/" in n for n in names)  # one edition, one language


@pytest.mark.parametrize("edition, lang", [("guangdong", "zh"), ("national", "en")])
def test_the_copy_carries_the_calculators_and_their_script(real_site, tmp_path, edition, lang):
    folder = unpack(real_site, edition, lang, tmp_path)
    page = folder / ("" if lang == "zh" else "en/") / edition / "tools/index.html"
    html = page.read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert any(src.endswith("quanyi-tools.js") for src in scripts)
    for src in scripts:
        assert (page.parent / src).resolve().is_file(), src  # every script is inside the copy
    assert html.count("<form") >= 5


def test_search_script_is_javascript_for_old_browsers():
    script = search_script("search-index/zh/x.json", json.dumps({"a": "\u2028"}, ensure_ascii=False))
    assert "\u2028" not in script and "\\u2028" in script


def test_zip_is_reproducible(real_site, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    made = [make_offline_zip(real_site, "guangdong", "en", tmp_path / f"{n}.zip", "https://quanyi.example.org/",
                             "Workers' Rights Handbook · Guangdong", "Guangdong edition") for n in (1, 2)]
    assert made[0].read_bytes() == made[1].read_bytes()
    with zipfile.ZipFile(made[0]) as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(2025, 12, 1, 0, 0, 0)}


PAGE = """<html><head><link rel="canonical" href="https://q.example/gd/wages/">
<link rel="icon" href="../../assets/images/favicon.png"></head><body>
<a href="../../" class="md-header__button md-logo">logo</a>
<div class="md-select"><div class="md-select__inner"><ul class="md-select__list">
<li class="md-select__item"><a href="./" hreflang="zh" class="md-select__link">中文</a></li>
<li class="md-select__item"><a href="../../en/gd/wages/" hreflang="en" class="md-select__link">English</a></li>
</ul></div></div>
<form class="md-search__form" action="../../search/" method="get"></form>
<details class="edition-switch" data-edition="gd"><summary>本版适用于：<strong>广东省</strong></summary>
<ul><li><a href="../../bj/wages/">北京市</a></li></ul></details>
<p>见<a href="../hours/#overtime">加班</a>、<a href="../../bj/wages/">北京</a>、<a href="https://www.gov.cn/x">政府</a>，
拨打 <a href="tel:12333">12333</a>，<a href="#top">回到顶部</a>。</p>
<p class="quanyi-print"><strong>打印版：</strong> <a href="../../downloads/gd-zh-handbook.pdf" download>手册</a></p>
<footer><div class="md-footer-meta__inner md-grid"><div class="md-copyright">©</div></div></footer>
</body></html>"""


def test_rewrite_keeps_every_link_inside_the_copy():
    inside = {"gd/wages/index.html", "gd/hours/index.html", "gd/index.html"}
    copy = Copy("gd/", inside, "https://q.example/", "zh", "广东省版", dt.date(2026, 11, 23))
    out = _rewrite(PAGE, "gd/wages/index.html", copy)
    assert "canonical" not in out
    assert 'href="../../assets/images/favicon.png"' in out
    assert '<a href="../index.html" class="md-header__button md-logo">' in out
    assert 'class="md-select__inner quanyi-offline-menu"' in out
    assert 'action="../index.html"' in out
    assert '<summary>本版适用于：<strong>广东省</strong></summary>' in out
    assert out.count("这个离线版只有广东省版。") == 2 and "北京市" not in out
    assert '<a href="../hours/index.html#overtime">加班</a>' in out
    assert "<span>北京</span>" in out and "<span>政府</span> (https://www.gov.cn/x)" in out
    assert '<a href="tel:12333">12333</a>' in out and '<a href="#top">' in out
    assert ".pdf" not in out and "打印版（PDF）不在离线版里" in out
    assert ('<p class="quanyi-offline-note">这是离线版，2026年11月23日制作。 '
            '<a class="quanyi-online" href="https://q.example/gd/wages/">打开网上最新版</a></p>') in out
