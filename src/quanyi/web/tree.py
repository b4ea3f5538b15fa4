"""Write assembled editions as the Markdown tree the renderer turns into the site, plus its nav.

One mirrored tree per language: ``zh/<edition>/<chapter>.md`` and ``en/<edition>/<chapter>.md``;
:mod:`quanyi.web.renderer` decides how it is handed to the renderer. Only web chrome is added
here (edition banner, edition home pages); the text itself comes unchanged from assembly.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Collection
from pathlib import Path

from quanyi.assembly.assemble import Edition
from quanyi.assembly.compare import comparison_page
from quanyi.assembly.overlay import OVERLAY_ATTR, box_name
from quanyi.content.markdown_file import FENCE, scan_headings
from quanyi.content.model import Project
from quanyi.content.translation import chapter_drift, overlay_drift
from quanyi.content.yamlfile import fast_dump
from quanyi.strings import LANGS, date, strings, word
from quanyi.updates.feeds import atom_feed, feed_stylesheet
from quanyi.updates.sms import short_link_pages
from quanyi.updates.whatsnew import home_link, mark_updated, whats_new_page
from quanyi.urls import DOWNLOADS as DOWNLOADS_DIR
from quanyi.urls import FEED_STYLE, PRINT_KINDS, download_name, download_path, lang_root, relative, site_url
from quanyi.web import renderer
from quanyi.web.picker import label as edition_label
from quanyi.web.picker import picker
from quanyi.web.share import add_share_meta, fallback
from quanyi.web.tools import SLUG as TOOLS
from quanyi.web.tools import title as tools_title
from quanyi.web.tools import tools_page

PLACEHOLDER = re.compile(r"\{\{\s*editions\s*\}\}")
SIZE_MARK = "@@size:"
PAGES_MARK = "@@pages:"
MARK = re.compile(r"@@(size|pages):([^@]+)@@")
DOWNLOADS = re.compile(r"\{\{\s*downloads\s*\}\}")
# Classes the offline copy (web/offline.py) finds its way by: the province switch, the print links.
SWITCH = "edition-switch"
PRINT_LINKS = "quanyi-print"
OUTDATED = "quanyi-outdated"  # the note on an English section whose Chinese changed since it was translated
BOX = re.compile(rf'<div class="local-rule"[^>]*\s{OVERLAY_ATTR}="([^"]*)"')


# Hotlines (with or without an area code: 0871-12333), landlines with area code, mobiles.
HOTLINE = re.compile(r"(?<![\d\[/:#.=\"-])((?:0\d{2,3}-)?(?:12333|12348|12345|12351|12338|12355)"
                     r"|0\d{2,3}-\d{7,8}|1[3-9]\d{9})(?![\d\]-])")
LINK_OR_CODE = re.compile(r"\[[^\]]*\]\([^)]*\)|`[^`]*`|<a\b[^>]*>.*?</a>|<[^>]+>")


def telify(text: str) -> str:
    """Hotline numbers become tap-to-call links, except inside links, code and HTML tags."""
    out, in_fence = [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence
        if in_fence or line.startswith("#") or line.startswith("---") or not HOTLINE.search(line):
            out.append(line)
            continue
        pieces, last = [], 0
        for m in LINK_OR_CODE.finditer(line):
            pieces.append(HOTLINE.sub(r"[\1](tel:\1)", line[last:m.start()]))
            pieces.append(m.group(0))
            last = m.end()
        pieces.append(HOTLINE.sub(r"[\1](tel:\1)", line[last:]))
        out.append("".join(pieces))
    return "\n".join(out)


def switcher(project: Project, edition: Edition, page: str) -> list[str]:
    """A no-JavaScript province switch that lands on the same page of another edition."""
    lang = edition.lang
    applies = edition.province.name[lang] if edition.province else word(lang, "national-applies")
    colon = "：" if lang == "zh" else ": "
    items = picker(project, lang, lambda code: f"../{code}/{page}.md", current=edition.code, where="switch")
    return [
        f'<details class="{SWITCH}" data-edition="{edition.code}" data-search-ignore markdown="1">',
        f"<summary>{word(lang, 'applies-to')}{colon}<strong>{applies}</strong> · "
        f"{word(lang, 'switch-province')}</summary>",
        "",
        *items,
        "",
        "</details>",
        "",
    ]


def edition_name(edition: Edition) -> str:
    """``广东省版`` / ``Guangdong edition``, ``全国版`` / ``National edition``: in every page's header and title."""
    return edition.name if edition.province is None else word(edition.lang, "edition", name=edition.name)


def _front_matter(edition: Edition, **extra) -> list[str]:
    # the page's <title> is "工资 · 广东省版 · 劳动者权益手册" (overrides/main.html puts it together)
    meta = {"edition": edition.code, "edition_name": edition_name(edition), "handbook": edition.title, **extra}
    return ["---", fast_dump(meta, allow_unicode=True, sort_keys=True).strip(), "---", ""]


def mark_outdated(project: Project, edition: Edition, slug: str, lines: list[str]) -> list[str]:
    """English pages: a note under each section, and in each local-rule box, whose Chinese changed since it was
    translated (:mod:`quanyi.content.translation`), linking to the same place in the Chinese page."""
    if edition.lang == LANGS[0]:
        return lines
    source = next(ch for ch in edition.handbook.chapters if ch.slug == slug)
    overlays = [ov for ov in project.overlays if ov.province == edition.code]
    # a section an overlay replaces shows none of its national text: only the overlay's own translation counts
    stale = set(chapter_drift(source)) - {ov.target for ov in overlays if ov.operation == "replace"}
    boxes = {box_name(ov): _overlay_anchor(ov) for ov in overlays if overlay_drift(ov)}
    if not stale and not boxes:
        return lines
    heads = {h.index: h for h in scan_headings(lines)}
    out, label = [], -1
    for i, line in enumerate(lines):
        out.append(line)
        h = heads.get(i)
        if h and h.id in stale:
            out += ["", _outdated(edition, slug, "section", h.id), ""]
        box = BOX.match(line)
        if box and box.group(1) in boxes:
            label, anchor = i + 1, boxes[box.group(1)]  # the note goes under the box's label, its next line
        if i == label:
            out += ["", _outdated(edition, slug, "overlay", anchor), ""]
    return out


def _overlay_anchor(overlay) -> str:
    """The Chinese section that holds an overlay's box: its own heading's, when it brings one."""
    own = overlay.files[LANGS[0]].headings
    return own[0].id if overlay.operation == "insert-after" and own and own[0].id else overlay.target


def _outdated(edition: Edition, slug: str, kind: str, anchor: str) -> str:
    t = strings(edition.lang, "translation")
    # raw HTML: the renderer renders each language alone and cannot resolve links across them
    link = f'<a href="../../../{edition.code}/{slug}/#{anchor}" hreflang="{LANGS[0]}">{t["link"]}</a>'
    return (f'<p class="{OUTDATED}" role="note" data-search-ignore><strong>{t["title"]}</strong> '
            f'{t[kind].format(link=link)}</p>')


def search_form(edition: Edition, up: str) -> list[str]:
    """A plain GET form: without JavaScript it still reaches the search page, which explains."""
    zh = edition.lang == "zh"
    label, button = ("搜索本版", "搜索") if zh else ("Search this edition", "Search")
    return [f'<form class="edition-search" action="{up}search/" method="get" role="search" data-search-ignore>'
            f'<input type="hidden" name="edition" value="{edition.code}">'
            f'<input type="search" name="q" aria-label="{label}" placeholder="{label}">'
            f'<button type="submit">{button}</button></form>', ""]


def chapter_page(project: Project, edition: Edition, chapter) -> str:
    lines = mark_outdated(project, edition, chapter.slug, mark_updated(project, edition, list(chapter.lines)))
    h1 = next((i for i, line in enumerate(lines) if line.startswith("# ")), -1)
    # search is in the header on every page (overrides/partials/search.html); the edition's home has a form too
    banner = switcher(project, edition, chapter.slug)
    lines = lines[:h1 + 1] + [""] + banner + lines[h1 + 1:]
    return telify("\n".join(_front_matter(edition) + lines).strip() + "\n")


def first_steps(edition: Edition) -> list[str]:
    """What a worker needs in the first seconds: the common problems as big buttons, then the hotlines."""
    home = strings(edition.lang, "home")
    lines = []
    if edition.handbook.first_steps:
        lines += [f'<nav class="quanyi-first-steps" aria-label="{home["first-steps"]}" markdown="1">', "",
                  f'<p class="quanyi-first-steps__title">{home["first-steps"]}</p>', ""]
        lines += [f"[{step.label[edition.lang]}]({step.chapter}.md" + (f"#{step.anchor}" if step.anchor else "")
                  + "){ .quanyi-step }" for step in edition.handbook.first_steps]
        lines += ["", "</nav>", ""]
    calls = "".join(f'<a class="quanyi-call" href="tel:{n}"><strong>{n}</strong> <span>{home[n]}</span></a>'
                    for n in ("12333", "12348"))
    lines += [f'<div class="quanyi-calls" role="group" aria-label="{home["call"]}">'
              f'<p class="quanyi-calls__title">{home["call"]}</p>{calls}</div>', ""]
    return lines


def edition_home(project: Project, edition: Edition) -> str:
    lang = edition.lang
    # its text is buttons and notes: the description says which handbook and edition this is
    lines = _front_matter(edition, html_title=f"{edition.title} · {edition_name(edition)}",
                          description=fallback(lang, edition.title, edition_name(edition))) + \
        [f"# {edition.title} · {edition.name}", ""]
    lines += switcher(project, edition, "index") + first_steps(edition) + search_form(edition, "../")
    as_of = edition.rules_as_of()
    if as_of:
        lines += [("本版地方规定和数据截至 " if lang == "zh" else "Local rules and figures as of ")
                  + date(as_of, lang) + ("。" if lang == "zh" else "."), ""]
    if (project.root / "docs" / lang / "downloads.md").is_file():
        # the edition's card on the downloads page: sizes, what each file is for, how to print, WeChat's way out
        # (the class lets the offline copy, which has no print files, say where they are instead)
        t = strings(lang, "downloads")
        lines += [f"**{t['home-label']}**{'' if lang == 'zh' else ' '}[{t['home']}](../downloads.md#{edition.code})",
                  f"{{: .{PRINT_LINKS} }}", ""]
    lines += home_link(edition)
    if edition.province and edition.province.contacts:
        # confirmed local numbers, tap-to-call (telify below)
        lines += [("**本地联系方式：**" if lang == "zh" else "**Local contacts:**"), ""]
        lines += [f"- {c['name'][lang]}{'：' if lang == 'zh' else ': '}{c['phone']}"
                  + (f" ({c['note'][lang]})" if c.get("note") else "") for c in edition.province.contacts]
        lines.append("")
    lines += [f"## {word(lang, 'contents')}", "", '<div class="quanyi-list" markdown="1">', ""]
    for ch in edition.chapters:
        lines.append(f"1. [{ch.title}]({ch.slug}.md)")
    lines.append(f"1. [{tools_title(lang)}]({TOOLS}.md)")
    lines += ["", "</div>"]
    return telify("\n".join(lines).strip() + "\n")


def _edition_list(project: Project, lang: str) -> str:
    return "\n".join(picker(project, lang, lambda code: f"{code}/index.md", where="home"))


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def _edition_heading(project: Project, code: str, lang: str) -> str:
    """``北京市版`` / ``Beijing edition``, ``全国版`` / ``National edition``."""
    if code == "national":
        return word(lang, "national")
    return word(lang, "edition", name=project.provinces[code].name[lang])


def _download(t: dict[str, str], kind: str, href: str, facts: str) -> list[str]:
    """One file: a big link with its facts, what it is for, and how to print it (small print)."""
    return [f'<li class="quanyi-dl quanyi-dl--{kind}">'
            f'<a class="quanyi-dl__link" href="{href}" download><span class="quanyi-dl__name">{t[kind]}</span> '
            f'<span class="quanyi-dl__facts">{facts}</span></a>',
            f'<p class="quanyi-dl__what">{t[kind + "-what"]}</p>',
            f'<p class="quanyi-dl__how">{t[kind + "-how"]}</p></li>']


def downloads_page(project: Project, lang: str, prints: Collection[str] | None) -> str:
    """The downloads page's body: edition links, then a card per edition with its four files in ``lang``.

    ``prints``: the names of the print files the build makes. Their page counts and sizes, and
    the offline copies' sizes, are marks that :func:`fill_sizes` replaces once the files exist, so
    the page does not wait for them (and is rendered again only when the list changes). Without
    print files (the preview, ``make assemble``) each card says how to make them, and keeps its
    anchor, which every edition's home links to.
    """
    t = strings(lang, "downloads")
    built = bool(prints)
    here = lang_root(lang) + DOWNLOADS_DIR  # the downloads page; the files are in the one shared folder
    other = next(x for x in LANGS if x != lang)
    editions = project.editions()
    lines = [t["intro"], "",
             f'<nav class="quanyi-dl-index" aria-label="{t["choose"]}">'
             + "".join(f'<a href="#{code}">{edition_label(project, code, lang)}</a>' for code in editions) + "</nav>",
             "",
             # raw HTML: the renderer renders each language alone and cannot resolve links across them
             f'<p class="quanyi-dl-other"><a href="{relative(here, lang_root(other) + DOWNLOADS_DIR)}" '
             f'hreflang="{other}" lang="{other}">{strings(other, "downloads")["in-this-language"]}</a></p>', ""]
    for code in editions:
        lines += ['<section class="quanyi-dl-card" markdown="1">', "",
                  f"## {_edition_heading(project, code, lang)} {{#{code}}}", ""]
        if not built:
            lines += [t["not-built"], "", "</section>", ""]
            continue
        items = []
        for kind in PRINT_KINDS:
            name = download_name(code, lang, kind)
            if name in prints:
                items += _download(t, kind, relative(here, download_path(code, lang, kind)),
                                   f"PDF · {t['pages'].format(n=f'{PAGES_MARK}{name}@@')} · {SIZE_MARK}{name}@@")
        items += _download(t, "offline", relative(here, download_path(code, lang, "offline")),
                           f"ZIP · {SIZE_MARK}{download_name(code, lang, 'offline')}@@")
        # the WeChat notice is shown only in WeChat's browser, which blocks downloads (overrides/main.html marks it)
        lines += [f'<p class="quanyi-dl-wechat">{t["wechat"]}</p>', "",
                  '<ul class="quanyi-dl-list">', *items, "</ul>", "", "</section>", ""]
    return "\n".join(lines)


def fill_sizes(site: Path, pages: dict[str, int]) -> None:
    """Print files and offline copies are made beside or after the pages: fill in their page counts
    (``pages``, by file name, from the print step: reading them back from tagged PDFs is slow) and sizes."""
    def fact(m: re.Match) -> str:
        return _size((site / DOWNLOADS_DIR / m.group(2)).stat().st_size) if m.group(1) == "size" \
            else str(pages[m.group(2)])

    for page in (site / "downloads/index.html", site / "en/downloads/index.html"):
        if page.exists():
            page.write_text(MARK.sub(fact, page.read_text(encoding="utf-8")), encoding="utf-8")


def render_tree(project: Project, editions: list[Edition], prints: Collection[str] | None = None) -> dict[str, str]:
    """Every file of the staging tree, path (relative to docs/) -> text."""
    files: dict[str, str] = {}
    for lang in LANGS:
        src = project.root / "docs" / lang
        for path in sorted(src.rglob("*")):
            if path.is_file():
                rel = f"{lang}/{path.relative_to(src).as_posix()}"
                if path.suffix == ".md":
                    text = path.read_text(encoding="utf-8-sig")
                    text = PLACEHOLDER.sub(_edition_list(project, lang), text)
                    text = DOWNLOADS.sub(lambda m, lang=lang: downloads_page(project, lang, prints), text)
                    files[rel] = telify(text)
                else:
                    files[rel] = path  # copied as bytes
    for ed in editions:
        if ed.province:
            # edition meta: drawer, footer and search follow it; not indexed, as it repeats the chapters
            files[f"{ed.lang}/{ed.code}/differences.md"] = "\n".join(_front_matter(ed, search={"exclude": True})) \
                + comparison_page(project, ed.province, ed.lang)
        files[f"{ed.lang}/{ed.code}/index.md"] = edition_home(project, ed)
        # not indexed either: search answers with the handbook's sections, not with news of them
        news = _front_matter(ed, search={"exclude": True})
        files[f"{ed.lang}/{ed.code}/whats-new.md"] = telify(
            whats_new_page(project, ed, news, switcher(project, ed, "whats-new")))
        files[f"{ed.lang}/{ed.code}/feed.xml"] = atom_feed(project, ed)
        for ch in ed.chapters:
            files[f"{ed.lang}/{ed.code}/{ch.slug}.md"] = chapter_page(project, ed, ch)
        # calculators and documents, with the edition's own figures (front matter loads their script)
        files[f"{ed.lang}/{ed.code}/{TOOLS}.md"] = telify(
            tools_page(ed, _front_matter(ed, tools=True), switcher(project, ed, TOOLS)))
    files[f"{LANGS[0]}/{FEED_STYLE}"] = feed_stylesheet()  # the first language's folder is the site's root
    files.update(short_link_pages(project))
    add_share_meta(project.root, project.web_handbook.title, files)
    return files


def nav(project: Project) -> list:
    """One nav for both languages: paths are relative to the language folder."""
    site_pages = sorted(p.relative_to(project.root / "docs" / "zh").as_posix()
                        for p in (project.root / "docs" / "zh").glob("*.md"))
    site_pages.sort(key=lambda p: (p != "index.md", p))
    hb = project.web_handbook
    editions = [{code: [f"{code}/index.md", f"{code}/whats-new.md", *(f"{code}/{ch.slug}.md" for ch in hb.chapters),
                        f"{code}/{TOOLS}.md",
                        *([f"{code}/differences.md"] if code in project.provinces else [])]}
                for code in project.editions()]
    return site_pages + editions


def write_tree(project: Project, editions: list[Edition], build_dir: Path,
               prints: Collection[str] | None = None) -> int:
    """Write the staging tree, touching only files whose content changed.

    Leaving unchanged files alone keeps the preview server from rebuilding needlessly.
    Returns the number of files written.
    """
    docs = build_dir / renderer.TREE
    files = render_tree(project, editions, prints)
    written = 0
    for rel, content in files.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.read_bytes() if isinstance(content, Path) else content.encode("utf-8")
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            written += 1
    for path in sorted(docs.rglob("*"), reverse=True):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and rel not in files:
            path.unlink()
            written += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    renderer.write_config(build_dir, nav(project), site_url(project.root))
    return written


def clean(build_dir: Path) -> None:
    shutil.rmtree(build_dir / renderer.TREE, ignore_errors=True)
