"""The updates source: loading, every mistake at its line, consistency with province data, the pages."""

from __future__ import annotations

import datetime as dt

from conftest import errors, write
from quanyi.assembly.assemble import all_editions
from quanyi.checks.run import check
from quanyi.content.sources import load_project
from quanyi.problems import Problems
from quanyi.web.tree import nav, render_tree

UPDATES = "handbooks/updates.yml"
PROVINCE = "handbooks/provinces/shaanxi/province.yml"


def warnings(root) -> list[str]:
    return [str(p) for p in check(root, today=dt.date(2026, 6, 1)).warnings if "update" in p.message]


def test_fixture_updates_load_newest_first(mini):
    project = load_project(mini, Problems(mini))
    assert [u.id for u in project.updates] == ["annual-leave-rewritten", "shaanxi-minimum-wage-2025"]
    # national entries in every edition, provincial ones only in their own
    assert [u.id for u in project.updates_for("national")] == ["annual-leave-rewritten"]
    assert [u.id for u in project.updates_for("shaanxi")] == ["annual-leave-rewritten", "shaanxi-minimum-wage-2025"]
    assert errors(mini) == [] and warnings(mini) == []


def test_same_day_entries_keep_file_order(mini):
    text = (mini / UPDATES).read_text()
    write(mini, UPDATES, text + "\n".join([
        "a-later-entry-same-day:", "  date: 2026-01-10", "  applies-to: national", "  sections: [monthly]",
        "  title: {zh: 标题, en: Title}", "  text: {zh: 文字。, en: Text.}", ""]))
    project = load_project(mini, Problems(mini))
    assert [u.id for u in project.updates] == ["annual-leave-rewritten", "a-later-entry-same-day",
                                               "shaanxi-minimum-wage-2025"]


def test_no_updates_file_means_no_updates(mini):
    (mini / UPDATES).unlink()
    assert load_project(mini, Problems(mini)).updates == []
    assert errors(mini) == []


def test_every_mistake_at_its_line(mini):
    write(mini, UPDATES, """\
Bad_Id:
  date: 2025-06-01
  applies-to: national
  sections: [pay-slips]
  title: {zh: 标题, en: Title}
  text: {zh: 文字。, en: Text.}
where-and-what:
  date: 2025-06-01
  applies-to: [shanghai, atlantis]
  sections: [payslips]
  values: [max-wage]
  title: {zh: 标题, en: Title}
  text: {zh: <b>文字</b>, en: "See [this](pay.md)."}
no-english-title:
  date: 2025-06-01
  applies-to: national
  sections: [monthly]
  title: {zh: 标题}
  text: {zh: 文字。, en: Text.}
national-with-values:
  date: 2025-06-31
  applies-to: nowhere
  sections: []
  values: [minimum-wage]
  title: {zh: 标题, en: Title}
  text: {zh: 文字。, en: Text.}
""")
    assert errors(mini) == [
        f"{UPDATES}:1: update id 'Bad_Id' is not valid — use lower-case latin letters, digits and hyphens, "
        "e.g. beijing-minimum-wage-2025",
        f"{UPDATES}:9: 'atlantis' is not a province with an edition — use 'national' or some of: shaanxi",
        f"{UPDATES}:9: province 'shanghai' has no edition yet — create it with: "
        ".venv/bin/quanyi new-province shanghai, or remove 'shanghai'",
        f"{UPDATES}:10: section 'payslips' is not a section id of the handbook — use the {{#id}} of a section "
        "heading, e.g. minimum-wage",
        f"{UPDATES}:11: 'max-wage' is not a province data value — use one of: minimum-wage",
        f"{UPDATES}:13: 'where-and-what.text.en' must be plain sentences (no HTML, no Markdown links) — "
        "remove them: the affected sections are linked for you",
        f"{UPDATES}:13: 'where-and-what.text.zh' must be plain sentences (no HTML, no Markdown links) — "
        "remove them: the affected sections are linked for you",
        f"{UPDATES}:18: 'no-english-title.title' is missing the key 'en' — add 'en:' (text)",
        f"{UPDATES}:21: '2025-06-31' is not a valid value (day is out of range for month) — write dates as "
        "YYYY-MM-DD with a real day, e.g. 2025-01-01",
        f"{UPDATES}:22: 'national-with-values.applies-to' must be 'national' or a list of province codes, "
        "found 'nowhere' — write 'applies-to: national' or e.g. 'applies-to: [beijing]'",
        f"{UPDATES}:23: 'national-with-values.sections' needs at least 1 item(s) — add the missing items",
    ]


def test_national_entry_cannot_change_province_data(mini):
    write(mini, UPDATES, """\
national-with-values:
  date: 2025-06-01
  applies-to: national
  sections: [monthly]
  values: [minimum-wage]
  title: {zh: 标题, en: Title}
  text: {zh: 文字。, en: Text.}
""")
    assert f"{UPDATES}:5: update 'national-with-values' names province data but applies to all of China — " \
        "tag the provinces whose data changed, e.g. applies-to: [beijing]" in errors(mini)


def test_an_entry_may_name_a_section_its_province_inserts(mini):
    for lang, title in (("zh", "## 工资条内容 {#slip-contents}"), ("en", "## What a pay slip shows {#slip-contents}")):
        write(mini, f"handbooks/provinces/shaanxi/{lang}/contents.md",
              f"---\ntarget: pay-slips\noperation: insert-after\nregulations: [wage-rules]\n---\n{title}\n\n文字。\n")
    text = (mini / UPDATES).read_text().replace("sections: [minimum-wage, hourly]",
                                                 "sections: [minimum-wage, slip-contents]")
    write(mini, UPDATES, text)
    assert errors(mini) == []
    # ...but a national entry may not: other editions do not have it
    write(mini, UPDATES, text.replace("sections: [annual-leave]", "sections: [slip-contents]"))
    assert errors(mini) == [f"{UPDATES}:5: section 'slip-contents' is not a section id of the handbook — "
                            "use the {#id} of a section heading, e.g. minimum-wage"]


def test_figures_must_agree_between_languages(mini):
    p = mini / UPDATES
    p.write_text(p.read_text().replace("2,160 yuan", "2,150 yuan"))
    assert warnings(mini) == [
        f"{UPDATES}:18: warning: update 'shaanxi-minimum-wage-2025' gives different figures in zh and en "
        "(zh: 2025, 2160; en: 2025, 2150) — make both languages give the same amounts and years"]


# --- consistency with province data --------------------------------------------------


def test_new_figure_without_an_update_is_flagged(mini):
    p = mini / PROVINCE
    p.write_text(p.read_text().replace("effective: 2025-05-01", "effective: 2026-03-01"))
    assert warnings(mini) == [
        f"{PROVINCE}:7: warning: 'minimum-wage' is in force from 2026-03-01, but no update in "
        "handbooks/updates.yml announces it — add an update with 'date: 2026-03-01', "
        "'applies-to: [shaanxi]' and 'values: [minimum-wage]'"]


def test_update_ahead_of_the_data_is_flagged(mini):
    p = mini / UPDATES
    p.write_text(p.read_text().replace("date: 2025-05-01", "date: 2026-03-01"))
    assert warnings(mini) == [
        f"{PROVINCE}:7: warning: 'minimum-wage' is in force from 2025-05-01, but no update in "
        "handbooks/updates.yml announces it — add an update with 'date: 2025-05-01', "
        "'applies-to: [shaanxi]' and 'values: [minimum-wage]'",
        f"{UPDATES}:14: warning: update 'shaanxi-minimum-wage-2025' announces a new 'minimum-wage' from "
        f"2026-03-01, but {PROVINCE} gives figures in force from 2025-05-01 — update 'minimum-wage' there "
        "the same day (figures, 'effective: 2026-03-01', 'reviewed')"]


def test_unconfirmed_figures_need_no_update(mini):
    (mini / UPDATES).unlink()
    assert any("announces it" in w for w in warnings(mini))
    p = mini / PROVINCE
    p.write_text(p.read_text().replace("status: confirmed", "status: to-be-confirmed"))
    assert not any("announces it" in w for w in warnings(mini))


# --- on the site ------------------------------------------------------------------------


def _tree(root) -> dict[str, str]:
    project = load_project(root, Problems(root))
    return render_tree(project, all_editions(project))


def test_whats_new_pages_per_edition_and_language(mini):
    files = _tree(mini)
    national, shaanxi = files["zh/national/whats-new.md"], files["zh/shaanxi/whats-new.md"]
    assert "{#annual-leave-rewritten}" in national and "shaanxi-minimum-wage-2025" not in national
    # newest first
    assert shaanxi.index("{#annual-leave-rewritten}") < shaanxi.index("{#shaanxi-minimum-wage-2025}")
    assert "**2025年5月1日** · 陕西省" in shaanxi
    assert "涉及：[最低工资](pay.md#minimum-wage)、[小时工](pay.md#hourly)" in shaanxi
    en = files["en/shaanxi/whats-new.md"]
    assert "# What's new · Shaanxi" in en and "**1 May 2025** · Shaanxi" in en
    assert "Affects: [Minimum wage](pay.md#minimum-wage), [Hourly workers](pay.md#hourly)" in en
    assert "add [this feed address](feed.xml) to a feed reader" in en  # explained, not a bare link to XML
    for code in ("national", "shaanxi"):
        assert {f"{code}/whats-new.md"} <= set(next(e for e in nav(load_project(mini, Problems(mini)))
                                                    if isinstance(e, dict) and code in e)[code])


def test_affected_sections_say_updated_on(mini):
    files = _tree(mini)
    page = files["zh/shaanxi/pay.md"]
    assert "## 最低工资 {#minimum-wage}\n\n[更新于2025年5月1日：陕西最低工资调整]" \
        "(whats-new.md#shaanxi-minimum-wage-2025){ .updated-on }" in page
    assert "[Updated on 1 May 2025: Shaanxi minimum wage changes](whats-new.md#shaanxi-minimum-wage-2025)" \
        in files["en/shaanxi/pay.md"]
    assert "updated-on" not in files["zh/national/pay.md"]  # a Shaanxi update
    leave = files["zh/national/leave.md"]
    assert "[更新于2026年1月10日：年休假一节已改写](whats-new.md#annual-leave-rewritten)" in leave


def test_section_removed_in_an_edition_is_not_linked(mini):
    for lang in ("zh", "en"):
        write(mini, f"handbooks/provinces/shaanxi/{lang}/no-hourly.md",
              "---\ntarget: hourly\noperation: remove\nregulations: [wage-rules]\n---\n")
    files = _tree(mini)
    assert "涉及：[最低工资](pay.md#minimum-wage)\n" in files["zh/shaanxi/whats-new.md"]
    assert "#hourly" not in files["zh/shaanxi/whats-new.md"]


def test_empty_edition_says_so(mini):
    (mini / UPDATES).unlink()
    files = _tree(mini)
    assert "暂无更新。" in files["zh/national/whats-new.md"]
    assert "No updates yet." in files["en/shaanxi/whats-new.md"]
