"""The real content, built once with the whole site: every file, and a province's handbook read back."""

from __future__ import annotations

import pdfplumber
from pypdf import PdfReader

from conftest import REPO
from quanyi.content.sources import load_project
from quanyi.problems import Problems

from .conftest import pdffonts, stamps, text_of, unstamped, upright_text

# A line never starts with these (closing punctuation) nor ends with the opening ones.
NO_START = "，。、；：？！）》」』】…%”’"
NO_END = "（《「『【“‘"


def test_every_print_file_of_the_real_site(real_site):
    project = load_project(REPO, Problems(REPO))
    downloads = real_site / "downloads"
    # every province folder became an edition (a count would change with each new province)
    folders = sorted(p.parent.name for p in (REPO / "handbooks" / "provinces").glob("*/province.yml"))
    assert project.editions() == ["national", *folders] and len(folders) >= 8
    for code in project.editions():
        for lang in ("zh", "en"):
            handbook = len(PdfReader(downloads / f"{code}-{lang}-handbook.pdf").pages)
            assert handbook >= 4 + len(project.web_handbook.chapters)
            assert len(PdfReader(downloads / f"{code}-{lang}-booklet.pdf").pages) == -(-handbook // 4) * 2
            assert len(PdfReader(downloads / f"{code}-{lang}-brochure.pdf").pages) == 2
    for name, embedded, subset in pdffonts(downloads / "guangdong-zh-handbook.pdf"):
        assert (embedded, subset) == ("yes", "yes") and "+Quanyi-" in name, name


def test_brochure_covers_stay_clear_of_the_hotlines(real_site):
    # the hotlines are pinned to the foot of the cover, outside the text flow; 8 mm leaves room
    # for the minimum-wage box's padding, the rule above the hotlines and clear space between
    from quanyi.print.brochure import WIDTHS

    mm = 72 / 25.4
    for path in sorted((real_site / "downloads").glob("*-brochure.pdf")):
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            words = unstamped(page.crop((page.width - WIDTHS[0] * mm, 0, page.width, page.height))).extract_words()
        last = max(words, key=lambda w: w["top"])
        foot = [w for w in words if abs(w["top"] - last["top"]) < 1]
        assert [w["text"] for w in foot] == ["12333", "·", "12348"], path.name
        text = [w for w in words if w not in foot]
        assert max(w["bottom"] for w in text) < min(w["top"] for w in foot) - 8 * mm, path.name


def test_a_province_handbook_read_back(real_site):
    path = real_site / "downloads/beijing-zh-handbook.pdf"
    text = text_of(path)
    assert "北京市" in text and "北京市规定" in text and "依据：" in text and "12333" in text
    english = text_of(real_site / "downloads/beijing-en-handbook.pdf")
    assert "Beijing rule" in english and "Based on:" in english and "12348" in english


def test_chinese_punctuation_never_starts_a_line(real_site):
    checked = 0
    for path in sorted((real_site / "downloads").glob("*-zh-handbook.pdf"))[:3]:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                for line in upright_text(page).splitlines():
                    line = line.strip().lstrip("·•").strip()
                    if line:
                        checked += 1
                        assert line[0] not in NO_START and line[-1] not in NO_END, (path.name, page.page_number, line)
    assert checked > 500



def test_the_real_site_prints_drafts_while_its_address_is_the_placeholder(real_site):
    # mkdocs.yml still carries the placeholder: every file is a draft, on its first page and on its last
    paths = sorted((real_site / "downloads").glob("*.pdf"))
    # three files (handbook, booklet, brochure) per edition and language
    assert len(paths) == len(load_project(REPO, Problems(REPO)).editions()) * 2 * 3
    for path in paths:
        with pdfplumber.open(path) as pdf:
            assert stamps(pdf.pages[0]) and stamps(pdf.pages[-1]), path.name
