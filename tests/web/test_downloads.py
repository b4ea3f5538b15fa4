"""The downloads page of the real build: a card per edition in the page's language, each with its four files."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
import tinyhtml5
from pypdf import PdfReader

from quanyi.content.sources import load_project
from quanyi.problems import Problems
from quanyi.strings import strings
from quanyi.urls import lang_root

H = "{http://www.w3.org/1999/xhtml}"
KINDS = ("handbook", "booklet", "brochure", "offline")


def _page(real_site, lang: str):
    return tinyhtml5.parse((real_site / lang_root(lang) / "downloads/index.html").read_text(encoding="utf-8"))


def _text(el) -> str:
    return "".join(el.itertext()).strip()


def _classes(el) -> list[str]:
    return el.get("class", "").split()


def _file(real_site, page: str, href: str):
    """The file a link of the page at site path ``page`` leads to."""
    return real_site / urljoin("/" + page, href).lstrip("/")


@pytest.fixture(scope="module")
def editions(real_site):
    return load_project(real_site.parent, Problems(real_site.parent)).editions()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_edition_has_a_card_with_its_four_downloads(real_site, editions, lang):
    here = lang_root(lang) + "downloads/"
    t = strings(lang, "downloads")
    root = _page(real_site, lang)
    cards = [s for s in root.iter(f"{H}section") if "quanyi-dl-card" in _classes(s)]
    assert [c.find(f"{H}h2").get("id") for c in cards] == editions
    for code, card in zip(editions, cards, strict=True):
        [notice] = [p for p in card.iter(f"{H}p") if "quanyi-dl-wechat" in _classes(p)]
        assert _text(notice) == t["wechat"]
        links = [a for a in card.iter(f"{H}a") if "quanyi-dl__link" in _classes(a)]
        assert [a.get("href").rsplit("/", 1)[-1] for a in links] == [
            f"{code}-{lang}-{kind}.{'zip' if kind == 'offline' else 'pdf'}" for kind in KINDS]
        for kind, a in zip(KINDS, links, strict=True):
            path = _file(real_site, here, a.get("href"))
            assert path.is_file(), a.get("href")
            assert a.get("download") is not None
            name, facts = (_text(s) for s in a.iter(f"{H}span"))
            assert name == t[kind]  # the plain name, no printer jargon
            size = path.stat().st_size
            shown = f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size // 1000} KB"
            if kind == "offline":
                assert facts == f"ZIP · {shown}"
            else:
                pages = re.fullmatch(r"PDF · (\d+) (?:页|pages) · (.+)", facts)
                assert pages and int(pages.group(1)) > 0 and pages.group(2) == shown, facts
                if kind != "handbook" or code in ("national", "guangdong"):  # a tagged handbook is slow to read
                    assert int(pages.group(1)) == len(PdfReader(path).pages), (path.name, facts)
        # what each file is for, and how to print it, under its link
        assert [_text(p) for p in card.iter(f"{H}p") if "quanyi-dl__what" in _classes(p)] == \
            [t[f"{kind}-what"] for kind in KINDS]
        assert [_text(p) for p in card.iter(f"{H}p") if "quanyi-dl__how" in _classes(p)] == \
            [t[f"{kind}-how"] for kind in KINDS]
    html = (real_site / here / "index.html").read_text(encoding="utf-8")
    assert "@@" not in html and "{{" not in html
    # files of the other language are not listed here: its own page has them, one link away
    other = "en" if lang == "zh" else "zh"
    assert f"-{other}-handbook.pdf" not in html
    [other_page] = [p for p in root.iter(f"{H}p") if "quanyi-dl-other" in _classes(p)]
    [link] = other_page.iter(f"{H}a")
    assert link.get("hreflang") == other
    assert _file(real_site, here, link.get("href")) == real_site / lang_root(other) / "downloads/"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_starts_with_a_link_to_every_edition_card(real_site, editions, lang):
    root = _page(real_site, lang)
    [index] = [n for n in root.iter(f"{H}nav") if "quanyi-dl-index" in _classes(n)]
    assert [a.get("href") for a in index.iter(f"{H}a")] == [f"#{code}" for code in editions]
    first_card = next(s for s in root.iter(f"{H}section") if "quanyi-dl-card" in _classes(s))
    order = list(root.iter())
    assert order.index(index) < order.index(first_card)


def test_printing_details_are_in_small_print_not_in_the_names(real_site):
    zh = (real_site / "downloads/index.html").read_text(encoding="utf-8")
    assert "短边翻转" in zh and "骑马钉" not in zh and "A4 横向" not in zh
    en = (real_site / "en/downloads/index.html").read_text(encoding="utf-8")
    assert "flip on short edge" in en and "saddle" not in en.lower()


@pytest.mark.parametrize("lang, home", [("zh", "beijing/index.html"), ("en", "en/beijing/index.html"),
                                        ("zh", "national/index.html")])
def test_an_edition_home_links_to_its_own_card(real_site, lang, home):
    code = home.split("/")[-2]
    html = (real_site / home).read_text(encoding="utf-8")
    assert f'href="../downloads/#{code}"' in html
    assert strings(lang, "downloads")["home"] in html
    page = (real_site / lang_root(lang) / "downloads/index.html").read_text(encoding="utf-8")
    assert f'id="{code}"' in page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_the_files_the_cards_keep_their_anchors(lang):
    """The preview (``make serve``, ``make assemble``) has no PDFs: each card says how to make them."""
    from conftest import REPO
    from quanyi.web.tree import downloads_page

    project = load_project(REPO, Problems(REPO))
    text = downloads_page(project, lang, None)
    for code in project.editions():
        assert f"{{#{code}}}" in text and f'href="#{code}"' in text
    assert text.count(strings(lang, "downloads")["not-built"]) == len(project.editions())
    assert "quanyi-dl__link" not in text
