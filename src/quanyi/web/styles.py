"""Styles for slow phones: the theme's CSS cut to the rules the built site can use, inlined in each page.

The theme ships about 140 KB of CSS for features this site never shows (code blocks, tabs,
admonition kinds, colour palettes). A rule is dropped only when its selector names a class,
id or attribute that no built page and none of our scripts contains, so nothing that could
match is ever lost. The rest is written into every page's head: a worker who opens one shared
link then gets a painted page after one round trip instead of two (slow 3G costs ~400 ms each).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

import tinycss2

from quanyi.cache import key

# <link rel="stylesheet"> of the theme and our own; the template writes them in this form
LINK = re.compile(r'<link rel="stylesheet" href="([^"]+\.css)">\s*')
# what a selector requires of a page; the arguments of :not() and friends require nothing
FUNCTIONAL = re.compile(r":(?:not|is|where|has|matches|-webkit-any|-moz-any)\(")
CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
TAG = re.compile(r"(?:^|(?<=[\s>+~]))([a-zA-Z][\w-]*)")
ID = re.compile(r"#(-?[_a-zA-Z][\w-]*)")
ATTR = re.compile(r"\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(\"[^\"]*\"|'[^']*'|[\w-]+))?\s*(?:[is]\s*)?\]")


class Vocabulary(HTMLParser):
    """Every class, id and attribute (with its values) that occurs in the pages fed to it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.classes: set[str] = set()
        self.ids: set[str] = set()
        self.attrs: dict[str, set[str]] = {}
        self.any_value: set[str] = set()  # attributes a script sets: any value may occur
        self._script = False

    def handle_starttag(self, tag, attrs):
        self._script = tag == "script"
        self.tags.add(tag)
        for name, value in attrs:
            value = value or ""
            self.attrs.setdefault(name, set()).add(value)
            if name == "class":
                self.classes.update(value.split())
            elif name == "id":
                self.ids.add(value)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._script = False

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        if self._script:  # an inline script, like WeChat's class on <html>
            self.add_script(data)

    def as_json(self) -> dict:
        return {"tags": sorted(self.tags), "classes": sorted(self.classes), "ids": sorted(self.ids),
                "attrs": {n: sorted(v) for n, v in sorted(self.attrs.items())}, "any": sorted(self.any_value)}

    def add(self, other: dict) -> None:
        """Take in another page's vocabulary (from :meth:`as_json`)."""
        self.tags.update(other["tags"])
        self.classes.update(other["classes"])
        self.ids.update(other["ids"])
        for name, values in other["attrs"].items():
            self.attrs.setdefault(name, set()).update(values)
        self.any_value.update(other["any"])

    def add_script(self, text: str) -> None:
        """A script may build any element: every word in it might be a class, id or attribute."""
        words = set(re.findall(r"[A-Za-z_][\w-]*", text))
        self.tags |= {w.lower() for w in words}
        self.classes |= words
        self.ids |= words
        self.any_value |= words


def _strip_functional(selector: str) -> str:
    """The selector without the arguments of :not(…), :is(…) etc. (nested brackets included)."""
    out, i = [], 0
    for m in FUNCTIONAL.finditer(selector):
        if m.start() < i:
            continue
        out.append(selector[i:m.start()])
        depth, j = 1, m.end()
        while j < len(selector) and depth:
            depth += {"(": 1, ")": -1}.get(selector[j], 0)
            j += 1
        i = j
    out.append(selector[i:])
    return "".join(out)


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(prelude):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    parts.append(prelude[start:])
    return [p.strip() for p in parts if p.strip()]


def can_match(selector: str, vocab: Vocabulary) -> bool:
    required = _strip_functional(selector)
    if any(c not in vocab.classes for c in CLASS.findall(required)):
        return False
    if any(t.lower() not in vocab.tags for t in TAG.findall(required)):
        return False
    if any(i not in vocab.ids for i in ID.findall(required)):
        return False
    for name, op, value in ATTR.findall(required):
        if name not in vocab.attrs and name not in vocab.any_value:
            return False
        if op == "=" and name not in vocab.any_value and value.strip("\"'") not in vocab.attrs.get(name, ()):
            return False
    return True


def _declarations(content) -> list[tuple[str, str]]:
    out = []
    for item in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration":
            value = tinycss2.serialize(item.value).strip() + ("!important" if item.important else "")
            out.append((item.name if item.name.startswith("--") else item.lower_name, value))
    return out


def _prune(rules, vocab: Vocabulary) -> list:
    """The rules that can match, as ("rule", selectors, declarations) / ("at", head, rules) / ("raw", text)."""
    kept: list = []
    for rule in rules:
        if rule.type == "qualified-rule":
            prelude = tinycss2.serialize(rule.prelude).strip()
            selectors = [s for s in _split_selectors(prelude) if can_match(s, vocab)]
            if selectors:
                kept.append(("rule", ",".join(selectors), _declarations(rule.content)))
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _prune(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), vocab)
            if inner:
                kept.append(("at", f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}", inner))
        elif rule.type == "at-rule":
            kept.append(("raw", tinycss2.serialize([rule]).strip()))
    return kept


def _serialize(items, drop: set[str] = frozenset()) -> str:
    out = []
    for item in items:
        if item[0] == "rule":
            body = ";".join(f"{n}:{v}" for n, v in item[2] if n not in drop)
            if body:
                out.append(f"{item[1]}{{{body}}}")
        elif item[0] == "at":
            inner = _serialize(item[2], drop)
            if inner:
                out.append(f"{item[1]}{{{inner}}}")
        else:
            out.append(item[1])
    return "".join(out)


def _defined(items) -> set[str]:
    names: set[str] = set()
    for item in items:
        if item[0] == "rule":
            names |= {n for n, _ in item[2] if n.startswith("--")}
        elif item[0] == "at":
            names |= _defined(item[2])
    return names


def slim_css(css: str, vocab: Vocabulary) -> str:
    items = _prune(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), vocab)
    # custom properties nothing reads (the theme defines hundreds); one may read another, so repeat
    drop: set[str] = set()
    while True:
        text = _serialize(items, drop)
        used = set(re.findall(r"var\(\s*(--[\w-]+)", text))
        unused = _defined(items) - used - drop
        if not unused:
            return text
        drop |= unused


def vocabulary(pages: Iterable[Path], scripts: Iterable[Path], memo: Path | None = None) -> Vocabulary:
    """What the pages and scripts contain. ``memo`` keeps each page's own vocabulary under the hash
    of its bytes, so a rebuild parses only the pages that changed (parsing all takes seconds)."""
    known = json.loads(memo.read_text(encoding="utf-8")) if memo and memo.is_file() else {}
    kept: dict[str, dict] = {}
    vocab = Vocabulary()
    for page in pages:
        data = page.read_bytes()
        digest = key("vocabulary", data, layer="web")
        if digest not in known:
            one = Vocabulary()
            one.feed(data.decode("utf-8"))
            one.close()
            known[digest] = one.as_json()
        kept[digest] = known[digest]
        vocab.add(kept[digest])
    for script in scripts:
        vocab.add_script(script.read_text(encoding="utf-8"))
    if memo:
        memo.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo.with_name(memo.name + ".tmp")
        tmp.write_text(json.dumps(kept, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        tmp.replace(memo)
    return vocab


def inline_styles(site: Path, scripts: Iterable[str], classes: Iterable[str] = (), memo: Path | None = None) -> int:
    """Replace every page's stylesheet links by one <style> of the rules the site can use.

    ``scripts``: site-relative paths of our own scripts, whose classes count as used; ``classes``:
    classes that later steps add to pages (the offline copy's); ``memo``: see :func:`vocabulary`.
    Returns the size of the inlined CSS in bytes.
    """
    pages = sorted(site.rglob("*.html"))
    vocab = vocabulary(pages, [site / s for s in scripts], memo)
    vocab.classes.update(classes)
    cache: dict[tuple[str, ...], str] = {}
    size = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        links = LINK.findall(html)
        if not links:
            continue
        # the 404 page names its assets from the site root, since it is shown at any depth
        key = tuple(href.lstrip("/") if href.startswith("/") else
                    (page.parent / href).resolve().relative_to(site.resolve()).as_posix() for href in links)
        if key not in cache:
            # one sheet, so that a variable the theme defines and only our sheet reads is kept
            cache[key] = slim_css("\n".join((site / css).read_text(encoding="utf-8") for css in key), vocab)
        style = cache[key].replace("</", "<\\/")
        # the first link becomes the <style>, the others go
        first = LINK.search(html)
        html = html[:first.start()] + f"<style>{style}</style>\n" + LINK.sub("", html[first.start():])
        page.write_text(html, encoding="utf-8")
        size = max(size, len(style.encode()))
    return size
