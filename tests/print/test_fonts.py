"""Font subsets: made once per set of characters, reused, and honest about coverage."""

from __future__ import annotations

import pytest

from quanyi.print.errors import PrintError
from quanyi.print.fonts import BASE_CHARS, CJK, EXTRA, FACES, LATIN, Face, clean, make_subset, subset_jobs, with_extras


def test_subsets_are_cached_and_stale_ones_removed(tmp_path, monkeypatch):
    import quanyi.print.fonts as module

    monkeypatch.setattr(module, "FACES", tuple(f for f in FACES if f.family == LATIN))  # small: fast
    fonts, jobs = subset_jobs("工资 wage", tmp_path)
    assert len(jobs) == len(module.FACES) == 4
    for job in jobs:
        make_subset(job)
    again, jobs = subset_jobs("工资 wage", tmp_path)
    assert jobs == [] and again.files == fonts.files  # nothing to make the second time
    for text in ["休假", "加班", "工伤"]:
        latest, jobs = subset_jobs(text, tmp_path)
        assert len(jobs) == len(module.FACES)
        for job in jobs:
            make_subset(job)
        clean(tmp_path, set(latest.files.values()))
    # what the last build used, and twice as many recent others (two versions built side by side); older ones go
    assert not any(p.exists() for p in fonts.files.values())
    assert all(p.exists() for p in latest.files.values())
    assert len(list(tmp_path.glob("quanyi-*"))) == 3 * len(module.FACES)


def test_an_edition_adds_only_its_own_characters(tmp_path, monkeypatch):
    import quanyi.print.fonts as module

    monkeypatch.setattr(module, "FACES", tuple(f for f in FACES if f.family == LATIN))
    base, jobs = subset_jobs("wage", tmp_path)
    assert with_extras(base, "wage", tmp_path, jobs) is base  # nothing new: the shared fonts alone
    one = with_extras(base, "wage é", tmp_path, jobs)
    assert {chars for _, chars in one.extras.values()} == {"é"}
    assert one.files == base.files  # the shared set does not change with an edition's text
    css = one.css()
    assert css.count(f"font-family: '{LATIN}{EXTRA}'") == len(module.FACES)
    # the same extra characters in another edition share the same small files
    assert with_extras(base, "é wage", tmp_path, jobs).extras == one.extras
    assert len({job.target for job in jobs}) == len(jobs) == 2 * len(module.FACES)


def test_coverage_uses_both_faces(tmp_path):
    fonts, _ = subset_jobs("", tmp_path)
    assert fonts.missing("工资 wage “ok” ‐ —") == []
    assert fonts.missing("ก 𓀀") == ["ก", "𓀀"]  # Thai and hieroglyphs are in neither face


def test_css_declares_every_face(tmp_path):
    fonts, _ = subset_jobs("", tmp_path)
    css = fonts.css()
    assert css.count("@font-face") == len(FACES)
    assert f"font-family: '{CJK}'" in css and f"font-family: '{LATIN}'" in css
    assert "font-style: italic" in css and "font-weight: 700" in css


def test_a_missing_system_font_says_what_to_install(tmp_path, monkeypatch):
    import quanyi.print.fonts as fonts

    gone = Face(LATIN, 400, "normal", tmp_path / "NotoSans-Regular.ttf", "Noto Sans")
    monkeypatch.setattr(fonts, "FACES", (gone,))
    with pytest.raises(PrintError, match="fonts-noto-core"):
        fonts.subset_jobs("a", tmp_path / "cache")


def test_base_characters_cover_what_the_layout_adds():
    for char in ".·•‐":  # leaders, separators, bullets, hyphenation
        assert char in BASE_CHARS
