"""``handbooks/documents.yml``: the documents a worker fills in (a demand letter, an arbitration application …).

Each has an id (its anchor on the tools page), a name and an explanation in both languages, and its
text in Chinese, with every place to fill written as 【…】. The web edition offers them as boxes to
fill in; every printed handbook carries them blank in its appendix. The explanations and the texts
are checked for citations like the chapters (:meth:`Document.texts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.content import schema as s
from quanyi.content.yamlfile import Located, load
from quanyi.problems import Problems

FILE = "documents.yml"
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BLANK = re.compile(r"【([^【】]*)】")
# the unpaid-wages calculator writes its total into the demand letter here (overrides/assets/quanyi-tools.js)
FILLED_BY_TALLY = ("demand-letter", "共欠【金额】元")

ITEM = s.Map({
    "id": s.Field(s.Str()),
    "name": s.Field(s.lang_text()),
    "about": s.Field(s.lang_text()),
    "text": s.Field(s.Str()),
}, description="a document: id, name, about and text")


class _Any(s.Rule):
    description = "a document"

    def check(self, value, key, ctx):
        pass  # each document is checked on its own (load_documents), so that every mistake is reported at once


SCHEMA = s.Map({"documents": s.Field(s.List(_Any(), min_items=1))}, description="a list of documents")


@dataclass
class TextLines:
    """Some lines of a document as the citation check reads a chapter: lines, and where each is in the file."""

    path: Path
    lines: list[str]
    first: int  # the file's line of lines[0]

    def line_no(self, index: int) -> int:
        return self.first + index


@dataclass
class Document:
    id: str
    name: dict[str, str]
    about: dict[str, str]
    text: str  # Chinese; 【…】 marks a place to fill
    path: Path = field(repr=False)
    lines: dict[str, int] = field(default_factory=dict, repr=False)  # "about.zh", "text" … -> line in the file

    @property
    def title(self) -> str:
        """The document's own heading: the first line of its text."""
        return self.text.strip().split("\n", 1)[0]

    def texts(self) -> list[TextLines]:
        """Its explanations and its text, for the citation check."""
        out = [TextLines(self.path, [self.about[lang]], self.lines[f"about.{lang}"]) for lang in self.about]
        # a block (text: |-) starts on the line after its key; one line may stand on the key's own
        lines = self.text.split("\n")
        out.append(TextLines(self.path, lines, self.lines["text"] + (len(lines) > 1)))
        return out


def load_documents(content: Path, problems: Problems) -> list[Document]:
    """The documents of ``content/documents.yml``, in its order; [] when the file does not exist."""
    path = content / FILE
    if not path.exists():
        return []
    doc = load(path, problems)
    if doc is None or not s.validate(SCHEMA, doc, problems):
        return []
    documents: list[Document] = []
    seen: dict[str, int] = {}
    ctx = s.Ctx(doc, problems)
    for i, item in enumerate(doc.data["documents"]):
        ITEM.check(item, ("documents", i), ctx)
        if not _usable(item):
            continue  # reported by the schema
        line = doc.line(("documents", i, "id"))
        if item["id"] in seen:
            problems.error(path, line, f"document id '{item['id']}' is already used on line {seen[item['id']]}",
                           "give each document its own id")
        seen.setdefault(item["id"], line)
        # kept even when its text has a mistake: the citation check still reads it, and the errors stop the build
        documents.append(_document(doc, i, item, problems))
    return documents


def _usable(item) -> bool:
    def both(value) -> bool:
        return isinstance(value, dict) and all(isinstance(value.get(lang), str) for lang in ("zh", "en"))

    return (isinstance(item, dict) and isinstance(item.get("id"), str) and isinstance(item.get("text"), str)
            and both(item.get("name")) and both(item.get("about")))


def _document(doc: Located, i: int, item: dict, problems: Problems) -> Document:
    key = ("documents", i)
    text = item["text"]
    if not ID.match(item["id"]):
        problems.error(doc.path, doc.line((*key, "id")), f"document id '{item['id']}' is not a plain id",
                       "use small letters, digits and hyphens only, e.g. demand-letter")
    rest = BLANK.sub("", text)
    if "【" in rest or "】" in rest:
        problems.error(doc.path, doc.line((*key, "text")), "a 【 or 】 in the text has no partner",
                       "write each place to fill as 【what goes here】, with both brackets")
    elif not BLANK.search(text):
        problems.error(doc.path, doc.line((*key, "text")), "the text has no place to fill",
                       "mark each place the worker fills in as 【…】, e.g. 【姓名】")
    tally, place = FILLED_BY_TALLY
    if item["id"] == tally and place not in text:
        problems.error(doc.path, doc.line((*key, "text")), f"the demand letter no longer says {place}",
                       f"keep {place} in its text: the unpaid-wages calculator writes its total there")
    lines = {name: doc.line((*key, name)) for name in ("id", "text")}
    lines |= {f"about.{lang}": doc.line((*key, "about", lang)) for lang in ("zh", "en")}
    return Document(item["id"], item["name"], item["about"], text.strip("\n"), doc.path, lines)
