"""Change one key of a Markdown file's front matter in place, keeping every other byte.

Editors' files carry comments, their own key order, flow ``{a: b}`` or block maps, quotes,
Windows line ends and a BOM; a YAML dump would lose all of that. These functions find the key
with PyYAML's node positions and edit only its characters: a changed value is replaced where it
stands (in the same quotes), a new entry is a new line (block map) or ``, key: value`` (flow map),
a removed entry loses its line. The result is parsed again and must say exactly what was asked;
if not, :class:`EditError` is raised and nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
STR = "tag:yaml.org,2002:str"


class EditError(Exception):
    """The front matter cannot be edited in place; ``line`` is a line of the file."""

    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")


def set_value(text: str, key: str, value: str | dict[str, str], remove: Iterable[str] = (),
              order: Iterable[str] = ()) -> str:
    """``text`` (a whole Markdown file, BOM included) with front matter ``key`` set.

    A string ``value`` becomes the key's scalar. A dict is merged into the key's map: its
    entries are set, those named in ``remove`` are dropped, the others stay as they are; new
    entries go where ``order`` (all keys, in the order they should have) puts them.
    """
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom):]
    lines = [m.group(0) for m in LINE.finditer(body)]
    nl = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    if not lines or lines[0].strip() != "---":
        return bom + "---" + nl + _entry(key, value, 0, nl) + "---" + nl + body
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise EditError(1, "the front matter starts with '---' but never ends")
    front = "".join(lines[1:end])
    if front and not front.endswith("\n"):  # the closing '---' line always follows a line break
        raise EditError(end + 1, "the front matter does not end with a line break")
    new = _edit(front, key, value, set(remove), list(order), nl)
    _verify(front, new, key, value, set(remove))
    return bom + lines[0] + new + "".join(lines[end:])


def _edit(front: str, key: str, value, remove: set[str], order: list[str], nl: str) -> str:
    try:
        root = yaml.compose(front, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise EditError(_line(exc), "the front matter is not valid YAML") from None
    if root is None:
        return front + _entry(key, value, 0, nl)
    if not isinstance(root, MappingNode) or root.flow_style:
        raise EditError(2, "the front matter is not a list of 'key: value' lines")
    pair = next(((k, v) for k, v in root.value if isinstance(k, ScalarNode) and k.value == key), None)
    if pair is None:
        return front + _entry(key, value, root.value[0][0].start_mark.column if root.value else 0, nl)
    knode, vnode = pair
    if isinstance(value, str) and _is_str(vnode):
        if vnode.value == value:
            return front
        return _splice(front, [(vnode.start_mark.index, vnode.end_mark.index, _scalar(value, vnode.style))])
    if isinstance(value, dict) and isinstance(vnode, MappingNode):
        return _splice(front, _map_edits(front, vnode, value, remove, order, nl))
    # an empty or mistyped value: the whole entry is written anew
    start = _line_start(front, knode.start_mark.index)
    full = value if isinstance(value, str) else {k: v for k, v in _ordered(value, order)}
    return _splice(front, [(start, _node_end(front, vnode), _entry(key, full, knode.start_mark.column, nl))])


def _map_edits(front: str, node: MappingNode, value: dict[str, str], remove: set[str], order: list[str],
               nl: str) -> list[tuple[int, int, str]]:
    entries = [(k.value, k, v) for k, v in node.value if isinstance(k, ScalarNode)]
    present = {name for name, _, _ in entries}
    kept = [(name, k, v) for name, k, v in entries if name not in remove]
    new = [name for name, _ in _ordered(value, order) if name not in present]
    edits = []
    for name, _, v in kept:
        if name in value and not (_is_str(v) and v.value == value[name]):
            if not isinstance(v, ScalarNode):
                raise EditError(v.start_mark.line + 2, f"'{name}' should be a short hash, not a list or map")
            text = _scalar(value[name], v.style if _is_str(v) else None)
            if v.start_mark.index == v.end_mark.index:  # 'name:' with nothing after the colon
                text = " " + text
            edits.append((v.start_mark.index, v.end_mark.index, text))
    if node.flow_style:
        if (remove & present) or (new and not kept):
            # rewritten as one flow map (comments inside it are lost; removing entries is rare)
            items = [(name, front[v.start_mark.index:v.end_mark.index] if name not in value else
                      _scalar(value[name], v.style if _is_str(v) else None)) for name, _, v in kept]
            items = _merge(items, [(name, _scalar(value[name])) for name in new], order)
            return [(node.start_mark.index, node.end_mark.index,
                     "{" + ", ".join(f"{_scalar(k)}: {v}" for k, v in items) + "}")]
        for anchor, names in _anchors([name for name, _, _ in kept], new, order).items():
            pairs = [f"{_scalar(n)}: {_scalar(value[n])}" for n in names]
            if anchor is None:
                first = kept[0][1]
                edits.append((first.start_mark.index, first.start_mark.index, ", ".join(pairs) + ", "))
            else:
                v = next(v for name, _, v in kept if name == anchor)
                edits.append((v.end_mark.index, v.end_mark.index, "".join(", " + p for p in pairs)))
        return edits
    indent = entries[0][1].start_mark.column
    for name, k, v in entries:
        if name in remove:
            edits.append((_line_start(front, k.start_mark.index), _node_end(front, v), ""))
    first_line = _line_start(front, entries[0][1].start_mark.index)
    for anchor, names in _anchors([name for name, _, _ in kept], new, order).items():
        at = first_line if anchor is None else _node_end(front, next(v for name, _, v in kept if name == anchor))
        edits.append((at, at, "".join(" " * indent + f"{_scalar(n)}: {_scalar(value[n])}{nl}" for n in names)))
    return edits


def _anchors(kept: list[str], new: list[str], order: list[str]) -> dict[str | None, list[str]]:
    """For each new key, the kept key it goes after (None: before the first one), as ``order`` ranks them."""
    rank = {name: i for i, name in enumerate(order)}
    result: dict[str | None, list[str]] = {}
    for name in new:
        mine = rank.get(name, len(rank))
        earlier = [k for k in kept if k in rank and rank[k] < mine]
        anchor = max(earlier, key=rank.__getitem__) if earlier else None
        result.setdefault(anchor, []).append(name)
    return result


def _merge(items: list[tuple[str, str]], new: list[tuple[str, str]], order: list[str]) -> list[tuple[str, str]]:
    anchors = _anchors([k for k, _ in items], [k for k, _ in new], order)
    values = dict(new)
    out = [(k, values[k]) for k in anchors.get(None, [])]
    for k, v in items:
        out.append((k, v))
        out += [(n, values[n]) for n in anchors.get(k, [])]
    return out


def _ordered(value: dict[str, str], order: list[str]) -> list[tuple[str, str]]:
    rank = {name: i for i, name in enumerate(order)}
    return sorted(value.items(), key=lambda kv: rank.get(kv[0], len(rank)))


def _entry(key: str, value, indent: int, nl: str) -> str:
    pad = " " * indent
    if isinstance(value, str):
        return f"{pad}{_scalar(key)}: {_scalar(value)}{nl}"
    return f"{pad}{_scalar(key)}:{nl}" + "".join(f"{pad}  {_scalar(k)}: {_scalar(v)}{nl}" for k, v in value.items())


def _scalar(text: str, style: str | None = None) -> str:
    """``text`` as YAML, in the given quotes; plain when YAML would read it back as the same string."""
    if style == '"':
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style == "'" or not _plain(text):
        return "'" + text.replace("'", "''") + "'"
    return text


def _plain(text: str) -> bool:
    # 'no' is read as false, '1e5' as a number: those need quotes, and so does a hash of digits only,
    # which other YAML readers take for a number
    if not re.fullmatch(r"[\w.-]+", text) or text.startswith(("-", ".")) or re.fullmatch(r"[\d_.eE+-]+", text):
        return False
    try:
        return yaml.safe_load(text) == text
    except yaml.YAMLError:
        return False


def _is_str(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == STR and node.start_mark.index < node.end_mark.index


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _node_end(text: str, node: Node) -> int:
    """Index one past the line break that ends ``node``'s last line (its comment included)."""
    index = node.end_mark.index
    start = _line_start(text, index)
    if not isinstance(node, ScalarNode) and not text[start:index].strip():
        return start  # a block collection ends where the next key's line starts
    nl = text.find("\n", index)
    return len(text) if nl < 0 else nl + 1


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _verify(old: str, new: str, key: str, value, remove: set[str]) -> None:
    before = yaml.safe_load(old) or {}
    try:
        after = yaml.safe_load(new) or {}
    except yaml.YAMLError:
        after = None
    expected = dict(before)
    if isinstance(value, str):
        expected[key] = value
    else:
        current = before.get(key) if isinstance(before.get(key), dict) else {}
        expected[key] = {**{k: v for k, v in current.items() if k not in remove}, **value}
    if after != expected:
        raise EditError(2, f"'{key}' could not be changed without touching the rest of the front matter")


def _line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 2 if mark else 2  # +1 for 1-based, +1 for the opening '---'
