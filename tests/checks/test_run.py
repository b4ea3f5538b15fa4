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
    assert ("mkdocs.yml:3: warning: site_url is a placeholder (https://quanyi.example.org/): the QR codes in the "
            "PDFs, the feeds and the text-message links point to it — set the site's real public address "
            "(site_url in mkdocs.yml, or QUANYI_SITE_URL) before printing or sending anything") in warnings(mini)
    (mini / "mkdocs.yml").write_text("site_name: x\nsite_url: https://quanyi.org.cn/\n")
    assert not any("site_url" in w for w in warnings(mini))
