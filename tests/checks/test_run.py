"""Warnings editors need: stale reviews, unconfirmed figures, missing contacts."""

from __future__ import annotations

import datetime as dt

from quanyi.checks.run import check


def warnings(root, today=dt.date(2026, 6, 1)) -> list[str]:
    return [str(p) for p in check(root, today=today).warnings]


def test_review_older_than_twelve_months(mini):
    assert not any("over 12 months" in w for w in warnings(mini))
    [stale] = [w for w in warnings(mini, today=dt.date(2027, 2, 1)) if "over 12 months" in w]
    assert stale == ("handbooks/provinces/shaanxi/province.yml:8: warning: 'minimum-wage' was last reviewed "
                     "on 2026-01-10, over 12 months ago — check it against the official source and update 'reviewed'")


def test_unknown_figures_and_unconfirmed_values(mini):
    assert ("handbooks/provinces/shaanxi/province.yml:12: warning: 'minimum-wage' hourly figure for Tier 2 is "
            "unknown; the site shows \"待确认\" — add the confirmed figure when you have it") in warnings(mini)
    p = mini / "handbooks/provinces/shaanxi/province.yml"
    p.write_text(p.read_text().replace("status: confirmed", "status: to-be-confirmed"))
    assert any(w.startswith("handbooks/provinces/shaanxi/province.yml:6: warning: 'minimum-wage' is to be confirmed")
               for w in warnings(mini))


def test_missing_contacts_is_a_gap_not_an_error(mini):
    problems = check(mini)
    assert problems.errors == []
    assert any("no local contacts" in str(w) for w in problems.warnings)


def test_placeholder_site_url_is_a_warning_at_its_line(mini):
    (mini / "mkdocs.yml").write_text("site_name: x\n# the address\nsite_url: https://quanyi.example.org/  # set it\n")
    assert ("mkdocs.yml:3: warning: site_url is a placeholder (https://quanyi.example.org/): every PDF is stamped "
            "as a draft (样稿 · 请勿印发 / DRAFT) and has no QR code, and the feeds and text-message links point to "
            "it — set the real public address in one step: write `site_url: https://your.address/` on this line, "
            "or build with `QUANYI_SITE_URL=https://your.address/ make site`") in warnings(mini)
    (mini / "mkdocs.yml").write_text("site_name: x\nsite_url: https://quanyi.org.cn/\n")
    assert not any("site_url" in w for w in warnings(mini))


def test_the_environment_sets_the_address_and_a_placeholder_there_is_a_warning_too(mini, monkeypatch):
    monkeypatch.setenv("QUANYI_SITE_URL", "https://quanyi.org.cn/")
    assert not any("placeholder" in w or "not set" in w for w in warnings(mini))
    monkeypatch.setenv("QUANYI_SITE_URL", "http://localhost:8000")
    assert any(w.startswith("mkdocs.yml:") and "QUANYI_SITE_URL is a placeholder (http://localhost:8000/)" in w
               for w in warnings(mini))
    monkeypatch.delenv("QUANYI_SITE_URL")
    (mini / "mkdocs.yml").write_text("site_name: x\n")
    assert any(w.startswith("mkdocs.yml:1: warning: site_url is not set (https://quanyi.example.org/)")
               and "write `site_url: https://your.address/` into mkdocs.yml" in w for w in warnings(mini))
