"""Atom feeds, What's new pages and short links in built sites, read by a real feed parser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import feedparser
import pytest

from conftest import FIXTURE, copy_project, real_editions
from quanyi.assembly.assemble import assemble
from quanyi.content.sources import load_project
from quanyi.content.updates import short_key
from quanyi.pipeline.build import build_site
from quanyi.problems import Problems
from quanyi.strings import strings
from quanyi.updates.feeds import atom_feed, entry_id, feed_stylesheet

A = "{http://www.w3.org/2005/Atom}"
X = "{http://www.w3.org/1999/xhtml}"
XSL = "{http://www.w3.org/1999/XSL/Transform}"
STYLE = re.compile(r'^<\?xml version="1\.0" encoding="utf-8"\?>\n<\?xml-stylesheet type="text/xsl" href="([^"]+)"\?>\n')
EDITIONS = real_editions()


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory):
    root = copy_project(FIXTURE, tmp_path_factory.mktemp("feeds") / "mini")
    return build_site(root, Problems(root))


def feed_path(site, code: str, lang: str):
    return site / ("" if lang == "zh" else "en") / code / "feed.xml"


def assert_valid_atom(path) -> ET.Element:
    """What RFC 4287 requires, checked strictly (feed parsers forgive too much)."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{A}{tag}") is not None, tag
    [self_link] = [el for el in root.findall(f"{A}link") if el.get("rel") == "self"]
    assert self_link.get("href").endswith(f"{path.parent.name}/feed.xml")
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
    assert stamp.match(root.find(f"{A}updated").text)
    for entry in root.findall(f"{A}entry"):
        for tag in ("id", "title", "updated", "content"):
            assert entry.find(f"{A}{tag}") is not None, tag
        assert entry.find(f"{A}id").text.startswith("urn:uuid:")
        assert stamp.match(entry.find(f"{A}updated").text)
        assert any(el.get("rel") == "alternate" for el in entry.findall(f"{A}link"))
        content = entry.find(f"{A}content")  # XHTML: one div, so that the stylesheet can show its links
        assert content.get("type") == "xhtml" and [el.tag for el in content] == [f"{X}div"]
    return root


def assert_styled(site, path) -> None:
    """The feed names the stylesheet by a relative address that leads to it in the built site."""
    m = STYLE.match(path.read_text(encoding="utf-8"))
    assert m, path
    assert (path.parent / m.group(1)).resolve() == (site / "assets/feed.xsl").resolve()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_mini_feeds_parse_with_the_right_entries(mini_site, lang):
    national = feedparser.parse(feed_path(mini_site, "national", lang))
    shaanxi = feedparser.parse(feed_path(mini_site, "shaanxi", lang))
    for parsed in (national, shaanxi):
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.version == "atom10"
    # national entries everywhere, provincial ones only in their own edition; newest first
    assert [e.id for e in national.entries] == [entry_id("annual-leave-rewritten", lang)]
    assert [e.id for e in shaanxi.entries] == [entry_id("annual-leave-rewritten", lang),
                                               entry_id("shaanxi-minimum-wage-2025", lang)]
    entry = shaanxi.entries[1]
    prefix = "https://quanyi.example.org/" + ("" if lang == "zh" else "en/")
    assert entry.link == f"{prefix}shaanxi/whats-new/#shaanxi-minimum-wage-2025"
    assert entry.updated == "2025-05-01T00:00:00+08:00"
    assert f'href="{prefix}shaanxi/pay/#minimum-wage"' in entry.content[0].value
    assert entry.title == ("陕西最低工资调整" if lang == "zh" else "Shaanxi minimum wage changes")
    assert shaanxi.feed.updated == "2026-01-10T00:00:00+08:00"
    assert shaanxi.feed.language == lang
    for code in ("national", "shaanxi"):
        assert_valid_atom(feed_path(mini_site, code, lang))
        assert_styled(mini_site, feed_path(mini_site, code, lang))


def test_the_feed_stylesheet_is_xslt_in_both_languages(mini_site):
    built = (mini_site / "assets/feed.xsl").read_text(encoding="utf-8")
    assert built == feed_stylesheet()
    root = ET.fromstring(built.encode())  # well-formed
    assert root.tag == f"{XSL}stylesheet" and root.get("version") == "1.0"
    # nothing loaded from anywhere: no stylesheet, script, image or font of its own
    assert not re.search(r"<(?:link|script|img|iframe)\b|@import|url\(|https?://(?!www\.w3\.org/)", built)
    for lang in ("zh", "en"):
        t = strings(lang, "feed")
        assert t["what"] in built and t["how"] in built
    assert "concat($y, '年', $m, '月', $d, '日', '')" in built and "concat($d, ' ', $month, ' ', $y, '')" in built


def test_entry_ids_are_stable_and_differ_by_language_only(mini):
    project = load_project(mini, Problems(mini))
    edition = assemble(project, project.web_handbook, "shaanxi", "en")
    here = atom_feed(project, edition)
    moved = atom_feed(project, edition, base="https://another.example.net/")  # a new domain keeps the ids
    ids = re.findall(r"<id>(.*?)</id>", here)
    assert ids == re.findall(r"<id>(.*?)</id>", moved)
    assert "https://another.example.net/en/shaanxi/whats-new/" in moved
    assert entry_id("annual-leave-rewritten", "en") == "urn:uuid:3a69ca1c-239f-554b-9f68-23967ab8e803"
    assert entry_id("annual-leave-rewritten", "zh") != entry_id("annual-leave-rewritten", "en")


def test_mini_pages_notes_and_short_links(mini_site):
    page = (mini_site / "shaanxi/whats-new/index.html").read_text(encoding="utf-8")
    assert 'id="shaanxi-minimum-wage-2025"' in page and 'href="../feed.xml"' in page
    pay = (mini_site / "en/shaanxi/pay/index.html").read_text(encoding="utf-8")
    assert '<a class="updated-on" href="../whats-new/#shaanxi-minimum-wage-2025">Updated on 1 May 2025' in pay
    for lang in ("", "en/"):
        redirect = mini_site / f"{lang}u/{short_key('shaanxi', 'shaanxi-minimum-wage-2025')}/index.html"
        target = re.search(r'url=([^"]+)"', redirect.read_text(encoding="utf-8")).group(1)
        assert target == "../../shaanxi/whats-new/#shaanxi-minimum-wage-2025"
        assert (redirect.parent / target.split("#")[0] / "index.html").resolve().exists()


# --- the real content ---------------------------------------------------------------


@pytest.mark.parametrize("code", EDITIONS)
def test_every_edition_has_whats_new_and_a_valid_feed_in_both_languages(real_site, code):
    project = load_project(real_site.parent, Problems(real_site.parent))
    for lang in ("zh", "en"):
        prefix = "" if lang == "zh" else "en/"
        assert (real_site / f"{prefix}{code}/whats-new/index.html").exists()
        parsed = feedparser.parse(feed_path(real_site, code, lang))
        assert not parsed.bozo and parsed.version == "atom10"
        assert_valid_atom(feed_path(real_site, code, lang))
        assert_styled(real_site, feed_path(real_site, code, lang))
        assert [e.id for e in parsed.entries] == [entry_id(u.id, lang) for u in project.updates_for(code)]
        for u in project.updates:
            if not u.national and code not in u.provinces:
                assert entry_id(u.id, lang) not in {e.id for e in parsed.entries}


def test_real_beijing_update_is_announced_on_its_page(real_site):
    entries = feedparser.parse(feed_path(real_site, "beijing", "zh")).entries
    assert entry_id("beijing-minimum-wage-2025", "zh") in [e.id for e in entries]
    page = (real_site / "beijing/wages/index.html").read_text(encoding="utf-8")
    assert 'href="../whats-new/#beijing-minimum-wage-2025">更新于2025年9月1日' in page
