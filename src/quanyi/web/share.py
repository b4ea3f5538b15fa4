"""What a shared link shows: each page's description, address and share card, in its front matter.

Chat apps show a link as its title, a line or two of text and a picture. The text is the page's
own first lines, so that a link to the wages chapter says what the wages chapter says, in the
page's language; pages without text of their own get a line from the string catalogue that
names the edition. ``overrides/main.html`` turns these keys into the ``<head>`` tags.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from quanyi.content.markdown_file import FENCE
from quanyi.content.yamlfile import fast_dump, fast_load
from quanyi.strings import strings
from quanyi.urls import edition_path, share_card_path, site_page_path, site_url

# what the Open Graph readers expect (language_TERRITORY); the English text is written in British English
LOCALES = {"zh": "zh_CN", "en": "en_GB"}
CARD_SIZE = (1200, 630)
# a description is a preview, not the page: about two lines of a chat bubble
LIMITS = {"zh": 100, "en": 160}
# below this, a cut at a clause or word gives a fuller preview than a cut at a sentence
FULL_ENOUGH = 0.6

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# chrome around the text: the edition switch and search form (what search ignores), noscript notes, button rows
CHROME = re.compile(r"<(\w+)\b[^>]*(data-search-ignore|class=\"quanyi-)|<(noscript|nav|form|details)\b")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
LINK = re.compile(r"!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)")
ATTR_LIST = re.compile(r"\{[:#.][^}]*\}|\{\s+[.#][^}]*\}")
EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
CJK_GAP = re.compile(f"(?<=[{CJK}])\\s+(?=[{CJK}])")
SENTENCE_END = {"zh": "。！？；", "en": ".!?;"}
CLAUSE_END = {"zh": "，、：", "en": ",:"}


def _blocks(markdown: str):
    """The page's text blocks (paragraphs and lists) in order, each as its raw lines."""
    block: list[str] = []
    skip_until = None  # closing tag of a chrome element being skipped
    in_fence = in_admonition = False
    for line in FRONT_MATTER.sub("", markdown).split("\n"):
        if skip_until:
            if skip_until in line:
                skip_until = None
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_admonition and (not line.strip() or line.startswith("    ")):
            continue
        in_admonition = False
        stripped = line.strip()
        chrome = CHROME.match(stripped)
        if chrome:
            tag = chrome.group(1) or chrome.group(3)
            if f"</{tag}>" not in stripped:
                skip_until = f"</{tag}>"
        if not stripped or chrome or stripped.startswith(("#", "<", "|", "!!!", "???", "---", "{:", "***")) \
                or (line.startswith("    ") and not block):
            in_admonition = stripped.startswith(("!!!", "???"))
            if block:
                yield block
            block = []
            continue
        block.append(line)
    if block:
        yield block


def _plain(text: str) -> str:
    """Markdown and HTML markup off, entities decoded, whitespace collapsed."""
    text = LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), text)
    text = ATTR_LIST.sub("", text)
    text = re.sub(r"</?[A-Za-z][^>]*>", " ", text)  # tags, not "5 < 6"
    for _ in range(2):  # **bold *inside* bold**
        text = EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text.replace("`", ""))
    return _collapse(html.unescape(text))


def _collapse(text: str) -> str:
    # a line break inside Chinese text is no space between words
    return CJK_GAP.sub("", re.sub(r"\s+", " ", text).strip())


def _text(block: list[str]) -> str:
    """A paragraph's text; a list's items one after another, each a sentence."""
    if not LIST_ITEM.match(block[0]):
        return _plain(" ".join(block))
    items: list[str] = []
    for line in block:
        if LIST_ITEM.match(line) or not items:
            items.append(LIST_ITEM.sub("", line))
        else:
            items[-1] += " " + line.strip()
    return _collapse(" ".join(_plain(item) for item in items))


def _is_prose(block: list[str], text: str) -> bool:
    # a list of links (the edition list, "updated on" notes) is navigation; a line ending in a colon
    # only introduces what follows (a table, a list of links) and says nothing alone
    words = _plain(LINK.sub("", " ".join(block)))
    return len(re.findall(rf"[\w{CJK}]", words)) >= 4 and not text.endswith(("：", ":"))


def first_lines(markdown: str) -> str:
    """The page's first real text, markup stripped (``""`` when it has none)."""
    for block in _blocks(markdown):
        text = _text(block)
        if _is_prose(block, text):
            return text
    return ""


def cut(text: str, lang: str) -> str:
    """At most ``LIMITS[lang]`` characters: whole sentences, or else up to a clause or word and "…"."""
    limit = LIMITS[lang]
    if len(text) <= limit:
        return text

    def last(marks: str, within: int) -> int:
        # just after the last mark that fits; in English only where a space follows (not "3.5", "e.g.x")
        ends = [i + 1 for i, c in enumerate(text[:within])
                if c in marks and (lang == "zh" or text[i + 1:i + 2] in (" ", ""))]
        return ends[-1] if ends else 0

    end = last(SENTENCE_END[lang], limit)
    if end >= limit * FULL_ENOUGH:
        head = text[:end]
        return head[:-1] + ("。" if lang == "zh" else ".") if head[-1] in "；;" else head
    end = last(CLAUSE_END[lang], limit - 1)
    if end < limit * FULL_ENOUGH and lang == "en":
        end = text.rfind(" ", 0, limit - 1)
    if end < limit * FULL_ENOUGH:
        end = limit - 1
        while end > limit * FULL_ENOUGH and (text[end - 1] + text[end]).isascii() and text[end - 1:end + 1].isalnum():
            end -= 1  # not inside a number or a word written in Latin letters
    return text[:end].rstrip(" ，、：,:;") + "…"


def fallback(lang: str, handbook: str, edition: str | None = None) -> str:
    """For a page without text of its own: the handbook, the edition (or all of them) and the hotlines."""
    t = strings(lang, "share")
    return t["description"].format(handbook=handbook, edition=edition or t["editions"])


def describe(markdown: str, lang: str, handbook: str, edition: str | None = None) -> str:
    return cut(first_lines(markdown), lang) or fallback(lang, handbook, edition)


def page_path(rel: str) -> tuple[str, str, str]:
    """Language, site path and page name of a tree file: ``en/beijing/wages.md`` -> en, ``en/beijing/wages/``."""
    lang, _, rest = rel.partition("/")
    folder, _, name = rest.removesuffix(".md").rpartition("/")
    if folder:
        return lang, edition_path(lang, folder, name), name
    return lang, site_page_path(lang, name), name


def add_share_meta(root: Path, handbooks: dict[str, str], files: dict[str, str | Path]) -> None:
    """Add ``description`` (unless the page has one) and ``share`` to the front matter of every page of the tree.

    ``handbooks`` is the handbook's title by language; an edition page's own title and edition
    name are in its front matter already.
    """
    base = site_url(root)
    for rel, text in files.items():
        if not rel.endswith(".md") or not isinstance(text, str):
            continue
        m = FRONT_MATTER.match(text)
        meta = (fast_load(m.group(1)) or {}) if m else {}
        body = text[m.end():] if m else text
        lang, path, _ = page_path(rel)
        handbook = meta.get("handbook") or handbooks[lang]
        edition = meta.get("edition")
        # one given in the front matter was written as Markdown, and hotlines in it made links
        given = _plain(meta.get("description") or "")
        meta["description"] = given or describe(body, lang, handbook, meta.get("edition_name"))
        alt = strings(lang, "share")["image-alt"].format(
            handbook=handbook, edition=meta.get("edition_name") or strings(lang, "share")["editions"])
        meta["share"] = {"url": base + path, "image": base + share_card_path(edition, lang),
                         "width": CARD_SIZE[0], "height": CARD_SIZE[1], "alt": alt, "locale": LOCALES[lang]}
        files[rel] = "\n".join(["---", fast_dump(meta, allow_unicode=True, sort_keys=True, width=1000).strip(),
                                "---", "", body.lstrip("\n")])
