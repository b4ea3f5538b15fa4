"""The search files: where they are, and the tables for pinyin and traditional characters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quanyi.content.searchwords import Lexicon, SearchWords
from quanyi.urls import search_index_path, search_words_path
from quanyi.web.search import SearchIndexError, index_editions
from quanyi.web.search.tables import fuzzy, term_readings, traditional

PAGE = ('<html><body><div data-search-body><h1 id="hours">工作时间</h1><h2 id="pay">加班费</h2>'
        '<p>{text}</p></div></body></html>')


def site(tmp_path: Path, text: str = "休息日加班，劳动仲裁。") -> Path:
    for prefix in ("", "en/"):
        page = tmp_path / f"{prefix}national" / "working-hours" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(text=text), encoding="utf-8")
    return tmp_path


def test_files_where_urls_says(tmp_path):
    words = SearchWords(tmp_path / "w.yml", {"zh": Lexicon(terms=["加班费", "劳动仲裁"], words={"周末": ["休息日"]},
                                                          ignore=["吗"])})
    index_editions(site(tmp_path), ["national"], words)
    index = json.loads((tmp_path / search_index_path("zh", "national")).read_text(encoding="utf-8"))
    assert index["pages"] == [["national/working-hours/", "工作时间"]]
    assert [d[1] for d in index["docs"]] == ["hours", "pay"]
    assert index["docs"][1][3] == "休息日加班，劳动仲裁。"
    zh = json.loads((tmp_path / search_words_path("zh")).read_text(encoding="utf-8"))
    assert zh["words"] == {"周末": ["休息日"]} and zh["ignore"] == ["吗"]
    assert ["加班费", "jia ban fei"] in zh["terms"]
    ban = next(group for group in zh["readings"].split("|") if group.startswith("ban:"))
    assert "斑" in ban and "班" in ban  # 加斑费 can stand for 加班费
    assert "勞劳" in zh["traditional"] and "動动" in zh["traditional"]
    en = json.loads((tmp_path / search_words_path("en")).read_text(encoding="utf-8"))
    assert "readings" not in en


def test_an_edition_with_nothing_to_index_fails(tmp_path):
    (tmp_path / "national").mkdir()
    with pytest.raises(SearchIndexError, match="no pages to index"):
        index_editions(tmp_path, ["national"], SearchWords(tmp_path / "w.yml", {}))


def test_readings_in_context():
    assert term_readings(["重庆", "12333", "工伤认定"]) == [["重庆", "chong qing"], ["工伤认定", "gong shang ren ding"]]


@pytest.mark.parametrize("plain, blurred", [("zhong", "zon"), ("shang", "san"), ("chang", "can"),
                                            ("lao", "nao"), ("ban", "ban")])
def test_fuzzy_readings(plain, blurred):
    assert fuzzy(plain) == blurred


def test_traditional_only_for_characters_the_text_has():
    pairs = traditional({"劳"})
    assert pairs == "勞劳"
