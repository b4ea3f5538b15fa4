"""Search: our own small index per edition and language, searched in the browser.

See index.py for the files, sections.py for what a result is, tables.py for pinyin and
traditional characters, and overrides/assets/quanyi-search.js for the matching itself.
"""

from quanyi.web.search.index import SearchIndexError, index_editions

__all__ = ["SearchIndexError", "index_editions"]
