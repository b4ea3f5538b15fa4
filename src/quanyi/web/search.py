"""Search: one Pagefind index per edition, Chinese segmented by jieba with our user dictionary.

Pagefind's extended build segments Chinese itself, with jieba's default dictionary and
no way to add words: 劳动仲裁 becomes 劳动 / 仲裁, and the browser's segmenter may split a
query differently again, so that nothing matches. Instead each edition's Chinese pages are
indexed from a copy in which jieba, with ``handbooks/search-terms.txt`` as user dictionary,
has put spaces between the words, under a private language tag that Pagefind does not
segment; the index is then filed under ``zh`` again. The browser splits a query against the
list of indexed words (``pagefind/words-zh.json``; see overrides/assets/quanyi-search.js),
so queries split exactly where the index does. English pages are indexed as they are.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable
from html.parser import HTMLParser
from pathlib import Path

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
UNSEGMENTED = "qaa"  # a private-use language tag: Pagefind leaves its words as we split them
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class SearchIndexError(Exception):
    pass


def load_terms(path: Path) -> list[str]:
    """The user dictionary: one term a line; ``#`` starts a comment."""
    if not path.exists():
        return []
    terms = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return sorted({t for t in terms if t})


def tokenizer(terms: Iterable[str]) -> Callable[[str], list[str]]:
    """Split Chinese text into words: the user's terms always whole, everything else short.

    Terms are found first, so jieba never splits one. jieba alone keeps phrases like
    拖欠工资 or 社会保险费 whole, and a search matches only the start of a word: 保险 would
    not find 社会保险费. So jieba's other long words are split into two-character dictionary
    words, which every query can match. No HMM: words are dictionary words or single characters.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba 0.42 imports the deprecated pkg_resources
        import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    # longest first, so that 经济补偿金 wins over 经济补偿
    term = re.compile("|".join(map(re.escape, sorted(set(terms), key=len, reverse=True))) or r"(?!)")

    def short(word: str) -> list[str]:
        if len(word) <= 2 or not HAN.fullmatch(word):
            return [word]
        out, i = [], 0
        while i < len(word):
            n = 2 if tk.FREQ.get(word[i:i + 2]) else 1
            out.append(word[i:i + n])
            i += n
        return out

    def plain(text: str) -> list[str]:
        return [part for w in tk.cut(text, HMM=False) if w.strip() for part in short(w)]

    def cut(text: str) -> list[str]:
        out, last = [], 0
        for m in term.finditer(text):
            out += plain(text[last:m.start()]) + [m.group(0)]
            last = m.end()
        return out + plain(text[last:])

    return cut


class _Presegment(HTMLParser):
    """Copies a page, putting spaces between the Chinese words of the text Pagefind indexes.

    Indexed text is inside ``data-pagefind-body`` and outside ``data-pagefind-ignore``;
    the words found there are collected, because only they can match a query.
    """

    def __init__(self, cut: Callable[[str], list[str]], words: set[str]):
        super().__init__(convert_charrefs=False)
        self.cut, self.words, self.out = cut, words, []
        self.stack: list[tuple[str, bool]] = []

    def _indexed(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID:
            return
        names = {name for name, _ in attrs}
        indexed = (self._indexed() or "data-pagefind-body" in names) and "data-pagefind-ignore" not in names
        self.stack.append((tag, indexed and tag not in ("script", "style")))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self._indexed():
            data = HAN.sub(self._split, data)
        self.out.append(data)

    def _split(self, m: re.Match) -> str:
        words = self.cut(m.group(0))
        self.words.update(words)
        return " " + " ".join(words) + " "

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")


def presegment(html: str, cut: Callable[[str], list[str]], words: set[str]) -> str:
    parser = _Presegment(cut, words)
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    return re.sub(r'<html lang="zh"', f'<html lang="{UNSEGMENTED}"', text, count=1)


def index_editions(site: Path, editions: list[str], terms_file: Path | None = None) -> None:
    """Write ``site/pagefind/<edition>/`` for every edition and ``site/pagefind/words-zh.json``."""
    cut = tokenizer(load_terms(terms_file) if terms_file else [])
    words: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for code in editions:
            copy = Path(tmp) / code
            for prefix, lang in ((code, "zh"), (f"en/{code}", "en")):
                for page in sorted((site / prefix).rglob("*.html")):
                    target = copy / page.relative_to(site)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    if lang == "zh":
                        target.write_text(presegment(page.read_text(encoding="utf-8"), cut, words), encoding="utf-8")
                    else:
                        shutil.copyfile(page, target)
            _pagefind(copy, site / "pagefind" / code, code)
    (site / "pagefind" / "words-zh.json").write_text(
        json.dumps(sorted(words), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _pagefind(source: Path, output: Path, code: str) -> None:
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output),
                             "--silent"], capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {code}: {(result.stderr or result.stdout)[-2000:]}")
    entry_file = output / "pagefind-entry.json"
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    languages = entry["languages"]
    if UNSEGMENTED in languages:
        # Pagefind picks the index by the page's <html lang>: file ours under zh again
        languages["zh"] = languages.pop(UNSEGMENTED)
    # languages come out in random order; sorted, two builds of one commit are identical
    entry_file.write_text(json.dumps(entry, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    # only pagefind.js, its WebAssembly and the index are used: our own script shows the results
    for unused in ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                   "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"):
        (output / unused).unlink(missing_ok=True)
