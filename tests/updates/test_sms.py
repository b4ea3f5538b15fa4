"""Text-message digest: sizes and encodings, splitting, refusals, ordering, the command."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest

from conftest import write
from quanyi.checks.run import check
from quanyi.content.sources import load_project
from quanyi.content.updates import short_key
from quanyi.problems import Problems
from quanyi.updates import sms

UPDATES = "handbooks/updates.yml"
LINK = "https://quanyi.example.org/u/abcde/"
EN_LINK = "https://quanyi.example.org/en/u/abcde/"


def quanyi(root, *args):
    return subprocess.run([sys.executable, "-m", "quanyi", *args], cwd=root, capture_output=True, text=True)


def assert_sendable(message: str, lang: str) -> None:
    if lang == "zh":
        assert sms.length(message, "zh") <= 70
    else:
        assert all(c in sms.GSM_BASIC or c in sms.GSM_EXTENSION for c in message)
        assert sms.length(message, "en") <= 160


# --- counting characters as the network does -------------------------------------------


def test_lengths_follow_the_encodings():
    assert sms.length("最低工资", "zh") == 4
    assert sms.length("𠀀", "zh") == 2  # outside the BMP: a UTF-16 surrogate pair
    assert sms.length("a-z", "en") == 3
    assert sms.length("[€]", "en") == 6  # extension table: escape + character


def test_short_text_is_one_message_ending_with_the_link():
    [zh] = sms.messages("工资至少每月支付一次。", "zh", LINK)
    assert zh == f"工资至少每月支付一次。 {LINK}"
    [en] = sms.messages("Wages are paid  at least\nonce a month.", "en", EN_LINK)
    assert en == f"Wages are paid at least once a month. {EN_LINK}"


def test_yaml_line_breaks_leave_no_space_between_chinese_characters():
    [zh] = sms.messages("从2025年5月1日起，\n陕西月最低工资 2160 元。", "zh", LINK)
    assert zh.startswith("从2025年5月1日起，陕西月最低工资2160元。 ")


def test_exactly_full_messages_fit():
    text = "工" * (70 - len(LINK) - 1)
    assert sms.messages(text, "zh", LINK) == [f"{text} {LINK}"]
    text = "a" * (160 - len(EN_LINK) - 1)
    assert sms.messages(text, "en", EN_LINK) == [f"{text} {EN_LINK}"]


def test_longer_text_becomes_two_numbered_messages_split_at_a_clause():
    text = "从2025年9月1日起，北京月最低工资2540元，小时最低工资27.7元，不含个人缴纳的社保和公积金。"
    first, second = sms.messages(text, "zh", LINK)
    assert first == f"(1/2)从2025年9月1日起，北京月最低工资2540元， {LINK}"
    assert second == f"(2/2)小时最低工资27.7元，不含个人缴纳的社保和公积金。 {LINK}"
    for m in (first, second):
        assert_sendable(m, "zh")


def test_english_is_never_split_inside_a_number_or_a_list_of_amounts():
    text = ("From 1 December 2025 Gansu's monthly minimum wage is 2,200, 2,130 or 2,080 yuan depending on "
            "the area, and 22, 21.5 or 21 yuan an hour.")
    first, second = sms.messages(text, "en", EN_LINK)
    assert first.endswith(f"depending on the area, {EN_LINK}")
    assert second == f"(2/2) and 22, 21.5 or 21 yuan an hour. {EN_LINK}"
    for m in (first, second):
        assert_sendable(m, "en")


def test_typography_becomes_gsm_and_other_characters_are_refused():
    [en] = sms.messages("Your employer’s “rules” – check them…", "en", EN_LINK)
    assert en.startswith("Your employer's \"rules\" - check them... ")
    with pytest.raises(sms.SmsError, match="'仲', '动', '劳', '裁' cannot be sent in a GSM-7 text message"):
        sms.messages("Apply for labour arbitration (劳动仲裁).", "en", EN_LINK)


def test_text_needing_three_messages_is_refused():
    with pytest.raises(sms.SmsError, match="its text has 90 characters; two 70-character messages"):
        sms.messages("工" * 90, "zh", LINK)
    with pytest.raises(sms.SmsError):
        sms.messages("word " * 60, "en", EN_LINK)


# --- the digest of an edition ----------------------------------------------------------


def test_fixture_digest_oldest_first_with_the_editions_short_links(mini):
    project = load_project(mini, Problems(mini))
    messages, refused = sms.digest(project, "shaanxi", "zh", dt.date(2025, 1, 1))
    assert refused == []
    wage = f"https://quanyi.example.org/u/{short_key('shaanxi', 'shaanxi-minimum-wage-2025')}/"
    leave = f"https://quanyi.example.org/u/{short_key('shaanxi', 'annual-leave-rewritten')}/"
    assert messages == [
        f"(1/2)从2025年5月1日起，陕西一类地区月最低工资2160元， {wage}",
        f"(2/2)小时最低工资21元。 {wage}",
        f"我们改写了年休假一节。有疑问请拨打12333。 {leave}",
    ]
    for lang in ("zh", "en"):
        for m in sms.digest(project, "shaanxi", lang, dt.date(2025, 1, 1))[0]:
            assert_sendable(m, lang)
            assert re.search(r" https://quanyi\.example\.org/(en/)?u/[2-9a-km-np-z]{5}/$", m)


def test_digest_since_is_inclusive_and_per_edition(mini):
    project = load_project(mini, Problems(mini))
    assert len(sms.digest(project, "shaanxi", "en", dt.date(2025, 5, 1))[0]) == 2
    assert len(sms.digest(project, "shaanxi", "en", dt.date(2025, 5, 2))[0]) == 1
    national = sms.digest(project, "national", "en", dt.date(2020, 1, 1))[0]
    assert national == ["We rewrote the section on annual leave. If in doubt, call 12333. "
                        f"https://quanyi.example.org/en/u/{short_key('national', 'annual-leave-rewritten')}/"]
    # the same update has its own short link in each edition
    assert short_key("national", "annual-leave-rewritten") != short_key("shaanxi", "annual-leave-rewritten")


def _too_long(mini):
    p = mini / UPDATES
    p.write_text(p.read_text().replace("小时最低工资21元。", "小时最低工资21元。" * 4))


def test_too_long_update_is_a_warning_for_check_and_refused_by_the_digest(mini):
    _too_long(mini)
    problems = check(mini)
    assert problems.errors == []
    [warning] = [str(w) for w in problems.warnings if "text messages" in w.message]
    assert warning.startswith(f"{UPDATES}:10: warning: update 'shaanxi-minimum-wage-2025' cannot be sent as "
                              "text messages in zh: its text has 69 characters; two 70-character messages, "
                              "each ending with the 35-character link, leave room for about 58")
    assert warning.endswith("— shorten 'shaanxi-minimum-wage-2025.text.zh'")
    project = load_project(mini, Problems(mini))
    messages, [refused] = sms.digest(project, "shaanxi", "zh", dt.date(2025, 1, 1))
    assert messages == []  # nothing half-sent
    assert str(refused).startswith(f"{UPDATES}:10: update 'shaanxi-minimum-wage-2025' cannot be sent")
    # an edition without that update is not affected
    assert sms.digest(project, "national", "zh", dt.date(2025, 1, 1))[1] == []


# --- the command ---------------------------------------------------------------------


def test_digest_command(mini):
    result = quanyi(mini, "digest", "shaanxi", "--since", "2025-01-01", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("From 1 May 2025")
    assert "2 message(s) for shaanxi (en) since 2025-01-01" in result.stderr


def test_digest_command_refuses_naming_the_update(mini):
    _too_long(mini)
    result = quanyi(mini, "digest", "shaanxi", "--since", "2025-01-01")
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{UPDATES}:10: update 'shaanxi-minimum-wage-2025' cannot be sent as text messages in zh" in result.stderr
    assert "Traceback" not in result.stderr


def test_digest_command_unknown_edition(mini):
    result = quanyi(mini, "digest", "hunan", "--since", "2025-01-01")
    assert result.returncode == 1
    assert "'hunan' is not an edition — use one of: national, shaanxi" in result.stderr


def test_digest_command_reports_content_errors(mini):
    write(mini, UPDATES, "broken: [\n")
    result = quanyi(mini, "digest", "national", "--since", "2025-01-01")
    assert result.returncode == 1
    assert "handbooks/updates.yml:" in result.stderr and "Traceback" not in result.stderr
