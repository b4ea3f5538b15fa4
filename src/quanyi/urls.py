"""Every address the site has, in one place: the public site address and the language rule.

Chinese lives at the root and English under ``en/``; an edition is a folder
(``beijing/``, ``en/beijing/``) and each page a folder inside it (``beijing/wages/``).
Print files and offline copies sit in one shared ``downloads/`` folder. Paths here are
site-relative without a leading slash; ``*_url`` functions make them absolute.

The public address is ``site_url`` in ``mkdocs.yml`` unless ``QUANYI_SITE_URL`` is set; the web pages
(the renderer's generated config) and the print files both take it from :func:`site_url`. While it is a
placeholder (:func:`is_placeholder`), every print file is a draft: stamped on every page, no QR code.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ENV = "QUANYI_SITE_URL"
CONFIG = "mkdocs.yml"
PLACEHOLDER = "https://quanyi.example.org/"  # the address until the real one is set (mkdocs.yml carries it)
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "localhost", "127.0.0.1")
DOWNLOADS = "downloads/"
SEARCH_INDEX = "search-index/"  # the JavaScript builds the same paths: keep them in step
PRINT_KINDS = ("handbook", "booklet", "brochure")
SHARE = "assets/share/"
TOOLS = "tools"  # each edition's calculators and documents: beijing/tools/, en/beijing/tools/ (web/tools.py)
# the tools page's anchors: one per calculator, then the documents (one more per document in handbooks/documents.yml)
CALCULATORS = ("compensation", "double-wages", "overtime", "minimum-wage", "unpaid")
DOCUMENTS_ANCHOR = "documents"

# Short links: the alphabet leaves out characters that are easy to misread on a phone (0/O, 1/l/I).
SHORT = "23456789abcdefghijkmnpqrstuvwxyz"
KEY_LENGTH = 5


class _PlainLoader(yaml.SafeLoader):
    """mkdocs.yml may carry renderer-only tags (``!ENV``, ``!!python/name:``); only plain keys are read."""


_PlainLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def configured_site_url(root: Path) -> tuple[str | None, int]:
    """``site_url`` as written in the config, and its line (0 when not found); no environment."""
    try:
        return _site_url_in((root / CONFIG).read_text(encoding="utf-8"))
    except OSError:
        return None, 0


@functools.lru_cache(maxsize=8)  # a build asks once per edition; the config is read each time, parsed once
def _site_url_in(text: str) -> tuple[str | None, int]:
    try:
        data = yaml.load(text, Loader=_PlainLoader) or {}
    except yaml.YAMLError:
        return None, 0
    line = next((n for n, s in enumerate(text.splitlines(), start=1) if s.startswith("site_url:")), 0)
    url = data.get("site_url") if isinstance(data, dict) else None
    return (str(url) if url else None), line


def site_url(root: Path) -> str:
    """The public address, ending in ``/``: ``$QUANYI_SITE_URL``, else ``site_url`` of mkdocs.yml.

    Without either, :data:`PLACEHOLDER`, which :func:`is_placeholder` recognises.
    """
    url = os.environ.get(ENV) or configured_site_url(root)[0] or PLACEHOLDER
    return url if url.endswith("/") else url + "/"


def is_placeholder(url: str) -> bool:
    """True for addresses that reach no public site (example.org, localhost …) or are not web addresses."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        return True
    return any(host == h or host.endswith("." + h) for h in PLACEHOLDER_HOSTS)


def lang_root(lang: str) -> str:
    """The language's folder: ``""`` for Chinese (the root), ``en/`` for English."""
    return "" if lang == "zh" else f"{lang}/"


def edition_path(lang: str, edition: str, page: str | None = None) -> str:
    """``beijing/``, ``en/beijing/``, ``en/beijing/wages/``."""
    return lang_root(lang) + f"{edition}/" + (f"{page}/" if page and page != "index" else "")


def site_page_path(lang: str, page: str) -> str:
    """A page outside the editions: ``about/``, ``en/about/``; ``""`` and ``en/`` for the home page."""
    return lang_root(lang) + ("" if page == "index" else f"{page}/")


def page_url(base: str, lang: str, edition: str, page: str) -> str:
    """Absolute address of an edition page, e.g. ``https://…/en/beijing/whats-new/``."""
    return base + edition_path(lang, edition, page)


def tools_url(base: str, lang: str, edition: str) -> str:
    """The edition's calculators and documents, e.g. ``https://…/en/beijing/tools/``: printed where a handbook
    points to them (a PDF cannot hold a calculator)."""
    return page_url(base, lang, edition, TOOLS)


def edition_url(base: str, lang: str, edition: str) -> str:
    """The edition's home page, where print files point readers."""
    return base.rstrip("/") + "/" + edition_path(lang, edition)


def feed_path(lang: str, edition: str) -> str:
    return edition_path(lang, edition) + "feed.xml"


FEED_STYLE = "assets/feed.xsl"
"""The stylesheet that shows any feed, in either language, as a page (``<?xml-stylesheet?>`` in every feed)."""


def feed_url(base: str, lang: str, edition: str) -> str:
    return base + feed_path(lang, edition)


def short_key(edition: str, update_id: str) -> str:
    """A few characters naming one update in one edition; the same in every build."""
    n = int.from_bytes(hashlib.sha256(f"{edition}/{update_id}".encode()).digest()[:8], "big")
    key = ""
    for _ in range(KEY_LENGTH):
        n, r = divmod(n, len(SHORT))
        key += SHORT[r]
    return key


def short_path(lang: str, edition: str, update_id: str) -> str:
    """Site path of the short link: ``u/<key>/`` (Chinese), ``en/u/<key>/`` (English)."""
    return lang_root(lang) + f"u/{short_key(edition, update_id)}/"


def short_link(base: str, lang: str, edition: str, update_id: str) -> str:
    return base + short_path(lang, edition, update_id)


def download_name(edition: str, lang: str, kind: str) -> str:
    """``beijing-zh-handbook.pdf``; ``kind`` is a print kind or ``offline`` (a zip)."""
    return f"{edition}-{lang}-{kind}." + ("zip" if kind == "offline" else "pdf")


def download_path(edition: str, lang: str, kind: str) -> str:
    return DOWNLOADS + download_name(edition, lang, kind)


def share_card_path(edition: str | None, lang: str) -> str:
    """The picture a shared link shows: ``assets/share/beijing-zh.png``; ``site-zh.png`` for pages of no edition."""
    return f"{SHARE}{edition or 'site'}-{lang}.png"


def search_index_path(lang: str, edition: str) -> str:
    """The search index of one edition in one language (read by overrides/assets/quanyi-search.js)."""
    return f"{SEARCH_INDEX}{lang}/{edition}.json"


def search_words_path(lang: str) -> str:
    """Worker words, pinyin and traditional-character tables: one file per language, shared by every edition."""
    return f"{SEARCH_INDEX}{lang}/words.json"


def search_script_path(path: str) -> str:
    """The same search file as a script (``….js``), for the offline copy: file:// pages cannot fetch JSON."""
    return path.removesuffix(".json") + ".js"


def relative(from_path: str, to_path: str) -> str:
    """A relative link from the page at site path ``from_path`` (a folder, ``en/beijing/wages/``) to ``to_path``."""
    depth = from_path.count("/")
    return "../" * depth + to_path
