"""Font subsets: made once per set of characters, reused, and honest about coverage."""

from __future__ import annotations

import pytest

from quanyi.print.errors import PrintError
from quanyi.print.fonts import BASE_CHARS, CJK, FACES, LATIN, Face, make_subset, subset_jobs


def test_subsets_are_cached_and_stale_ones_removed(tmp_path, monkeypatch):
    import quanyi.print.fonts as module

    monkeypatch.setattr(module, "FACES", tuple(f for f in FACES if f.family == LATIN))  # small: fast
    fonts, jobs = subset_jobs("工资 wage", tmp_path)
    assert len(jobs) == len(module.FACES) == 4
    for job in jobs:
        make_subset(job)
    again, jobs = subset_jobs("工资 wage", tmp_path)
    assert jobs == [] and again.files == fonts.files  # nothing to make the second time
    texts = ["休假", "加班", "工伤"]
    for text in texts:
        _, jobs = subset_jobs(text, tmp_path)
        assert len(jobs) == len(module.FACES)
        for job in jobs:
            make_subset(job)
    # the three most recent sets are kept, for builds of two versions side by side; older ones go
    assert not any(p.exists() for p in fonts.files.values())
    assert len(list(tmp_path.glob("quanyi-*"))) == 3 * len(module.FACES)


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
