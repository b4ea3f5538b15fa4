"""Translation drift: which English text translates an older version of its Chinese source, and what changed.

Each English chapter keeps, in front matter, a short hash of every Chinese section it
translates (``translated-from: {section-id: hash}``); each English overlay keeps one hash
of its Chinese twin. When the Chinese changes, the hashes no longer match: ``quanyi check``
lists the outdated parts and the English page marks them, until an editor updates the
English and runs ``quanyi mark-translated`` (a whole file, or ``--section ID``).

``mark-translated`` also keeps a copy of the Chinese text it recorded, in a file nobody edits:
for ``handbooks/<path>/en/<name>.md`` it is ``handbooks/.translated/<path>/<name>.yml`` (section
id -> text; ``text`` for an overlay). A copy counts only while its hash is the recorded one, so a
stale or hand-edited copy can never show a wrong difference; the warning then says how to find
the change in git instead.
"""

from __future__ import annotations

import difflib
import glob
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from quanyi.content.frontmatter import EditError, set_value
from quanyi.content.markdown_file import MarkdownFile
from quanyi.content.model import Chapter, Overlay, Project
from quanyi.problems import Problems

KEY = "translated-from"
COPIES = ".translated"  # under handbooks/
OVERLAY_TEXT = "text"  # the one entry of an overlay's copy
COMMAND = ".venv/bin/quanyi mark-translated"

# the short diff in a warning: how many lines, how wide (in columns: a Chinese character takes two),
# and how much unchanged text either side of a change in a long line
DIFF_LINES = 8
DIFF_WIDTH = 64
DIFF_CONTEXT = 10
EMPTY = "(empty line)"


def _text(lines: list[str]) -> str:
    """What is hashed and kept: the lines without trailing spaces, without blank lines around them."""
    return "\n".join(line.rstrip() for line in lines).strip()


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _digest(lines: list[str]) -> str:
    return _hash(_text(lines))


def section_texts(md: MarkdownFile) -> dict[str, str]:
    """Each section's own text: from its heading to the next heading of any level."""
    result = {}
    heads = md.headings
    for n, h in enumerate(heads):
        if h.id:
            end = heads[n + 1].index if n + 1 < len(heads) else len(md.lines)
            result[h.id] = _text(md.lines[h.index:end])
    return result


def section_hashes(md: MarkdownFile) -> dict[str, str]:
    return {sid: _hash(text) for sid, text in section_texts(md).items()}


def chapter_drift(chapter: Chapter) -> dict[str, str]:
    """Outdated section ids of the English chapter -> 'changed' or 'never recorded'."""
    recorded = _recorded(chapter.files["en"])
    current = section_hashes(chapter.files["zh"])
    return {sid: ("changed" if sid in recorded else "never recorded")
            for sid, digest in current.items() if recorded.get(sid) != digest}


def overlay_drift(overlay: Overlay) -> str | None:
    recorded = overlay.files["en"].meta.data.get(KEY)
    if recorded == _digest(overlay.files["zh"].lines):
        return None
    return "changed" if recorded else "never recorded"


def _recorded(md: MarkdownFile) -> dict:
    value = md.meta.data.get(KEY)
    return value if isinstance(value, dict) else {}


# --- the copies of what was translated ---

def copy_path(root: Path, en_path: Path) -> Path:
    """``handbooks/labour-rights/en/wages.md`` -> ``handbooks/.translated/labour-rights/wages.yml``."""
    content = root / "handbooks"
    rel = Path(os.path.relpath(en_path, content))
    return content / COPIES / rel.parent.parent / (rel.stem + ".yml")


def read_copy(path: Path) -> dict[str, str]:
    """The kept texts, by section id; empty when there is no copy or it cannot be read."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


class _Literal(yaml.SafeDumper):
    """Writes several-line texts as ``|`` blocks, so a copy reads (and diffs in git) like the Chinese file."""


_Literal.add_representer(str, lambda dumper, text: dumper.represent_scalar(
    "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None))


def _copy_text(entries: dict[str, str], en_rel: str, zh_rel: str) -> str:
    head = ("# 由 quanyi mark-translated 自动写入，请不要修改。\n"
            "# Written by `quanyi mark-translated`; do not edit. The Chinese text that\n"
            f"# {en_rel} translates, so that `quanyi check` can show\n"
            f"# what has changed in {zh_rel} since.\n")
    if not entries:
        return head + "{}\n"
    return head + yaml.dump(entries, Dumper=_Literal, allow_unicode=True, sort_keys=False, width=10**6)


# --- the short diff ---

def _cols(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _head(text: str, cols: int) -> str:
    out, used = [], 0
    for c in text:
        used += _cols(c)
        if used > cols:
            break
        out.append(c)
    return "".join(out)


def _tail(text: str, cols: int) -> str:
    return _head(text[::-1], cols)[::-1]


def _clip(line: str) -> str:
    if not line:
        return EMPTY
    return line if _cols(line) <= DIFF_WIDTH else _head(line, DIFF_WIDTH - 1) + "…"


def _pair(old: str, new: str) -> tuple[str, str]:
    """Two versions of one line; when long, only the changed part and a few characters either side."""
    if _cols(old) <= DIFF_WIDTH and _cols(new) <= DIFF_WIDTH:
        return _clip(old), _clip(new)
    p = len(os.path.commonprefix([old, new]))
    s = len(os.path.commonprefix([old[p:][::-1], new[p:][::-1]]))
    before, after = old[:p], old[len(old) - s:]
    lead = "…" + _tail(before, DIFF_CONTEXT) if _cols(before) > DIFF_CONTEXT else before
    trail = _head(after, DIFF_CONTEXT) + "…" if _cols(after) > DIFF_CONTEXT else after
    room = max(DIFF_WIDTH - _cols(lead) - _cols(trail), 12)

    def middle(text: str) -> str:
        return text if _cols(text) <= room else _head(text, room // 2) + "…" + _tail(text, room // 2 - 1)
    return lead + middle(old[p:len(old) - s]) + trail, lead + middle(new[p:len(new) - s]) + trail


def short_diff(old: str, new: str) -> list[str]:
    """At most :data:`DIFF_LINES` lines of ``- old`` / ``+ new`` between two texts."""
    a, b = old.split("\n"), new.split("\n")
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        olds, news = a[i1:i2], b[j1:j2]
        pairs = min(len(olds), len(news))
        for o, n in zip(olds[:pairs], news[:pairs], strict=True):
            o, n = _pair(o, n)
            out += [f"- {o}", f"+ {n}"]
        out += [f"- {_clip(o)}" for o in olds[pairs:]] + [f"+ {_clip(n)}" for n in news[pairs:]]
    # an empty line added or removed around a changed paragraph says nothing; alone, it is the change
    text = [line for line in out if not line.endswith(EMPTY)]
    out = text or out
    if len(out) > DIFF_LINES:
        rest = len(out) - (DIFF_LINES - 1)
        out = out[:DIFF_LINES - 1] + [f"… and {rest} more changed line(s)"]
    return out


def _what_changed(copy: str | None, recorded, current: str, zh_rel: str) -> tuple[str, ...]:
    if copy is not None and _hash(copy) == recorded:
        return ("what changed in the Chinese since it was translated:", *short_diff(copy, current))
    return (f"what changed is unknown: compare with git log -p {zh_rel}",)


def check_drift(project: Project, problems: Problems) -> None:
    for hb in project.handbooks.values():
        for ch in hb.chapters:
            en, zh = ch.files["en"], ch.files["zh"]
            drift = chapter_drift(ch)
            if not drift:
                continue
            recorded, texts = _recorded(en), section_texts(zh)
            copies = read_copy(copy_path(project.root, en.path))
            for sid, why in drift.items():
                h = en.find(sid)
                zh_line = zh.line_no(zh.find(sid).index)
                line = en.line_no(h.index) if h else 1
                what = "translates an older version of" if why == "changed" else "has no record of translating"
                detail = _what_changed(copies.get(sid), recorded.get(sid), texts[sid], problems.rel(zh.path)) \
                    if why == "changed" else ()
                problems.warning(en.path, line, f"section {{#{sid}}} {what} {problems.rel(zh.path)}:{zh_line}",
                                 f"update the English, then run: {COMMAND} {problems.rel(en.path)} --section {sid}",
                                 detail)
    for ov in project.overlays:
        why = overlay_drift(ov)
        if why:
            en, zh = ov.files["en"], ov.files["zh"]
            what = "translates an older version of" if why == "changed" else "has no record of translating"
            detail = _what_changed(read_copy(copy_path(project.root, en.path)).get(OVERLAY_TEXT),
                                   en.meta.data.get(KEY), _text(zh.lines), problems.rel(zh.path)) \
                if why == "changed" else ()
            problems.warning(en.path, 1, f"overlay {what} {problems.rel(zh.path)}",
                             f"update the English, then run: {COMMAND} {problems.rel(en.path)}", detail)


# --- mark-translated ---

@dataclass
class Translation:
    """An English file and the Chinese file it translates."""

    en: MarkdownFile
    zh: MarkdownFile
    chapter: bool  # False: an overlay


class MarkError(Exception):
    """Nothing was marked; ``messages`` says why, one ``path: what — fix`` line each."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("\n".join(messages))


def translations(project: Project) -> list[Translation]:
    found = [Translation(ch.files["en"], ch.files["zh"], True) for hb in project.handbooks.values()
             for ch in hb.chapters]
    return found + [Translation(ov.files["en"], ov.files["zh"], False) for ov in project.overlays]


def find(project: Project, names: list[str], cwd: Path) -> tuple[list[Translation], list[str]]:
    """The files editors typed, relative to ``cwd`` or to the repository, with / or \\, or a pattern like *.md;
    and a ``path: what — fix`` line for each name that is not an English chapter or overlay."""
    rel = Problems(project.root).rel
    known = translations(project)
    found: list[Translation] = []
    errors: list[str] = []
    for name in names:
        paths = _paths(name, cwd, project.root)
        if not paths:
            errors.append(_not_found(name, rel(cwd / name.strip().replace("\\", "/")), known, rel))
        for path in paths:
            t = next((t for t in known if _same(t.en.path, path)), None)
            twin = next((t for t in known if _same(t.zh.path, path)), None)
            if t:
                if all(t is not f for f in found):
                    found.append(t)
            elif twin:
                errors.append(f"{rel(path)}: this is the Chinese text — mark its English translation: "
                              f"{COMMAND} {rel(twin.en.path)}")
            elif path.is_dir():
                errors.append(f"{rel(path)}: is a folder — name the English files in it, or use --all")
            else:
                errors.append(f"{rel(path)}: not an English chapter or overlay — give a file under en/, "
                              f"e.g. {rel(known[0].en.path) if known else 'handbooks/<handbook>/en/<chapter>.md'}")
    return found, errors


def _paths(name: str, cwd: Path, root: Path) -> list[Path]:
    text = name.strip().replace("\\", "/")
    m = re.fullmatch(r"(.+?):\d+", text)  # copied from a warning with its line number
    for candidate in (text, m.group(1) if m else None):
        if not candidate:
            continue
        for base in (cwd, root):  # as typed where the editor is, or as `quanyi check` names it
            path = base / candidate
            if path.exists():
                return [path]
            if any(c in candidate for c in "*?["):
                matches = sorted(Path(p) for p in glob.glob(str(path)))
                if matches:
                    return matches
    return []


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)  # also when Windows or a Mac ignore the letter case
    except OSError:
        return False


def _not_found(name: str, where: str, known: list[Translation], rel) -> str:
    names = [rel(t.en.path) for t in known]
    close = difflib.get_close_matches(where, names, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else \
        "English chapters are in handbooks/<handbook>/en/, overlays in handbooks/provinces/<province>/en/"
    return f"{name}: no such file — {hint}"


def _section_id(text: str) -> str:
    """``pay-slips``, also when typed as ``{#pay-slips}`` or ``#pay-slips``."""
    return re.sub(r"[\s{}#｛｝＃]", "", text)


def mark(project: Project, chosen: list[Translation], sections: list[str] | None = None,
         errors: list[str] | None = None) -> list[str]:
    """Record the current Chinese of ``chosen`` (only ``sections`` of chapters, when given).

    Every file is checked first; on any problem (``errors`` brings those found before, e.g. by
    :func:`find`) nothing is written and :class:`MarkError` lists them all. Returns one line per
    file for the editor.
    """
    rel = Problems(project.root).rel
    wanted = [_section_id(s) for s in sections or []]
    writes: list[tuple[Path, bytes]] = []
    done, errors = [], list(errors or [])
    for t in chosen:
        raw = t.en.path.read_bytes().decode("utf-8")
        copy_file = copy_path(project.root, t.en.path)
        if t.chapter:
            texts = section_texts(t.zh)
            hashes = {sid: _hash(text) for sid, text in texts.items()}
            missing = [sid for sid in wanted if sid not in texts]
            if missing:
                errors += [_no_section(rel(t.en.path), rel(t.zh.path), sid, list(texts)) for sid in missing]
                continue
            update = {sid: hashes[sid] for sid in wanted or texts}
            order = list(texts)
            remove = set() if wanted else set(_recorded(t.en)) - set(texts)
            recorded = {**{k: v for k, v in _recorded(t.en).items() if k not in remove}, **update}
            kept = read_copy(copy_file) if wanted else {}
            # a copy of another section stays only while it is the text that section's hash records
            entries = {sid: (texts[sid] if sid in update else kept[sid]) for sid in texts
                       if sid in update or (sid in kept and _hash(kept[sid]) == recorded.get(sid))}
        else:
            if wanted:
                errors.append(f"{rel(t.en.path)}: an overlay is marked as a whole — "
                              f"run the command again without --section: {COMMAND} {rel(t.en.path)}")
                continue
            text = _text(t.zh.lines)
            update, remove, order = _hash(text), set(), []
            entries = {OVERLAY_TEXT: text}
        try:
            new = set_value(raw, KEY, update, remove, order)
        except EditError as exc:
            errors.append(f"{rel(t.en.path)}:{exc.line}: {exc.message}, so nothing was marked — "
                          f"fix the front matter by hand, or write '{KEY}' as in the other English files")
            continue
        if new != raw:
            writes.append((t.en.path, new.encode("utf-8")))
        copy = _copy_text(entries, rel(t.en.path), rel(t.zh.path)).encode("utf-8")
        if not copy_file.exists() or copy_file.read_bytes() != copy:
            writes.append((copy_file, copy))
        what = (f"section {{#{wanted[0]}}} of " if len(wanted) == 1 else
                f"sections {', '.join('{#' + s + '}' for s in wanted)} of " if wanted else "")
        done.append(f"marked {what}{rel(t.en.path)} as translating its current Chinese source")
    if errors:
        raise MarkError(errors)
    for path, data in writes:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return done


def _no_section(en_rel: str, zh_rel: str, sid: str, ids: list[str]) -> str:
    close = difflib.get_close_matches(sid, ids, n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    return f"{en_rel}: no section {{#{sid}}} in the Chinese chapter {zh_rel} — {hint}ids there: {', '.join(ids)}"
