"""An edition as one printable HTML document: cover, contents, chapters, appendix, back page."""

from __future__ import annotations

import datetime as dt
import html
import re

import markdown
import segno

from ..assemble import Edition
from ..words import date

EXTENSIONS = ["attr_list", "md_in_html", "tables"]

TEXT = {
    "zh": {"language": "中文版", "contents": "目录", "edition-date": "版本日期", "rules-as-of": "规定截至",
           "national": "全国通用版", "appendix": "附录：求助电话和联系方式", "contacts": "本省联系方式",
           "no-contacts": "本版暂无经过核实的本地联系方式。请拨打下面的全国热线，他们会告诉你当地的部门。",
           "12333": "人力资源和社会保障咨询、投诉（工资、合同、社保、工伤）",
           "12348": "法律援助和法律咨询",
           "online": "扫码阅读网上最新版", "build": "版本", "applies": "适用于"},
    "en": {"language": "English edition", "contents": "Contents", "edition-date": "Edition date",
           "rules-as-of": "Rules as of", "national": "All of China (national rules)",
           "appendix": "Appendix: hotlines and contacts", "contacts": "Contacts in this province",
           "no-contacts": "This edition has no confirmed local contacts yet. Call the national hotlines below: "
                          "they will tell you the local office.",
           "12333": "Human resources and social security: questions and complaints (wages, contracts, "
                    "social insurance, work injury)",
           "12348": "Legal aid and legal advice",
           "online": "Scan to read the latest edition online", "build": "Version", "applies": "Applies to"},
}


def edition_url(site_url: str, edition: Edition) -> str:
    base = site_url.rstrip("/") + "/"
    return base + ("" if edition.lang == "zh" else "en/") + f"{edition.code}/"


def qr_svg(url: str) -> str:
    svg = segno.make(url, error="m").svg_inline(scale=4, border=2)
    return re.sub(r"<\?xml[^>]*\?>", "", svg)


def chapter_html(edition: Edition, chapter) -> str:
    body = markdown.markdown(chapter.markdown, extensions=EXTENSIONS, output_format="html")
    # ids are unique per page on the site; in one document they must be unique per chapter
    body = re.sub(r'id="([^"]+)"', lambda m: f'id="{chapter.slug}--{m.group(1)}"', body)
    body = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{chapter.slug}--{m.group(1)}"', body)
    body = re.sub(r'href="([a-z0-9-]+)\.md#([^"]+)"', lambda m: f'href="#{m.group(1)}--{m.group(2)}"', body)
    body = re.sub(r'href="([a-z0-9-]+)\.md"', lambda m: f'href="#{m.group(1)}--{m.group(1)}"', body)
    return f'<article class="chapter" id="ch-{chapter.slug}">\n{body}\n</article>'


def document(edition: Edition, css: str, site_url: str, version: str, built: dt.date) -> str:
    t = TEXT[edition.lang]
    lang = "zh-Hans" if edition.lang == "zh" else "en"
    title = f"{edition.title} · {edition.name}"
    province = edition.province
    applies = province.name[edition.lang] if province else t["national"]
    as_of = edition.rules_as_of() or edition.handbook.reviewed
    url = edition_url(site_url, edition)
    e = html.escape
    toc = "\n".join(f'<li><a href="#ch-{c.slug}">{e(c.title)}</a></li>' for c in edition.chapters)
    contacts = ""
    if province and province.contacts:
        items = "".join(f'<li>{e(c["name"][edition.lang])}: <strong>{e(c["phone"])}</strong>'
                        + (f' — {e(c["note"][edition.lang])}' if c.get("note") else "") + "</li>"
                        for c in province.contacts)
        contacts = f"<h2>{t['contacts']}</h2><ul>{items}</ul>"
    elif province:
        contacts = f"<p>{t['no-contacts']}</p>"
    chapters = "\n".join(chapter_html(edition, c) for c in edition.chapters)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta name="author" content="Quanyi">
<meta name="dcterms.created" content="{built.isoformat()}">
<meta name="dcterms.modified" content="{built.isoformat()}">
<style>{css}</style>
</head>
<body>
<section class="cover">
<p class="cover-kicker">权益 · Quanyi</p>
<h1 class="cover-title">{e(edition.title)}</h1>
<p class="cover-edition">{e(edition.name)}</p>
<dl class="cover-facts">
<dt>{t['applies']}</dt><dd>{e(applies)}</dd>
<dt>{t['language']}</dt><dd>{'中文' if edition.lang == 'zh' else 'English'}</dd>
<dt>{t['edition-date']}</dt><dd>{date(built, edition.lang)}</dd>
<dt>{t['rules-as-of']}</dt><dd>{date(as_of, edition.lang)}</dd>
</dl>
<p class="cover-hotlines">12333 · 12348</p>
</section>
<nav class="toc"><h1 class="toc-title">{t['contents']}</h1><ul>
{toc}
<li><a href="#appendix">{t['appendix']}</a></li>
</ul></nav>
{chapters}
<section class="appendix" id="appendix">
<h1>{t['appendix']}</h1>
<table class="hotlines">
<tr><td class="number">12333</td><td>{t['12333']}</td></tr>
<tr><td class="number">12348</td><td>{t['12348']}</td></tr>
</table>
{contacts}
</section>
<section class="back">
<div class="qr" data-url="{e(url)}">{qr_svg(url)}</div>
<p>{t['online']}</p>
<p class="url">{e(url)}</p>
<p class="build">{t['build']} {e(version)} · {date(built, edition.lang)}</p>
</section>
</body>
</html>
"""
