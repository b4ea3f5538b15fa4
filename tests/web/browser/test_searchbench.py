"""``quanyi benchmark-search`` measures what it says: ranks through the real search box, and
what the first search fetched and how long it took inside the page (no figure is asserted)."""

from __future__ import annotations

from quanyi.web.searchbench import Outcome, quality, section_of, speed, summary


def test_quality_reads_ranks_from_the_search_box(real_site, browser):
    outcomes = quality(real_site, [
        {"q": "加班费", "answers": ["working-hours#overtime-pay"], "kind": "legal"},
        {"q": "加班费", "answers": ["glossary#no-such-section"], "kind": "legal"},
        {"q": "unpaid wages", "lang": "en", "answers": ["wages#unpaid-wages"], "kind": "legal"},
    ], browser=browser)
    assert [o.rank() for o in outcomes] == [1, None, 1]
    assert summary(outcomes)["top1"] == 2 / 3


def test_a_section_link_without_anchor_is_the_chapter_heading():
    assert section_of("/en/guangdong/wages/") == "wages#wages"
    assert section_of("/guangdong/wages/#pay-slips") == "wages#pay-slips"
    assert Outcome("q", "zh", "", ["wages#pay-slips"], ["wages#wages", "wages#pay-slips"]).rank() == 2


def test_speed_is_taken_inside_the_page(real_site, browser):
    fast = speed(real_site, "/guangdong/wages/", ("加班费", "工伤认定"), browser=browser)
    fetched = [url for url, _ in fast["fetched"]]
    assert sorted(fetched) == ["/search-index/zh/guangdong.json", "/search-index/zh/words.json"]
    assert fast["first_results"] > 0 and fast["first_s"] > 0.4  # at least one throttled round trip
    assert len(fast["later_s"]) == 1 and fast["later_s"][0] > 0
