"""What a shared link shows: each page's own first lines, its address and its edition's card, in its <head>.

The real build is read page by page (every edition, both languages); the mini handbook shows that
quotes and ``<`` in a description stay inside the attribute.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import write
from quanyi.pipeline.build import build_site
from quanyi.problems import Problems
from quanyi.urls import site_url
from quanyi.web.share import LIMITS, cut, first_lines

CJK = re.compile(r"[\u3400-\u9fff]")
OG = ("og:title", "og:description", "og:url", "og:image", "og:image:width", "og:image:height", "og:type",
      "og:locale", "og:site_name")


class _Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.lang = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang", "")
        if tag == "meta" and (a.get("name") or a.get("property")):
            self.meta[a.get("name") or a["property"]] = a.get("content", "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head(path: Path) -> _Head:
    h = _Head()
    h.feed(path.read_text(encoding="utf-8"))
    return h


def pages(site: Path) -> list[Path]:
    """Every page the template renders: not the short links' redirects (updates/sms.py writes those)
    and not the 404 page, which is shown at any address and so has none of its own to share."""
    return sorted(p for p in site.rglob("*.html")
                  if p.name != "404.html" and "u" not in p.relative_to(site).parts[:2])


# --- the page's own first lines ------------------------------------------------------------------

def test_first_lines_skip_chrome_headings_and_link_lists():
    md = ("---\nedition: x\n---\n\n# 工资 {#wages}\n\n"
          '<details class="edition-switch" data-search-ignore markdown="1">\n<summary>本版</summary>\n\n'
          "- **全国版**\n- [北京市](../beijing/wages.md)\n\n</details>\n\n"
          "[更新于2026年1月1日：最低工资](whats-new.md#x){ .updated-on }\n\n"
          "## 现在就做 {#now}\n\n1. 记下**上班天数**。\n2. 拨打 [12333](tel:12333) 投诉。\n")
    assert first_lines(md) == "记下上班天数。拨打 12333 投诉。"


def test_first_lines_skip_lead_ins_tables_admonitions_and_code():
    md = ('!!! warning "Out of date"\n\n    The Chinese text changed.\n\n| a | b |\n| - | - |\n\n'
          "```\ncode\n```\n\nThe full titles are:\n\n- [Labour Law](x.md)\n\n"
          "Call `12333` &amp; ask\nabout *your* wages.\n")
    assert first_lines(md) == "Call 12333 & ask about your wages."


def test_a_page_without_text_has_no_first_lines():
    assert first_lines('# 搜索\n\n<div class="quanyi-results" data-search-page></div>\n\n- [全国版](x.md)\n') == ""


def test_cut_at_a_sentence_else_a_clause_or_word():
    zh = "第一句话说的是工资要按时发给你本人。" * 4 + "最后一句很长，" * 10
    assert len(cut(zh, "zh")) <= LIMITS["zh"] and cut(zh, "zh").endswith("。")
    long_zh = "工资要按时发给你本人，" * 20
    assert cut(long_zh, "zh").endswith("本人…") and len(cut(long_zh, "zh")) <= LIMITS["zh"]
    en = "Keep every pay slip and write down your hours " * 6
    short = cut(en, "en")
    assert len(short) <= LIMITS["en"] and short.endswith("…") and en.startswith(short[:-1])
    assert short[-2] != " " and en[len(short) - 1] == " "  # a whole word, then the ellipsis
    assert cut("Short. Enough.", "en") == "Short. Enough."


# --- the real build --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def heads(real_site) -> dict[str, _Head]:
    return {p.relative_to(real_site).as_posix(): head(p) for p in pages(real_site)}


def test_every_page_has_a_description_and_open_graph_tags(heads):
    assert len(heads) > 300
    for rel, h in heads.items():
        missing = [k for k in ("description", *OG) if not h.meta.get(k)]
        assert not missing, f"{rel}: no {missing}"
        assert h.meta["og:description"] == h.meta["description"], rel
        assert h.meta["og:title"] == h.title.strip(), rel
        assert h.meta["og:type"] == "website"
        assert h.meta["og:locale"] == ("zh_CN" if h.lang == "zh" else "en_GB"), rel


def test_og_url_is_the_page_address_under_site_url(heads, real_site):
    base = site_url(real_site.parent)
    for rel, h in heads.items():
        assert h.meta["og:url"] == base + rel.removesuffix("index.html"), rel


def test_og_image_is_the_card_of_the_page_edition_and_language(heads, real_site):
    base = site_url(real_site.parent)
    for rel, h in heads.items():
        parts = rel.split("/")
        lang = "en" if parts[0] == "en" else "zh"
        folder = parts[1] if lang == "en" else parts[0]
        edition = folder if (real_site / "assets/share" / f"{folder}-{lang}.png").exists() else "site"
        assert h.meta["og:image"] == f"{base}assets/share/{edition}-{lang}.png", rel
    assert heads["guangdong/wages/index.html"].meta["og:image"].endswith("/guangdong-zh.png")
    assert heads["en/index.html"].meta["og:image"].endswith("/site-en.png")


def test_every_card_exists_is_a_png_of_the_declared_size_and_small(heads, real_site):
    from PIL import Image

    base = site_url(real_site.parent)
    for image in {(h.meta["og:image"], h.meta["og:image:width"], h.meta["og:image:height"]) for h in heads.values()}:
        url, width, height = image
        path = real_site / url.removeprefix(base)
        assert path.is_file(), url
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        with Image.open(path) as png:
            assert png.format == "PNG" and png.size == (int(width), int(height)) == (1200, 630)
        assert path.stat().st_size < 100_000, f"{path.name}: {path.stat().st_size} bytes"


def test_descriptions_are_each_page_own(heads, real_site):
    config = (real_site.parent / "mkdocs.yml").read_text(encoding="utf-8")
    site_description = re.search(r"^site_description: (.*)$", config, re.M).group(1)
    by_edition: dict[tuple[str, str], Counter] = {}
    for rel, h in heads.items():
        assert h.meta["description"] != site_description, rel
        parts = rel.split("/")
        key = (h.lang, parts[1] if h.lang == "en" else parts[0])
        by_edition.setdefault(key, Counter())[h.meta["description"]] += 1
    for key, counts in by_edition.items():
        repeated = [d for d, n in counts.items() if n > 1]
        assert not repeated, f"{key}: the same description on several pages: {repeated}"
    # the same chapter reads the same in every edition, but never like another chapter
    assert heads["guangdong/wages/index.html"].meta["description"].startswith("每个月记下你的上班天数")
    assert heads["en/beijing/work-injury/index.html"].meta["description"].startswith("Get treatment first.")


def test_descriptions_are_in_the_page_language_and_not_too_long(heads):
    for rel, h in heads.items():
        d = h.meta["description"]
        if h.lang == "zh":
            assert len(CJK.findall(d)) > len(d) / 3, rel
            assert len(d) <= LIMITS["zh"], rel
        else:
            # English pages give some terms in Chinese too, in brackets: "labour contract (劳动合同)"
            assert len(CJK.findall(d)) < len(re.findall(r"[A-Za-z]", d)) / 10, rel
            assert len(d) <= LIMITS["en"], rel
        assert "](" not in d and "**" not in d and "<" not in d, f"{rel}: markup left in {d!r}"


def test_pages_without_text_name_their_edition(heads):
    assert "广东省版" in heads["guangdong/index.html"].meta["description"]
    assert "Guangdong edition" in heads["en/guangdong/index.html"].meta["description"]
    assert "全国版和各省版本" in heads["search/index.html"].meta["description"]
    assert "12333" in heads["en/search/index.html"].meta["description"]


def test_description_with_quotes_and_angle_brackets_stays_in_its_attribute(mini):
    write(mini, "docs/en/index.md", '# Home\n\nHe said "pay me" & 5 < 6 > 4, it\'s *true*.\n\n{{ editions }}\n')
    site = build_site(mini, Problems(mini))
    html = (site / "en/index.html").read_text(encoding="utf-8")
    h = head(site / "en/index.html")
    assert h.meta["description"] == h.meta["og:description"] == "He said \"pay me\" & 5 < 6 > 4, it's true."
    assert '"pay me"' not in html.split("</head>")[0]
    assert (site / "assets/share/site-en.png").is_file() and (site / "assets/share/shaanxi-zh.png").is_file()
