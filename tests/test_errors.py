"""Content mistakes: each reported once, as path:line: what is wrong — how to fix it."""

from __future__ import annotations

import subprocess
import sys

from conftest import errors, write

PROV = "handbooks/provinces/shaanxi"


def overlay_text(target="pay-slips", op="append", regs="[wage-rules]", body="文字。"):
    return f"---\ntarget: {target}\noperation: {op}\nregulations: {regs}\n---\n{body}\n"


def test_fixture_is_clean(mini):
    assert errors(mini) == []


def test_unknown_variable(mini):
    p = mini / "handbooks/hb/zh/leave.md"
    p.write_text(p.read_text() + "\n最低工资是{{ minimun-wage }}。\n")
    [err] = errors(mini)
    assert err.startswith("handbooks/hb/zh/leave.md:7: unknown variable '{{ minimun-wage }}' — use one of:")


def test_unknown_variable_form(mini):
    p = mini / "handbooks/hb/en/leave.md"
    p.write_text(p.read_text() + "\n{{ minimum-wage.yearly }}\n")
    [err] = errors(mini)
    assert err.startswith("handbooks/hb/en/leave.md:12: unknown variable '{{ minimum-wage.yearly }}'")
    assert "{{ minimum-wage.hourly }}" in err


def test_unknown_target(mini):
    for lang in ("zh", "en"):
        write(mini, f"{PROV}/{lang}/slips.md", overlay_text(target="pay-slip"))
    assert errors(mini) == [
        f"{PROV}/en/slips.md:2: target 'pay-slip' is not a section id in any handbook — "
        "use the {#id} of an existing section heading",
        f"{PROV}/zh/slips.md:2: target 'pay-slip' is not a section id in any handbook — "
        "use the {#id} of an existing section heading",
    ]


def test_unknown_regulation(mini):
    for lang in ("zh", "en"):
        write(mini, f"{PROV}/{lang}/slips.md", overlay_text(regs="[wage-rules, wage-rule]"))
    errs = errors(mini)
    assert len(errs) == 2
    assert errs[1] == (f"{PROV}/zh/slips.md:4: unknown regulation 'wage-rule' — add it to "
                       f"{PROV}/province.yml under 'regulations:' (known: wage-rules)")


def test_zh_overlay_without_en_twin(mini):
    (mini / f"{PROV}/en/slips.md").unlink()
    assert errors(mini) == [
        f"{PROV}/zh/slips.md:1: overlay has no en twin en/slips.md — "
        f"create {PROV}/en/slips.md with the same target and operation"]


def test_en_overlay_without_zh_twin(mini):
    (mini / f"{PROV}/zh/slips.md").unlink()
    assert errors(mini) == [
        f"{PROV}/en/slips.md:1: overlay has no zh twin zh/slips.md — "
        f"create {PROV}/zh/slips.md with the same target and operation"]


def test_twins_must_agree(mini):
    write(mini, f"{PROV}/en/slips.md", overlay_text(op="prepend"))
    assert errors(mini) == [
        f"{PROV}/en/slips.md:3: 'operation' differs from the zh twin ('append') — "
        "use the same 'operation' in both languages"]


def test_duplicate_ids(mini):
    for lang in ("zh", "en"):
        p = mini / f"handbooks/hb/{lang}/leave.md"
        p.write_text(p.read_text() + "\n## Again {#monthly}\n")
    errs = errors(mini)
    assert "handbooks/hb/zh/leave.md:7: id 'monthly' is already used at handbooks/hb/zh/pay.md:3 — " \
        "give each section its own id" in errs
    assert "handbooks/hb/en/leave.md:12: id 'monthly' is already used at handbooks/hb/en/pay.md:11 — " \
        "give each section its own id" in errs


def test_section_without_twin(mini):
    p = mini / "handbooks/hb/zh/leave.md"
    p.write_text(p.read_text() + "\n## 病假 {#sick-leave}\n")
    assert errors(mini) == [
        "handbooks/hb/zh/leave.md:7: section {#sick-leave} has no twin in handbooks/hb/en/leave.md — "
        "give the translated heading the same id, or remove this one"]


def test_section_without_id(mini):
    for lang in ("zh", "en"):
        p = mini / f"handbooks/hb/{lang}/leave.md"
        p.write_text(p.read_text() + "\n## No id\n")
    assert "handbooks/hb/zh/leave.md:7: section 'No id' has no id — end the heading with an id, " \
        "e.g. ## 最低工资 {#minimum-wage}" in errors(mini)


def test_missing_translation_of_a_chapter(mini):
    (mini / "handbooks/hb/en/leave.md").unlink()
    assert errors(mini) == [
        "handbooks/hb/handbook.yml:6: chapter 'leave' has no en file en/leave.md — "
        "create handbooks/hb/en/leave.md (every chapter exists in zh and en)"]


def test_yaml_syntax_error(mini):
    p = mini / f"{PROV}/province.yml"
    p.write_text(p.read_text().replace("short: {zh: 陕西, en: Shaanxi}", "short: {zh: 陕西, en: Shaanxi"))
    [err] = errors(mini)
    assert err.startswith(f"{PROV}/province.yml:3: YAML syntax error")


def test_impossible_date_and_unknown_key(mini):
    p = mini / f"{PROV}/province.yml"
    p.write_text(p.read_text().replace("effective: 2025-05-01", "effective: 2025-02-30")
                 .replace("contacts: []", "contacts: []\nphone: 123"))
    errs = errors(mini)
    assert any(e.startswith(f"{PROV}/province.yml:7: '2025-02-30' is not a valid value") for e in errs)
    assert f"{PROV}/province.yml:20: unknown key 'phone' — remove it or use one of: " \
        "code, name, short, values, regulations, contacts" in errs


def test_not_a_province(mini):
    (mini / "handbooks/provinces/shaanxi").rename(mini / "handbooks/provinces/atlantis")
    errs = errors(mini)
    assert errs[0].startswith("handbooks/provinces/atlantis:1: 'atlantis' is not a provincial-level division")


def test_all_errors_at_once_and_no_traceback(mini):
    p = mini / "handbooks/hb/zh/leave.md"
    p.write_text(p.read_text() + "\n{{ nope }}\n")
    (mini / f"{PROV}/en/slips.md").unlink()
    result = subprocess.run([sys.executable, "-m", "quanyi", "check"], cwd=mini, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "handbooks/hb/zh/leave.md:7: unknown variable '{{ nope }}'" in result.stderr
    assert f"{PROV}/zh/slips.md:1: overlay has no en twin" in result.stderr
    assert "2 error(s)" in result.stderr
