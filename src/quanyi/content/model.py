"""The validated content model: what the loaders produce and the assembler consumes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from quanyi.content.documents import Document
from quanyi.content.markdown_file import MarkdownFile
from quanyi.content.searchwords import SearchWords


@dataclass
class Regulation:
    id: str
    name: dict[str, str]
    issuer: dict[str, str] | None
    number: str | None
    effective: dt.date | None
    source: str | None
    official_title: bool = True  # false: ``name`` describes the document, it is not its title


@dataclass
class Province:
    code: str
    name: dict[str, str]
    short: dict[str, str]
    values: dict[str, dict]
    regulations: dict[str, Regulation]
    contacts: list[dict]
    path: Path
    lines: dict = field(default_factory=dict, repr=False)  # key path -> line in province.yml

    def line(self, *key) -> int:
        while key and key not in self.lines:
            key = key[:-1]
        return self.lines.get(key, 1)


@dataclass
class ValueSpec:
    """A kind of province data that text may refer to, e.g. ``minimum-wage``."""

    id: str
    kind: str
    label: dict[str, str]
    national: dict[str, dict[str, str]]  # form -> lang -> neutral wording


@dataclass
class Chapter:
    slug: str
    files: dict[str, MarkdownFile]  # lang -> file

    def title(self, lang: str) -> str:
        md = self.files[lang]
        first = next((h for h in md.headings if h.level == 1), None)
        return first.title if first else self.slug


@dataclass
class FirstStep:
    """A common problem on each edition's home page, leading to the section that answers it."""
    label: dict[str, str]
    chapter: str
    anchor: str


@dataclass
class Handbook:
    id: str
    path: Path
    title: dict[str, str]
    web: bool
    chapters: list[Chapter]
    reviewed: dt.date  # when the national text was last checked against the law
    first_steps: list[FirstStep] = field(default_factory=list)


@dataclass
class Overlay:
    province: str
    name: str  # file name, the same in both languages
    target: str
    operation: str
    regulations: list[str]
    files: dict[str, MarkdownFile]  # lang -> overlay file


@dataclass
class Update:
    """A dated legal update from ``handbooks/updates.yml``, in both languages."""

    id: str
    date: dt.date  # the day the change takes effect
    provinces: list[str]  # empty: national, shown in every edition
    sections: list[str]  # ids of the handbook sections it affects
    values: list[str]  # province data values it changes, e.g. minimum-wage
    title: dict[str, str]
    text: dict[str, str]  # plain sentences: also what stations send as text messages
    line: int  # line of the entry in updates.yml

    @property
    def national(self) -> bool:
        return not self.provinces

    def applies_to(self, edition: str) -> bool:
        return self.national or edition in self.provinces


@dataclass
class Project:
    root: Path
    handbooks: dict[str, Handbook]
    values: dict[str, ValueSpec]
    provinces: dict[str, Province]
    overlays: list[Overlay] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)  # newest first
    search_words: SearchWords | None = None  # handbooks/search-words.yml
    documents: list[Document] = field(default_factory=list)  # handbooks/documents.yml: the tools page, the appendix

    @property
    def web_handbook(self) -> Handbook:
        return next(h for h in self.handbooks.values() if h.web)

    def editions(self) -> list[str]:
        return ["national", *sorted(self.provinces)]

    def updates_for(self, edition: str) -> list[Update]:
        """National updates and those of ``edition``'s province, newest first."""
        return [u for u in self.updates if u.applies_to(edition)]
