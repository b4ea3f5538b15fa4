"""Citations of law and article in the text, checked against the statute texts.

Chinese: ``《劳动合同法》第四十七条`` (several: ``第四十六条、第四十七条``).
English: ``Labour Contract Law, Article 47`` (several: ``Articles 46 and 47``).
The laws in :data:`STATUTES` must exist, with the article, in a folder of statute texts
(one ``第N条`` paragraph per article). A province's own regulations, declared with their
official titles in its ``province.yml``, may be cited too; their articles are checked
only where the reference set has their text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

# zh short name -> (English name, file name prefix in the statutes folder)
STATUTES = {
    "劳动合同法": (
        "Labour Contract Law", "劳动合同法("),
    "劳动合同法实施条例": (
        "Regulations for the Implementation of the Labour Contract Law", "劳动合同法实施条例("),
    "劳动法": (
        "Labour Law", "劳动法("),
    "国务院关于职工工作时间的规定": (
        "State Council Provisions on Working Hours", "国务院关于职工工作时间的规定("),
    "劳动争议调解仲裁法": (
        "Labour Dispute Mediation and Arbitration Law", "劳动争议调解仲裁法("),
    "工伤保险条例": (
        "Regulations on Work-Related Injury Insurance", "工伤保险条例("),
    "社会保险法": (
        "Social Insurance Law", "社会保险法("),
    "保障农民工工资支付条例": (
        "Regulations on Ensuring Payment of Wages to Migrant Workers", "保障农民工工资支付条例("),
    "法律援助法": (
        "Legal Aid Law", "法律援助法("),
    "劳动保障监察条例": (
        "Regulations on Labour Security Supervision", "劳动保障监察条例("),
    "工资支付暂行规定": (
        "Provisional Regulations on Wage Payment", "工资支付暂行规定("),
    "女职工劳动保护特别规定": (
        "Special Provisions on Labour Protection of Female Employees", "女职工劳动保护特别规定("),
    "禁止使用童工规定": (
        "Provisions on the Prohibition of Child Labour", "禁止使用童工规定("),
    "职工带薪年休假条例": (
        "Regulations on Paid Annual Leave for Employees", "职工带薪年休假条例("),
    "职业病防治法": (
        "Occupational Disease Prevention Law", "职业病防治法("),
    "就业促进法": (
        "Employment Promotion Law", "就业促进法("),
    "劳动争议司法解释（一）": (
        "SPC Interpretation (I) on Labour Disputes", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"),
    "拒不支付劳动报酬刑事案件司法解释": (
        "SPC Interpretation on Refusing to Pay Labour Remuneration", "最高人民法院关于审理拒不支付劳动报酬刑事案件"),
    "北京市法律援助条例": (
        "Beijing Legal Aid Regulations", "北京市法律援助条例"),
}
EN_NAMES = {en: zh for zh, (en, _) in STATUTES.items()}

NUM = "零一二三四五六七八九十百"
ZH_CITATION = re.compile(rf"《([^《》]+)》((?:第[{NUM}]+条(?:第[{NUM}]+款)?(?:、|和|及|，)?)+)")
ZH_ARTICLE = re.compile(rf"第([{NUM}]+)条")


def _en_citation(names) -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"({alternatives}),? Articles? (\d+(?:(?:, | and |, and |–|-)\d+)*)")


EN_CITATION = _en_citation(EN_NAMES)


@functools.lru_cache(maxsize=4)
def _with_local(local: frozenset[tuple[str, str]]) -> tuple[dict[str, str], re.Pattern]:
    """English names (to zh) and their pattern, local regulations included: made once per check, not per file."""
    names = EN_NAMES | {en: zh for zh, en in local}
    return names, _en_citation(names)
EN_ANY_ARTICLE = re.compile(r"\bArticles? \d+")
ZH_ANY_ARTICLE = re.compile(rf"第[{NUM}]+条")


@dataclass(frozen=True)
class Citation:
    law: str  # zh short name, or the unknown name as written
    article: str  # Chinese numeral, e.g. 四十七
    line: int  # 0-based line index in the text


def zh_numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    head = digits[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + digits[rest]
    return head + digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else "")


def _en_numbers(text: str) -> list[int]:
    nums = [int(x) for x in re.findall(r"\d+", text)]
    if re.search(r"\d+(–|-)\d+", text) and len(nums) == 2:
        return list(range(nums[0], nums[1] + 1))
    return nums


def find(lines: list[str], local: dict[str, str] | None = None) -> tuple[list[Citation], list[tuple[int, str]]]:
    """Citations in ``lines``, and article mentions that name no known law.

    ``local`` maps the zh titles of local regulations to their English titles.
    """
    en_names, en_citation = _with_local(frozenset(local.items())) if local else (EN_NAMES, EN_CITATION)
    found, stray = [], []
    for i, line in enumerate(lines):
        covered = []
        for m in ZH_CITATION.finditer(line):
            covered.append(m.span())
            for art in ZH_ARTICLE.findall(m.group(2)):
                found.append(Citation(m.group(1), art, i))
        for m in en_citation.finditer(line):
            covered.append(m.span())
            for n in _en_numbers(m.group(2)):
                found.append(Citation(en_names[m.group(1)], zh_numeral(n), i))
        for pattern in (ZH_ANY_ARTICLE, EN_ANY_ARTICLE):
            for m in pattern.finditer(line):
                if not any(a <= m.start() < b for a, b in covered):
                    stray.append((i, m.group(0)))
    return found, stray


class Statutes:
    """The statute texts of a folder, indexed by zh short name."""

    def __init__(self, folder: Path):
        self.articles: dict[str, set[str]] = {}
        files = sorted(folder.glob("*.md"))
        for short, (_, prefix) in STATUTES.items():
            match = [f for f in files if f.name.startswith(prefix)]
            if match:
                text = match[0].read_text(encoding="utf-8")
                self.articles[short] = set(re.findall(rf"^第([{NUM}]+)条", text, re.M))

    def problem(self, c: Citation, local: dict[str, str] | None = None) -> tuple[str, str] | None:
        if c.law in (local or {}) and c.law not in self.articles:
            return None  # a local regulation the reference set has no text of: its title was checked
        if c.law not in STATUTES:
            return (f"《{c.law}》 is not one of the laws the handbook may cite",
                    "use a short name from quanyi/citations.py, or the official title of a regulation listed "
                    "in the province's province.yml")
        if c.law not in self.articles:
            return (f"no statute text for 《{c.law}》 in the reference folder", "add the statute text")
        if c.article not in self.articles[c.law]:
            return (f"《{c.law}》 has no 第{c.article}条", "check the article number against the statute text")
        return None


def check_citations(files, statutes: Statutes, problems, local: dict[str, str] | None = None) -> None:
    """Report every citation in ``files`` (MarkdownFile objects) that does not resolve.

    ``local``: zh → en titles of the local regulations the provinces declare.
    """
    for md in files:
        found, stray = find(md.lines, local)
        for c in found:
            bad = statutes.problem(c, local)
            if bad:
                problems.error(md.path, md.line_no(c.line), *bad)
        for i, text in stray:
            problems.error(md.path, md.line_no(i), f"'{text}' names no law the handbook may cite",
                           "write the law's short name before it, e.g. 《劳动合同法》第四十七条 / "
                           "Labour Contract Law, Article 47")
