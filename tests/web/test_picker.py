"""The province picker's markup: regions, the current edition, the words a reader may type."""

from __future__ import annotations

from quanyi.content.provinces import DIVISIONS, REGIONS
from quanyi.content.sources import load_project
from quanyi.problems import Problems
from quanyi.web.picker import picker, place_words


def test_every_division_is_in_one_region():
    codes = [c for _, members in REGIONS.values() for c in members]
    assert sorted(codes) == sorted(DIVISIONS)


def test_place_words_drop_endings_and_non_places(mini):
    project = load_project(mini, Problems(mini))
    words = place_words(project, "shaanxi").split()
    # names lose their endings (陕西省 -> 陕西), as the script drops them from what is typed
    assert "陕西" in words and "shaanxi" in words and "陕西省" not in words
    # the fixture's tier places: 甲市 and 乙县 leave one character, too short to match on; Jia, "Yi County"
    assert "jia" in words and "yi" in words and "甲" not in words and "乙" not in words


def test_markup_lists_national_first_then_regions(mini):
    project = load_project(mini, Problems(mini))
    lines = picker(project, "zh", lambda code: f"{code}/index.md")
    text = "\n".join(lines)
    assert text.index("national/index.md") < text.index("shaanxi/index.md")
    assert '<p class="quanyi-picker__name">西北</p>' in text  # Shaanxi's region, named
    assert '<p class="quanyi-picker__name">华北</p>' not in text  # no empty regions
    assert '{: data-places="' in text and 'id="quanyi-picker-home"' in text


def test_the_current_edition_is_bold_not_linked(mini):
    project = load_project(mini, Problems(mini))
    text = "\n".join(picker(project, "en", lambda code: f"../{code}/pay.md", current="shaanxi", where="switch"))
    assert "- **Shaanxi**" in text and "../shaanxi/pay.md" not in text and "../national/pay.md" in text
    assert "data-places" not in text  # the switch is on every page: its filter matches names only
