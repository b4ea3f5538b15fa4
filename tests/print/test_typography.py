"""Chinese and English typography in the print files: the markup transforms, the fonts' ``halt``,
and the real editions' PDFs read back line by line (tests/print/pdflines.py)."""

from __future__ import annotations

import re

import pytest
from fontTools.ttLib import TTFont

from conftest import REPO
from quanyi.print.fonts import CJK, FACES, SubsetJob, make_subset
from quanyi.print.typeset import glossary_terms, typeset
from quanyi.strings import strings

from . import pdflines
from .conftest import REAL_EDITIONS

EDITIONS = REAL_EDITIONS


def words(html: str) -> str:
    """The text of some markup, without its tags."""
    return re.sub(r"<[^>]+>", "", html)


def kept(html: str) -> list[str]:
    """The text of each span kept on one line."""
    spans = re.findall(r'<span class="nobr">((?:[^<]|<span class="halt">[^<]*</span>)*)</span>', html)
    return [words(m) for m in spans]


def test_two_marks_side_by_side_lose_a_blank_half():
    html = typeset("<p>合同（《劳动合同法》第十条）。</p>", "zh")
    # the opening 《 after （, the closing ） before 。; the last three characters kept together
    assert html == ('<p>合同（<span class="halt">《</span>劳动合同法》'
                    '<span class="nobr">第十条<span class="halt">）</span>。</span></p>')


def test_a_mark_meets_its_neighbour_across_an_inline_tag():
    html = typeset('<p>见<a class="xref" href="#x">“工伤认定”</a>）。</p>', "zh")
    assert '<span class="halt">”</span>' in html and '<span class="halt">）</span>' in html
    assert "“" in html and '<span class="halt">“' not in html  # the page number stands before it


def test_chinese_quotes_spaces_and_document_numbers():
    html = typeset('<p>叫"职业伤害保障"，满1年</p><p>（人社部发〔2021〕56号）说 App</p>', "zh")
    text = words(html)
    assert "“职业伤害保障”" in text and "满\u00a01\u00a0年" in text and "说\u00a0App" in text
    assert any("〔2021〕56号" in k for k in kept(html))  # its own spacing, on one line


def test_no_space_beside_a_full_width_mark():
    assert words(typeset("<p><strong>告诉你：</strong> 像这样做事</p>", "zh")) == "告诉你：像这样做事"


def test_a_paragraph_ends_with_three_characters_on_its_line():
    html = typeset("<p>你可以申请劳动仲裁。</p>", "zh")
    assert '<span class="nobr">动仲裁。</span></p>' in html
    # spread over a cross-reference: its last characters and the marks after it
    html = typeset('<p>见<a class="xref" href="#x">“法律援助和热线”</a>）。</p>', "zh")
    assert '<span class="nobr">和热线<span class="halt">”</span></span></a><span class="nobr">' in html


def test_glossary_terms_are_kept_whole():
    md = (REPO / "handbooks/labour-rights/zh/glossary.md").read_text(encoding="utf-8")
    terms = glossary_terms(md, 0)
    assert terms[:2] == ["劳动合同", "试用期"] and "中文" not in terms
    assert not any(t.startswith("《") for t in terms)  # the laws' short names are too long for one line
    assert kept(typeset("<p>签书面劳动合同，要看清楚</p>", "zh", terms)) == ["劳动合同", "看清楚"]
    en = glossary_terms((REPO / "handbooks/labour-rights/en/glossary.md").read_text(encoding="utf-8"), 1)
    assert en[0] == "labour contract"


def test_english_quotes_names_and_dates():
    html = typeset("""<p>The "Guangdong" workers' rule, Article 39, from 1 January 2026 and 'this'.</p>""", "en")
    assert words(html) == "The “Guangdong” workers’ rule, Article\u00a039, from 1\u00a0January\u00a02026 and ‘this’."
    assert '<span class="nohy">Guangdong</span>' in html
    assert kept(html) == ["Article\u00a039", "1\u00a0January\u00a02026"]


def test_markup_inside_style_and_attributes_is_left_alone():
    html = '<style>a::after { content: "（第"; }</style><p title="a &quot;b&quot;">x</p>'
    assert typeset(html, "zh") == html


@pytest.mark.parametrize("kind", ["", "-extra"])
def test_subsets_keep_the_halt_feature(tmp_path, kind):
    face = next(f for f in FACES if f.family == CJK and f.weight == 400)
    font = TTFont(make_subset(SubsetJob(face, "（《》）。，见", tmp_path / f"cjk{kind}.otf")))
    features = {r.FeatureTag for r in font["GPOS"].table.FeatureList.FeatureRecord}
    assert "halt" in features


@pytest.fixture(scope="session")
def real_prints(real_handbooks):
    """The handbooks of a few real editions, both languages, a Chinese and an English province."""
    return {name: pdflines.pages(real_handbooks / f"{name}-handbook.pdf") for name in EDITIONS}


def _terms(lang: str) -> list[str]:
    md = (REPO / f"handbooks/labour-rights/{lang}/glossary.md").read_text(encoding="utf-8")
    return glossary_terms(md, 0 if lang == "zh" else 1)


@pytest.mark.parametrize("name", EDITIONS)
def test_real_editions_are_well_set(real_prints, name):
    doc, lang = real_prints[name], name.rsplit("-", 1)[1]
    documents = strings(lang, "print")["documents"]  # the blank documents: one a page, to copy or cut out
    assert sum(len(p.body) for p in doc) > 1500  # the text was read
    defects = {
        "adjacent marks set full width": pdflines.uncompressed_pairs(doc),
        "pages ending 50 mm or more short": pdflines.foot_gaps(doc, one_a_page=(documents,)),
        "headings alone at a page's foot": pdflines.headings_at_foot(doc),
        "terms broken across lines": pdflines.split_terms(doc, _terms(lang)),
        "local-rule boxes split badly": pdflines.orphaned_citations(doc),
        "straight quotes": pdflines.straight_quotes(doc),
    }
    if lang == "zh":
        defects |= {"last lines of 1-2 characters": pdflines.short_last_lines(doc),
                    "brackets inside brackets": pdflines.nested_brackets(doc),
                    "Chinese against Latin or digits": pdflines.unspaced(doc)}
    else:
        defects |= {"names or Article hyphenated": pdflines.hyphenated_names(doc),
                    "dates split": pdflines.split_dates(doc)}
    assert {k: v for k, v in defects.items() if v} == {}


def test_the_line_reader_tells_set_from_unset_marks(tmp_path):
    # the same words with and without halt: the check finds the pair only where it is set full width
    from weasyprint import HTML

    css = '<style>@page { size: A5; margin: 17mm 14mm } p { font: 10.5pt "Noto Sans CJK SC" }' \
          '.halt { font-feature-settings: "halt" }</style>'
    plain = "<p>合同（《劳动合同法》第十条）。</p>"
    for marked, found in ((False, 2), (True, 0)):
        text = typeset(plain, "zh") if marked else plain
        path = tmp_path / f"{marked}.pdf"
        HTML(string=css + text).write_pdf(path)
        assert len(pdflines.uncompressed_pairs(pdflines.pages(path))) == found
