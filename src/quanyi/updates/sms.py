"""Text-message digest: an edition's updates since a date, as ready-to-send messages.

Each message is one SMS segment and stands alone (cheap phones do not always join
multi-part messages): Chinese at most 70 UCS-2 characters, English at most 160 GSM-7
characters. Each ends with the entry's short link. An update whose text needs more
than two messages is refused, naming it.

Short links are our own static redirect pages, ``<site>/u/<key>/`` (``/en/u/<key>/``),
one per update and edition, leading to the entry on that edition's What's new page.
"""

from __future__ import annotations

import datetime as dt
import re

from quanyi.content.model import Project, Update
from quanyi.content.updates import FILE
from quanyi.problems import Problem, Problems
from quanyi.strings import LANGS
from quanyi.urls import short_link, short_path, site_url

LIMIT = {"zh": 70, "en": 160}
MAX_MESSAGES = 2
PART = {"zh": "({n}/2)", "en": "({n}/2) "}

# GSM 03.38: the default alphabet (one septet each) and the extension table (escape + one: two)
GSM_BASIC = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENSION = set("^{}\\[~]|€\f")
# Typography editors type that has a plain GSM twin; anything else non-GSM is refused.
TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
                            "\u00a0": " ", "\u202f": " "})

STRONG = {"zh": "。！？", "en": ".!?"}  # split after these first, then after weaker marks
WEAK = {"zh": "；，：", "en": ";,:"}  # not "、": it joins the items of a list


class SmsError(ValueError):
    """The text cannot be sent as at most two standalone messages."""


def length(text: str, lang: str) -> int:
    """Characters as the network counts them: UTF-16 units (Chinese), septets (English)."""
    if lang == "zh":
        return len(text.encode("utf-16-le")) // 2
    return sum(2 if c in GSM_EXTENSION else 1 for c in text)


def plain(text: str, lang: str) -> str:
    """One line of text: YAML line breaks removed (no space between Chinese characters)."""
    text = re.sub(r"\s+", " ", text).strip()
    if lang == "zh":
        text = re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)
    else:
        text = text.translate(TYPOGRAPHY)
    return text


def messages(text: str, lang: str, link: str) -> list[str]:
    """``text`` as one or two messages, each ending with ``link``; SmsError when it cannot fit."""
    body = plain(text, lang)
    if lang == "en":
        bad = sorted({c for c in body + link if c not in GSM_BASIC and c not in GSM_EXTENSION})
        if bad:
            raise SmsError(f"{', '.join(repr(c) for c in bad)} cannot be sent in a GSM-7 text message "
                           "(one such character makes the whole message Unicode, at most 70 characters)")
    limit, tail = LIMIT[lang], " " + link
    if length(body + tail, lang) <= limit:
        return [body + tail]
    room = [limit - length(PART[lang].format(n=n) + tail, lang) for n in (1, 2)]
    for cut in _cuts(body, lang):
        first, rest = body[:cut].rstrip(), body[cut:].strip()
        if first and rest and length(first, lang) <= room[0] and length(rest, lang) <= room[1]:
            return [PART[lang].format(n=1) + first + tail, PART[lang].format(n=2) + rest + tail]
    raise SmsError(f"its text has {length(body, lang)} characters; two {limit}-character messages, each "
                   f"ending with the {len(link)}-character link, leave room for about {sum(room)}")


def _cuts(body: str, lang: str):
    """Places to split, best first: after a sentence, after a clause, then (Chinese) anywhere, (English) at spaces."""
    def after(marks: str) -> list[int]:
        cuts = []
        for i, c in enumerate(body):
            nxt = body[i + 1:].lstrip()[:1]
            if c not in marks or (lang == "en" and i + 1 < len(body) and body[i + 1] != " "):
                continue  # English marks count only before a space: never inside 27.7 or 2,540
            if body[i - 1:i].isdigit() and nxt.isdigit():
                continue  # "2,200, 2,130": a list of amounts, not the end of a clause
            cuts.append(i + 1)
        return cuts

    def inside_word(i: int) -> bool:
        a, b = body[i - 1], body[i]
        return a.isascii() and b.isascii() and (a.isalnum() or a in ".,") and (b.isalnum() or b in ".,")

    # latest first within each kind: the caller takes the first that fits, so the first message is full
    yield from reversed(after(STRONG[lang]))
    yield from reversed(after(WEAK[lang]))
    if lang == "zh":
        yield from reversed([i for i in range(1, len(body)) if not inside_word(i)])
    else:
        yield from reversed([i for i, c in enumerate(body) if c == " "])


def update_messages(update: Update, edition: str, lang: str, base: str) -> list[str]:
    return messages(update.text[lang], lang, short_link(base, lang, edition, update.id))


def refusal(project: Project, update: Update, lang: str, why: str) -> Problem:
    problems = Problems(project.root)
    problems.error(project.root / "handbooks" / FILE, update.line,
                   f"update '{update.id}' cannot be sent as text messages in {lang}: {why}",
                   f"shorten '{update.id}.text.{lang}'")
    return problems.items[0]


def digest(project: Project, edition: str, lang: str, since: dt.date) -> tuple[list[str], list[Problem]]:
    """Messages for the updates of ``edition`` dated on or after ``since``, oldest first.

    Oldest first, so that the newest arrives last and sits at the bottom of the
    phone's conversation. Any refused update refuses the whole digest: a station
    must not send part of it without knowing.
    """
    base = site_url(project.root)
    out, refused = [], []
    for update in reversed(project.updates_for(edition)):
        if update.date < since:
            continue
        try:
            out += update_messages(update, edition, lang, base)
        except SmsError as exc:
            refused.append(refusal(project, update, lang, str(exc)))
    return ([] if refused else out), refused


def check_messages(project: Project, problems: Problems) -> None:
    """Warn, at ``quanyi check``, about updates the digest would refuse (the site itself is fine)."""
    base = site_url(project.root)
    for update in project.updates:
        for lang in LANGS:
            # the link has the same length in every edition, so one edition tells for all
            edition = "national" if update.national else update.provinces[0]
            try:
                update_messages(update, edition, lang, base)
            except SmsError as exc:
                p = refusal(project, update, lang, str(exc))
                problems.warning(project.root / p.path, p.line, p.message, p.fix)


REDIRECT = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url={target}"><title>{title}</title></head>
<body><p><a href="{target}">{title}</a></p></body></html>
"""


def short_link_pages(project: Project) -> dict[str, str]:
    """The redirect page behind every short link, path relative to the staging tree -> HTML."""
    from html import escape

    pages = {}
    for edition in project.editions():
        for update in project.updates_for(edition):
            for lang in LANGS:
                # u/<key>/ and en/u/<key>/ are both two levels below their language root
                target = f"../../{edition}/whats-new/#{update.id}"
                pages[f"{lang}/{short_path('zh', edition, update.id)}index.html"] = REDIRECT.format(
                    lang=lang, target=target, title=escape(update.title[lang]))
    return pages


def print_digest(root, edition: str, lang: str, since: dt.date) -> int:
    """``quanyi digest``: one message per line on stdout; refusals and a count on stderr."""
    import sys

    from quanyi.content.sources import load_project  # here: sources loads updates, which this module's users need first

    problems = Problems(root)
    project = load_project(root, problems)
    problems.raise_if_errors()
    if edition not in project.editions():
        print(f"quanyi digest: '{edition}' is not an edition — use one of: {', '.join(project.editions())}",
              file=sys.stderr)
        return 1
    out, refused = digest(project, edition, lang, since)
    for p in refused:
        print(p, file=sys.stderr)
    if refused:
        print("Nothing to send: shorten the updates above, then run the digest again.", file=sys.stderr)
        return 1
    if out:
        print("\n".join(out))
    print(f"{len(out)} message(s) for {edition} ({lang}) since {since.isoformat()}", file=sys.stderr)
    return 0
