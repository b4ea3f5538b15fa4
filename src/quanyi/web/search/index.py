"""Write the search files: one index per edition and language, one word file per language.

``search-index/<lang>/<edition>.json`` holds that edition's sections as plain text (the
browser finds words in it directly, so no word list or segmenter can disagree with the
text); ``search-index/<lang>/words.json`` the worker words, the key terms with their
readings, and the pinyin and traditional-character tables. Both are small enough to fetch
whole on a slow phone connection; the word file is the same for every edition, so a
reader who changes province fetches it once.
"""

from __future__ import annotations

import json
from pathlib import Path

from quanyi.cache import Store, key
from quanyi.content.searchwords import Lexicon, SearchWords
from quanyi.strings import LANGS
from quanyi.urls import edition_path, search_index_path, search_words_path
from quanyi.web.search import tables
from quanyi.web.search.sections import cut, tidy


class SearchIndexError(Exception):
    pass


def edition_index(site: Path, lang: str, edition: str) -> dict:
    """``{"pages": [[path, title]], "docs": [[page, anchor, heading, text, citations]]}``."""
    folder = site / edition_path(lang, edition)
    pages, docs = [], []
    for html in sorted(folder.rglob("index.html")):
        title, sections = cut(html.read_text(encoding="utf-8"))
        if not sections:
            continue
        path = html.parent.relative_to(site).as_posix() + "/"
        page = len(pages)
        pages.append([path, tidy(title)])
        for section in sections:
            body, cites = section.text()
            docs.append([page, section.anchor, tidy(section.heading), body, cites])
    return {"pages": pages, "docs": docs}


def words_file(lexicon: Lexicon, lang: str, characters: set[str]) -> dict:
    out: dict = {"words": lexicon.words, "same": lexicon.same, "ignore": lexicon.ignore}
    if lang == "zh":
        terms = tables.term_readings(lexicon.terms)
        sounds = {tables.fuzzy(s) for _, reading in terms for s in reading.split()}
        out["terms"] = terms
        out["readings"] = tables.readings(set(tables.common_characters()) | characters, sounds)
        out["traditional"] = tables.traditional(characters)
    return out


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")


def index_editions(site: Path, editions: list[str], words: SearchWords, reuse: Store | None = None) -> None:
    """Write every edition's index and each language's word file into ``site``.

    ``reuse``: an edition's index is copied from it when the edition's pages are the same bytes.
    """
    for lang in LANGS:
        characters: set[str] = set()
        for edition in editions:
            target = site / search_index_path(lang, edition)
            pages = sorted((site / edition_path(lang, edition)).rglob("index.html"))
            entry = key(*(p.relative_to(site).as_posix().encode() + b"\0" + p.read_bytes() for p in pages), layer="web")
            if reuse is not None and reuse.fetch(entry, {"index.json": target}):
                index = json.loads(target.read_text(encoding="utf-8"))
            else:
                index = edition_index(site, lang, edition)
                if not index["docs"]:
                    raise SearchIndexError(f"search: the {lang} {edition} edition has no pages to index "
                                           "(overrides/main.html marks them with data-search-body)")
                _write(target, index)
                if reuse is not None:
                    reuse.keep(entry, {"index.json": target})
            for doc in index["docs"]:
                characters.update(doc[2] + doc[3])
        _write(site / search_words_path(lang), words_file(words.get(lang), lang, characters))
