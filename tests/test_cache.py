"""The cache's keys: the same for the same inputs in any process, different for any change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quanyi.cache import Store, fingerprint


@dataclasses.dataclass
class Part:
    name: str
    tags: set[str]
    when: dt.date | None = None


class Plain:
    def __init__(self, data, lines):
        self.data, self.lines = data, lines


SCRIPT = """
import datetime as dt, sys
sys.path.insert(0, sys.argv[1])
from test_cache import Part, Plain
from quanyi.cache import fingerprint
value = [Part("工资", {"a", "b", "c", "拖欠", "dismissal"}, dt.date(2026, 1, 1)),
         {"x": Plain({"k": {1, 2}}, {("k",): 3})}]
print(fingerprint(value).hex())
"""


def test_the_same_value_gives_the_same_bytes_in_processes_with_other_hash_seeds():
    """A set's order depends on PYTHONHASHSEED; the fingerprint must not."""
    here = str(Path(__file__).parent)
    outputs = {subprocess.run([sys.executable, "-c", SCRIPT, here], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert len(outputs) == 1


def test_any_change_changes_the_fingerprint():
    base = Part("工资", {"a", "b"}, dt.date(2026, 1, 1))
    changed = [Part("工资 ", {"a", "b"}, dt.date(2026, 1, 1)), Part("工资", {"a"}, dt.date(2026, 1, 1)),
               Part("工资", {"a", "b"}, dt.date(2026, 1, 2)), Part("工资", {"a", "b"}),
               Plain("工资", {"a", "b"})]
    prints = {fingerprint(v) for v in [base, *changed]}
    assert len(prints) == len(changed) + 1
    assert fingerprint([1, 2]) != fingerprint([2, 1]) and fingerprint({"a": 1}) != fingerprint({"a": "1"})


def test_a_shared_memo_gives_what_a_fresh_walk_gives():
    shared = Plain({"text": "第四十七条"}, {})
    a, b = [shared, Part("x", set())], [shared, Part("y", set())]
    memo: dict[int, bytes] = {}
    assert [fingerprint(a, memo), fingerprint(b, memo)] == [fingerprint(a), fingerprint(b)]


def test_a_value_with_no_stable_form_is_refused():
    with pytest.raises(TypeError, match="no stable form"):
        fingerprint([lambda: 1])


def test_a_store_reads_what_it_wrote_and_prunes_what_a_build_did_not_use(tmp_path):
    store = Store(tmp_path, "markup")
    assert store.read("k1", "index.html") is None
    store.write("k1", "index.html", "<p>工资</p>".encode())
    store.write("k2", "index.html", b"old")
    again = Store(tmp_path, "markup")
    assert again.read("k1", "index.html") == "<p>工资</p>".encode()
    again.prune()
    assert sorted(p.name for p in (tmp_path / "markup").iterdir()) == ["k1"]


def test_a_layer_salt_leaves_out_only_what_the_import_contract_keeps_above_the_layer():
    """Print files may be reused after a change in the web code, never after one in the code below them."""
    import re

    from quanyi.cache import ABOVE

    text = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"layers = \[(.*?)\]", text, re.S).group(1)
    layers = [[name.split(".")[1] for name in entry.split("|")] for entry in re.findall(r'"([^"]+)"', block)]
    layers = [[n.strip() for n in entry] for entry in layers]
    modules = {"cli": "cli.py"}
    for layer, left_out in ABOVE.items():
        if layer is None:
            continue
        at = next(i for i, entry in enumerate(layers) if layer in entry)
        above = {modules.get(n, n) for entry in layers[:at] for n in entry} | \
            {modules.get(n, n) for n in layers[at] if n != layer}
        assert left_out - {"__main__.py"} == above, layer


def test_the_package_hash_leaves_out_the_named_parts_only(tmp_path):
    from quanyi.cache import package_hash

    for rel in ("print/pdf.py", "web/tree.py", "cli.py", "strings.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x = 1\n")
    before = package_hash(tmp_path, frozenset({"web", "cli.py"}))
    (tmp_path / "web/tree.py").write_text("x = 2\n")
    (tmp_path / "cli.py").write_text("x = 2\n")
    assert package_hash(tmp_path, frozenset({"web", "cli.py"})) == before
    (tmp_path / "strings.py").write_text("x = 2\n")
    assert package_hash(tmp_path, frozenset({"web", "cli.py"})) != before
