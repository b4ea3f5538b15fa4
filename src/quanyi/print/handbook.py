"""An edition as one printable HTML document: cover, contents, chapters, appendix, back page.

The chapters are the assembled editions the site shows (:mod:`quanyi.assembly.assemble`); only the
parts a printed book needs around them are added here.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.strings import date, strings
from quanyi.urls import CONFIG, DOCUMENTS_ANCHOR, ENV, TOOLS, edition_url, is_placeholder, tools_url

from .documents import STYLE as DOCUMENTS_STYLE
from .documents import anchors as document_anchors
from .documents import documents_html
from .fonts import STACKS
from .markup import WebPage, anchor, chapter_html
from .paper import STYLE as PAPER_STYLE
from .paper import paper_html
from .qr import qr_svg
from .typeset import glossary_terms, typeset

# zh-CN rather than zh-Hans: PDF readers and their read-aloud voices know languages by region
# (ISO 32000 cites RFC 3066, which has no script subtags); the English text uses British spelling
LANG_TAGS = {"zh": "zh-CN", "en": "en-GB"}
DRAFT_STYLE = Path(__file__).with_name("draft.css")
TYPESET_STYLE = Path(__file__).with_name("typeset.css")
COVER_STYLE = Path(__file__).with_name("cover.css")
COLOUR_STYLE = Path(__file__).with_name("cover-colour.css")  # QUANYI_COVER=colour
COVERS = ("plain", "colour")
COVER_ENV = "QUANYI_COVER"


@dataclass(frozen=True)
class Imprint:
    """What is the same for every file of one build."""

    site_url: str
    version: str
    built: dt.date
    cover: str = "plain"  # one of COVERS: "colour" is solid red with bleed and crop marks, for a print shop

    @property
    def draft(self) -> bool:
        """While the site address is a placeholder, every file is a draft: stamped, and without a QR code."""
        return is_placeholder(self.site_url)


def title(edition: Edition) -> str:
    return f"{edition.title} · {edition.name}"


def rules_as_of(edition: Edition) -> dt.date:
    """Local rules' latest date; the national edition has none, so its text's review date."""
    return edition.rules_as_of() or edition.handbook.reviewed


def head(edition: Edition, css: str, imprint: Imprint, description: str) -> str:
    e = html.escape
    stack = ", ".join(f'"{family}"' for family in STACKS[edition.lang])
    return f"""<!DOCTYPE html>
<html lang="{LANG_TAGS[edition.lang]}" class="lang-{edition.lang}">
<head>
<meta charset="utf-8">
<title>{e(title(edition))}</title>
<meta name="author" content="Quanyi 权益">
<meta name="description" content="{e(description)}">
<meta name="generator" content="Quanyi {e(imprint.version)}">
<meta name="dcterms.created" content="{imprint.built.isoformat()}">
<meta name="dcterms.modified" content="{imprint.built.isoformat()}">
<style>{css}
{TYPESET_STYLE.read_text(encoding="utf-8")}
html {{ font-family: {stack}; }}{DRAFT_STYLE.read_text(encoding="utf-8") if imprint.draft else ""}</style>
</head>"""


def _cover(edition: Edition, imprint: Imprint) -> str:
    t, e, lang = strings(edition.lang, "print"), html.escape, edition.lang
    applies = edition.province.name[lang] if edition.province else t["national"]
    facts = [(t["applies"], applies), (t["language"], t["language-name"]),
             (t["edition-date"], date(imprint.built, lang)), (t["rules-as-of"], date(rules_as_of(edition), lang))]
    rows = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts)
    return f"""<section class="cover">
<p class="cover-kicker">权益 · Quanyi</p>
<h1 class="cover-title">{e(edition.title)}</h1>
<p class="cover-edition">{e(edition.name)}</p>
<dl class="cover-facts">{rows}</dl>
<div class="cover-hotlines"><p>{t['hotlines']}</p><p class="numbers">12333 · 12348</p></div>
</section>"""


def _contents(edition: Edition) -> str:
    t, e = strings(edition.lang, "print"), html.escape
    items = [f'<li><a href="#{anchor(c.slug)}">{e(c.title)}</a></li>' for c in edition.chapters]
    items.append(f'<li><a href="#appendix">{t["appendix"]}</a></li>')
    if edition.documents:
        items.append(f'<li><a href="#{DOCUMENTS_ANCHOR}">{t["documents"]}</a></li>')
    items.append(f'<li><a href="#paper-log">{t["log"]}</a></li>')
    return f'<nav class="toc"><h1 class="toc-title">{t["contents"]}</h1><ul>{"".join(items)}</ul></nav>'


def _appendix(edition: Edition) -> str:
    t, e, lang, province = strings(edition.lang, "print"), html.escape, edition.lang, edition.province
    contacts = ""
    if province and province.contacts:
        rows = "".join(f'<tr><td class="number">{e(c["phone"])}</td><td>{e(c["name"][lang])}'
                       + (f'<br><span class="note">{e(c["note"][lang])}</span>' if c.get("note") else "")
                       + "</td></tr>" for c in province.contacts)
        contacts = f'<h2>{t["contacts"]}</h2><table class="phones">{rows}</table>'
    elif province:
        contacts = f'<p class="no-contacts">{t["no-contacts"]}</p>'
    return f"""<section class="appendix" id="appendix">
<h1>{t['appendix']}</h1>
{contacts}
<table class="phones hotlines">
<tr><td class="number">12333</td><td>{t['12333']}</td></tr>
<tr><td class="number">12348</td><td>{t['12348']}</td></tr>
</table>
</section>"""


def draft_mark(imprint: Imprint) -> str:
    """The stamp of a draft, in both languages, for the start of the body ('' for a real build).

    A fixed box is repeated by WeasyPrint on every page that follows it, whatever the page's margins,
    so it also lands on every half of an imposed booklet sheet and on every leaflet panel.
    """
    if not imprint.draft:
        return ""
    lines = "".join(f'<span class="draft-{lang}">{strings(lang, "print")["draft"]}</span>' for lang in ("zh", "en"))
    return f'<div class="draft-mark">{lines}</div>\n'


def address(edition: Edition, imprint: Imprint, caption: str = "") -> str:
    """The edition's address as a QR code, ``caption`` and the address as text.

    In a draft there is no address to give: a box of the code's size says so, and how to set it.
    """
    t, e = strings(edition.lang, "print"), html.escape
    if imprint.draft:
        return (f'<div class="qr no-address"><strong>{t["no-address"]}</strong>'
                f'<span>{e(t["set-address"].format(config=CONFIG, env=ENV))}</span></div>')
    url = edition_url(imprint.site_url, edition.lang, edition.code)
    return (f'<a class="qr" href="{e(url)}" data-url="{e(url)}">{qr_svg(url)}</a>\n'
            f'{caption}<p class="url">{e(url)}</p>')


def _back(edition: Edition, imprint: Imprint) -> str:
    t, e = strings(edition.lang, "print"), html.escape
    online = f'<p class="online">{t["online"]}</p>\n'
    return f"""<section class="back">
{address(edition, imprint, online)}
<p class="hotline-strip">12333 · 12348</p>
<p class="build">{e(title(edition))}<br>{t['build']} {e(imprint.version)} · {date(imprint.built, edition.lang)}</p>
</section>"""


def terms(edition: Edition) -> list[str]:
    """The glossary's terms in the edition's language: the first column in Chinese, the second in English."""
    return [t for c in edition.chapters if c.slug == "glossary"
            for t in glossary_terms(c.markdown, 0 if edition.lang == "zh" else 1)]


def web_pages(edition: Edition, imprint: Imprint) -> dict[str, WebPage]:
    """The pages only the site has that the chapters link to, as this PDF points to them: the calculators
    (their address; none in a draft), whose documents the appendix prints too."""
    url = "" if imprint.draft else tools_url(imprint.site_url, edition.lang, edition.code)
    return {TOOLS: WebPage(url, document_anchors(edition))}


def handbook_html(edition: Edition, css: str, imprint: Imprint) -> str:
    """The whole handbook, with :data:`paper.SPARES` spare pages that :func:`paper.keep` may drop."""
    slugs = {c.slug for c in edition.chapters}
    web = web_pages(edition, imprint)
    chapters = "\n".join(chapter_html(c.markdown, c.slug, slugs, web, edition.lang) for c in edition.chapters)
    body = "\n".join([_cover(edition, imprint), _contents(edition), chapters, _appendix(edition),
                      documents_html(edition, web[TOOLS].url), paper_html(edition), _back(edition, imprint)])
    body = typeset(body, edition.lang, terms(edition))
    styles = [COVER_STYLE, *([COLOUR_STYLE] if imprint.cover == "colour" else []), PAPER_STYLE, DOCUMENTS_STYLE]
    css = "\n".join([css, *(s.read_text(encoding="utf-8") for s in styles)])
    return f"{head(edition, css, imprint, edition.name)}\n<body>\n{draft_mark(imprint)}{body}\n</body>\n</html>\n"
