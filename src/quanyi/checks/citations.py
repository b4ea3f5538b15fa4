"""Citations of law and article in the text, checked against the statute texts.

Chinese: ``《劳动合同法》第四十七条`` (several: ``第四十六条、第四十七条``).
English: ``Labour Contract Law, Article 47`` (several: ``Articles 46 and 47``).
Every law cited must be in the statute corpus (``reference/statutes/``: ``index.yml`` names
each law's short name, English name and file; one ``第N条`` paragraph per article), with the
article. A province's own regulations, declared with their official titles in its
``province.yml``, may be cited too; their articles are checked only where the corpus has
their text. A missing corpus is an error, never a silent skip.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

NUM = "零一二三四五六七八九十百千"
ZH_CITATION = re.compile(rf"《([^《》]+)》((?:第[{NUM}]+条(?:之[{NUM}]+)?(?:第[{NUM}]+款)?(?:、|和|及|，)?)+)")
ZH_ARTICLE = re.compile(rf"第([{NUM}]+)条(之[{NUM}]+)?")


def _en_citation(names) -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"({alternatives}),? Articles? (\d+(?:(?:, | and |, and |–|-)\d+)*)")


@functools.lru_cache(maxsize=8)
def _english(names: frozenset[tuple[str, str]]) -> tuple[dict[str, str], re.Pattern]:
    """English names (to zh) and their pattern: made once per check, not per file."""
    en = {e: zh for zh, e in names}
    return en, _en_citation(en)
EN_ANY_ARTICLE = re.compile(r"\bArticles? \d+")
ZH_ANY_ARTICLE = re.compile(rf"第[{NUM}]+条")
# 第99条, 第９９条 (a phone's full-width digits): the statutes number in Chinese, so such a citation
# could never be checked against them
ZH_DIGIT_ARTICLE = re.compile(r"第\s*([0-9０-９]+)\s*条")


@dataclass(frozen=True)
class Citation:
    law: str  # zh short name, or the unknown name as written
    article: str  # Chinese numeral, e.g. 四十七
    line: int  # 0-based line index in the text


def zh_numeral(n: int) -> str:
    """An article number as statutes write it: 47 -> 四十七, 110 -> 一百一十, 1165 -> 一千一百六十五."""
    digits = "零一二三四五六七八九"

    def below_100(k: int, after_higher: bool) -> str:
        tens, units = divmod(k, 10)
        if tens == 0:
            return digits[units]
        head = ("" if tens == 1 and not after_higher else digits[tens]) + "十"
        return head + (digits[units] if units else "")

    if n < 100:
        return below_100(n, False)
    parts, rest = [], n
    for value, name in ((1000, "千"), (100, "百")):
        if n >= value:
            q, rest = divmod(rest, value)
            if q:
                parts.append(digits[q] + name)
            elif parts and rest:
                parts.append("零")
    if rest:
        if rest < 10 or (parts and not parts[-1].endswith("百")):
            if not parts[-1] == "零":
                parts.append("零")
        parts.append(below_100(rest, True))
    return "".join(parts)


def _en_articles(text: str) -> list[str]:
    """Article numbers of an English citation, as the statute texts number them.

    ``46 and 47`` and ``17–18`` (a range); ``276-1`` is an added article (第二百七十六条之一).
    """
    nums = [int(x) for x in re.findall(r"\d+", text)]
    if re.search(r"\d+(–|-)\d+", text) and len(nums) == 2:
        if nums[1] < nums[0]:
            return [zh_numeral(nums[0]) + "之" + zh_numeral(nums[1])]
        return [zh_numeral(n) for n in range(nums[0], nums[1] + 1)]
    return [zh_numeral(n) for n in nums]


def find(lines: list[str], names: dict[str, str]) -> tuple[list[Citation], list[tuple[int, str]]]:
    """Citations in ``lines``, and article mentions that name no known law.

    ``names`` maps the zh names that may be cited (the corpus's short names, the official titles
    of local regulations) to their English names.
    """
    en_names, en_citation = _english(frozenset(names.items()))
    found, stray = [], []
    for i, line in enumerate(lines):
        covered = []
        for m in ZH_CITATION.finditer(line):
            covered.append(m.span())
            for art, suffix in ZH_ARTICLE.findall(m.group(2)):
                found.append(Citation(m.group(1), art + suffix, i))
        for m in en_citation.finditer(line):
            covered.append(m.span())
            for article in _en_articles(m.group(2)):
                found.append(Citation(en_names[m.group(1)], article, i))
        for pattern in (ZH_ANY_ARTICLE, EN_ANY_ARTICLE):
            for m in pattern.finditer(line):
                if not any(a <= m.start() < b for a, b in covered):
                    stray.append((i, m.group(0)))
    return found, stray


class Statutes:
    """The statute corpus: ``index.yml`` (short name, English name, file, partial or not) and the texts."""

    INDEX = "index.yml"

    def __init__(self, folder: Path):
        self.folder = folder
        self.english: dict[str, str] = {}  # zh short name -> English name
        self.articles: dict[str, set[str]] = {}
        self.files: dict[str, str] = {}
        self.partial: set[str] = set()
        for entry in yaml.safe_load((folder / self.INDEX).read_text(encoding="utf-8")) or []:
            short = entry["short"]
            self.english[short] = entry["en"]
            self.files[short] = entry["file"]
            if entry.get("partial"):
                self.partial.add(short)
            text = (folder / entry["file"]).read_text(encoding="utf-8")
            found = {a + s for a, s in re.findall(rf"^第([{NUM}]+)条(之[{NUM}]+)?", text, re.M)}
            if entry.get("numbering"):  # numbered 一、二、… instead of 第N条: cited as 第一条, 第二条 …
                found |= set(re.findall(rf"^([{NUM}]+)、", text, re.M))
            self.articles[short] = found

    @classmethod
    def problem_with(cls, folder: Path) -> str | None:
        """Why the corpus in ``folder`` cannot be read, or None."""
        index = folder / cls.INDEX
        if not index.is_file():
            return f"{index} is missing"
        try:
            entries = yaml.safe_load(index.read_text(encoding="utf-8")) or []
            missing = [e["file"] for e in entries if not (folder / e["file"]).is_file()]
        except (yaml.YAMLError, KeyError, TypeError) as exc:
            return f"{index} cannot be read ({exc})"
        return f"{folder}/{missing[0]} is missing" if missing else None

    def problem(self, c: Citation, local: dict[str, str] | None = None) -> tuple[str, str] | None:
        if c.law in (local or {}) and c.law not in self.articles:
            return None  # a local regulation the corpus has no text of: its title was checked
        if c.law not in self.articles:
            return (f"《{c.law}》 is not a law in the statute corpus",
                    "use a short name listed in reference/statutes/index.yml, or the official title of a regulation "
                    "listed in the province's province.yml; to cite a new law, add its text to reference/statutes/ "
                    "(see its README.md)")
        if c.article not in self.articles[c.law]:
            if c.law in self.partial:
                return (f"《{c.law}》第{c.article}条 is not in the corpus: reference/statutes/{self.files[c.law]} "
                        "holds only some of its articles",
                        "add the article's text to that file (and to 'articles' in index.yml), or cite another article")
            return (f"《{c.law}》 has no 第{c.article}条", "check the article number against the statute text")
        return None


def check_citations(files, statutes: Statutes, problems, local: dict[str, str] | None = None) -> None:
    """Report every citation in ``files`` (MarkdownFile objects) that does not resolve.

    ``local``: zh → en titles of the local regulations the provinces declare.
    """
    names = {**(local or {}), **statutes.english}
    for md in files:
        for i, line in enumerate(md.lines):
            for m in ZH_DIGIT_ARTICLE.finditer(line):
                number = int(m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                problems.error(md.path, md.line_no(i), f"'{m.group(0)}' writes the article number in digits",
                               f"write it in Chinese numerals as the statutes do: 第{zh_numeral(number)}条 "
                               "(条文号请用汉字写)" if number else "write the article number in Chinese numerals")
        found, stray = find(md.lines, names)
        for c in found:
            bad = statutes.problem(c, local)
            if bad:
                problems.error(md.path, md.line_no(c.line), *bad)
        for i, text in stray:
            problems.error(md.path, md.line_no(i), f"'{text}' names no law the handbook may cite",
                           "write the law's short name before it, e.g. 《劳动合同法》第四十七条 / "
                           "Labour Contract Law, Article 47")
