"""``handbooks/search-words.yml``: the words workers type, mapped to the handbook's words.

Per language: ``terms`` (key terms that search also finds typed in pinyin or with a
same-sounding wrong character), ``words`` (what a worker types -> the handbook words it
means, one way), ``same`` (groups of words that find each other) and ``ignore`` (question
words and fillers a query is searched without). Checked here for shape; whether each
handbook word really occurs in the text is checked against the chapters in checks/.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.content import schema as s
from quanyi.content.yamlfile import Located, load
from quanyi.problems import Problems
from quanyi.strings import LANGS

FILE = "search-words.yml"

WORD = s.Str()
LEXICON = s.Map({
    "terms": s.Field(s.List(WORD), required=False),
    "words": s.Field(s.DictOf(s.List(WORD, min_items=1)), required=False),
    "same": s.Field(s.List(s.List(WORD, min_items=2)), required=False),
    "ignore": s.Field(s.List(WORD), required=False),
}, description="terms, words, same and ignore")
SCHEMA = s.Map({lang: s.Field(LEXICON, required=False) for lang in LANGS},
               description="a section for each language (zh, en)")


def fold(word: str) -> str:
    """The form search compares: full-width letters and digits made plain, lower case."""
    return " ".join(unicodedata.normalize("NFKC", word).lower().split())


@dataclass
class Lexicon:
    terms: list[str] = field(default_factory=list)
    words: dict[str, list[str]] = field(default_factory=dict)
    same: list[list[str]] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict, repr=False)  # handbook word -> first line naming it

    def targets(self) -> list[str]:
        """Every handbook word the file names: what must occur in the text."""
        seen = dict.fromkeys([*self.terms, *(t for ts in self.words.values() for t in ts),
                              *(w for group in self.same for w in group)])
        return list(seen)


@dataclass
class SearchWords:
    path: Path
    lexicons: dict[str, Lexicon]

    def get(self, lang: str) -> Lexicon:
        return self.lexicons.get(lang) or Lexicon()


def load_search_words(content: Path, problems: Problems) -> SearchWords:
    path = content / FILE
    if not path.exists():
        return SearchWords(path, {})
    doc = load(path, problems)
    if doc is None:
        return SearchWords(path, {})
    s.validate(SCHEMA, doc, problems)
    # go on where the shape allows, so that every mistake is reported at once
    data = doc.data if isinstance(doc.data, dict) else {}
    return SearchWords(path, {lang: _lexicon(doc, lang, problems) for lang in LANGS
                              if isinstance(data.get(lang), dict)})


def _lexicon(doc: Located, lang: str, problems: Problems) -> Lexicon:
    data = doc.data[lang]
    lex = Lexicon()
    seen: dict[str, tuple] = {}

    def word(value: str, key: tuple) -> str | None:
        text = fold(value)
        if not text:
            problems.error(doc.path, doc.line(key), f"'{'.'.join(map(str, key))}' is empty",
                           "write a word or remove the line")
            return None
        for bad, cause in (("：", "a Chinese input method's '：'"), ("，", "a Chinese input method's '，'"),
                           ("、", "'、' between words")):
            if bad in value:
                problems.error(doc.path, doc.line(key), f"'{value}' contains {cause}",
                               "write each word as its own list item, separated by a half-width comma ','")
                return None
        return text

    def remember(text: str, key: tuple) -> None:
        lex.lines.setdefault(text, doc.line(key))

    def listed(name: str, kind: type) -> list | dict:
        value = data.get(name)
        return value if isinstance(value, kind) else kind()

    for i, term in enumerate(listed("terms", list)):
        if isinstance(term, str) and (t := word(term, (lang, "terms", i))) is not None:
            lex.terms.append(t)
            remember(t, (lang, "terms", i))
    for typed, means in listed("words", dict).items():
        key = (lang, "words", typed)
        if (t := word(str(typed), key)) is None:
            continue
        if t in seen:
            problems.error(doc.path, doc.line(key), f"'{typed}' is listed twice (also on line {doc.line(seen[t])})",
                           "keep one entry and put all the handbook words it means in it")
            continue
        seen[t] = key
        targets = [w for j, m in enumerate(means if isinstance(means, list) else [])
                   if isinstance(m, str) and (w := word(m, key + (j,))) is not None]
        for j, w in enumerate(targets):
            remember(w, key + (j,))
        lex.words[t] = targets
    for i, group in enumerate(listed("same", list)):
        members = [w for j, m in enumerate(group if isinstance(group, list) else [])
                   if isinstance(m, str) and (w := word(m, (lang, "same", i, j))) is not None]
        for j, w in enumerate(members):
            remember(w, (lang, "same", i, j))
        lex.same.append(members)
    for i, stop in enumerate(listed("ignore", list)):
        if isinstance(stop, str) and (t := word(stop, (lang, "ignore", i))) is not None:
            lex.ignore.append(t)
    return lex
