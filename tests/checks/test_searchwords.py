"""A handbook word in search-words.yml that the text never uses is reported with its line."""

from __future__ import annotations

from conftest import write
from quanyi.checks.run import check


def test_words_not_in_the_text_are_warned_about(mini):
    write(mini, "handbooks/search-words.yml", "zh:\n  terms: [最低工资, 加班费]\n  words:\n    工钱: [工资]\n"
          "en:\n  words:\n    sacked: [dismissal]\n")
    problems = check(mini)
    warnings = [str(w) for w in problems.warnings if "search-words" in str(w)]
    assert warnings == [
        "handbooks/search-words.yml:2: warning: '加班费' (zh) is not in the handbook's text, so search finds nothing "
        "with it — use a word the chapters use (look in handbooks/hb/zh/), or remove it",
        "handbooks/search-words.yml:7: warning: 'dismissal' (en) is not in the handbook's text, so search finds "
        "nothing with it — use a word the chapters use (look in handbooks/hb/en/), or remove it"]
    assert not problems.errors


def test_the_real_file_only_names_words_the_handbook_uses():
    from conftest import REPO

    problems = check(REPO)
    assert [str(w) for w in problems.warnings if "search-words" in str(w)] == []
