"""The release gate: while the site address is the placeholder, every page of every print file says it is
a draft and no QR code points nowhere; with a real address, no stamp and the normal code."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from pypdf import PdfReader

from quanyi.assembly.assemble import all_editions
from quanyi.content.sources import load_project
from quanyi.print.booklet import page_order
from quanyi.print.brochure import SIDES, WIDTHS
from quanyi.print.handbook import Imprint, handbook_html
from quanyi.print.qr import qr_modules
from quanyi.problems import Problems
from quanyi.strings import strings
from quanyi.urls import PLACEHOLDER, edition_url

from .conftest import SITE, read_qr, stamps, upright_text

MM = 72 / 25.4
FILES = [f"{code}-{lang}-{kind}.pdf" for code in ("national", "shaanxi") for lang in ("zh", "en")
         for kind in ("handbook", "booklet", "brochure")]
MARK = ["".join(strings(lang, "print")["draft"].split()) for lang in ("zh", "en")]


def parts(path):
    """Each printed page cut into what was one page before imposition: (part, index or None if blank)."""
    kind = path.stem.rsplit("-", 1)[1]
    with pdfplumber.open(path) as pdf:
        if kind == "handbook":
            yield from ((page, n) for n, page in enumerate(pdf.pages))
            return
        if kind == "booklet":
            order = page_order(len(PdfReader(path.with_name(path.name.replace("booklet", "handbook"))).pages))
            assert len(order) == len(pdf.pages)
            for page, side in zip(pdf.pages, order, strict=True):
                half = page.width / 2
                yield from ((page.crop((i * half, 0, (i + 1) * half, page.height)), index)
                            for i, index in enumerate(side))
            return
        for page, side in zip(pdf.pages, SIDES, strict=True):
            x = 0.0
            for index in side:
                width = WIDTHS[index] * MM
                yield page.crop((x, 0, min(x + width, page.width), page.height)), index
                x += width


@pytest.mark.parametrize("name", FILES)
def test_every_page_of_a_draft_is_stamped_in_both_languages(draft_pdfs, name):
    seen = 0
    for part, index in parts(draft_pdfs / name):
        if index is None:  # a blank page of a booklet: nothing printed, nothing to stamp
            assert not part.chars
            continue
        assert stamps(part) == MARK, (name, index)
        seen += 1
    # the fixture: 12 handbook pages (also in the booklet, which has no blank), 6 leaflet panels
    assert seen == (6 if "brochure" in name else 12)


@pytest.mark.parametrize("name", [f for f in FILES if "booklet" not in f])
def test_a_draft_says_the_address_is_not_set_instead_of_a_qr_code(draft_pdfs, name):
    lang = name.split("-")[1]
    t = strings(lang, "print")
    with pdfplumber.open(draft_pdfs / name) as pdf:
        assert not [a for page in pdf.pages for a in page.annots if a.get("uri")]  # no link to anywhere
        assert not [i for page in pdf.pages for i in page.images]
    texts = {index: "".join(upright_text(part).split()) for part, index in parts(draft_pdfs / name)}
    joined = "".join(texts.values())
    assert "".join(t["no-address"].split()) in texts[max(texts)]  # the back page, the leaflet's back panel
    assert "".join(t["online"].split()) not in joined and PLACEHOLDER.split("//")[1].rstrip("/") not in joined


def test_the_address_decides_whether_a_document_is_a_draft(mini_root):
    project = load_project(mini_root, Problems(mini_root))
    edition = next(e for e in all_editions(project) if e.code == "shaanxi" and e.lang == "zh")
    markup = handbook_html(edition, "", Imprint(PLACEHOLDER, "1.0", dt.date(2026, 1, 1)))
    assert "<svg" not in markup and 'class="draft-mark"' in markup and "网址尚未设置：这是样稿" in markup
    markup = handbook_html(edition, "", Imprint(SITE, "1.0", dt.date(2026, 1, 1)))
    assert "<svg" in markup and "draft-mark" not in markup and "网址尚未设置" not in markup


@pytest.mark.parametrize("name", FILES)
def test_with_the_address_set_no_page_is_stamped(mini_pdfs, name):
    with pdfplumber.open(mini_pdfs / name) as pdf:
        for page in pdf.pages:
            assert not stamps(page), (name, page.page_number)
            text = page.extract_text() or ""
            assert "样稿" not in text and "DRAFT" not in text and "网址尚未设置" not in text


def test_with_the_address_set_the_back_page_gives_it_as_text_and_qr_code(mini_pdfs):
    for name, lang, page in (("shaanxi-zh-handbook.pdf", "zh", -1), ("national-en-brochure.pdf", "en", 0)):
        url = edition_url(SITE, lang, name.split("-")[0])
        with pdfplumber.open(mini_pdfs / name) as pdf:
            index = len(pdf.pages) - 1 if page == -1 else page
            assert url in (pdf.pages[index].extract_text() or "").replace("\n", "")
        assert url.startswith("https://quanyi.org.cn/")
        assert read_qr(mini_pdfs / name, index, url) == qr_modules(url)
