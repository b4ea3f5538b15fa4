"""The text diff: hunks named by their section, what changed inside a Chinese line, long diffs cut short."""

from __future__ import annotations

from quanyi.review.textdiff import body, capped, counts, hunks, inline


def test_a_changed_figure_in_a_chinese_line_is_marked_whole():
    old = "广东省第一类地区最低工资标准为每月2300元，第二类地区为每月1900元，适用于广州市。"
    new = "广东省第一类地区最低工资标准为每月2500元，第二类地区为每月1900元，适用于广州、深圳市。"
    assert inline(old, new) == \
        "广东省第一类地区最低工资标准为每月[-2300-]{+2500+}元，第二类地区为每月1900元，适用于广州{+、深圳+}市。"
    # a long stretch that did not change is cut short around the change
    assert inline("前" * 40 + "2300元" + "后" * 40, "前" * 40 + "2500元" + "后" * 40) == \
        "…" + "前" * 15 + "[-2300-]{+2500+}元" + "后" * 14 + "…"


def test_characters_left_alike_between_two_changes_join_them():
    assert inline("自2025年3月1日起施行", "自2025年5月2日起施行") == "自2025年[-3月1-]{+5月2+}日起施行"
    assert inline("劳动者可以申请仲裁之日起一年", "劳动者可以申请劳动争议仲裁之日起两年") == \
        "劳动者可以申请{+劳动争议+}仲裁之日起[-一-]{+两+}年"


def test_unlike_lines_are_not_marked():
    assert inline("工资至少每月支付一次。", "Keep your pay slips and your time records.") is None


def test_hunks_name_their_section_and_show_the_change_inside_the_line():
    old = "# 工资 {#pay}\n\n## 最低工资 {#minimum-wage}\n\n" + "\n".join(f"第{i}行。" for i in range(10)) + \
        "\n\n最低工资是每月2160元，小时最低工资是21元，由陕西省规定。\n"
    new = old.replace("2160", "2260")
    blocks = hunks(old, new)
    assert len(blocks) == 1
    header, *lines = blocks[0]
    assert header == "@@ -13,4 +13,4 @@ ## 最低工资 {#minimum-wage}"  # line 16 and the three before it
    assert "-最低工资是每月2160元，小时最低工资是21元，由陕西省规定。" in lines
    assert "+最低工资是每月2260元，小时最低工资是21元，由陕西省规定。" in lines
    assert "~最低工资是每月[-2160-]{+2260+}元，小时最低工资是21元，由陕西省规定。" in lines
    assert counts(blocks) == (1, 1)


def test_the_same_change_at_other_lines_has_the_same_body():
    text = "\n".join("甲乙丙丁戊己庚辛") + "\n"
    one = hunks(text, text.replace("戊", "戊改"))
    other = hunks("前言\n" * 5 + text, "前言\n" * 5 + text.replace("戊", "戊改"))
    assert one[0][0] != other[0][0]  # other line numbers
    assert body(one) == body(other)


def test_a_long_diff_is_cut_and_says_how_much_is_left():
    blocks = hunks("", "\n".join(f"新的一行 {i}" for i in range(100)))
    lines, more = capped(blocks, 20)
    assert len(lines) == 20 and more == 81  # 100 lines and the hunk header
    assert capped(blocks, 0) == ([line for b in blocks for line in b], 0)
