"""Translation drift: which English text translates an older version of its Chinese source.

Each English chapter keeps, in front matter, a short hash of every Chinese section it
translates (``translated-from: {section-id: hash}``); each English overlay keeps one hash
of its Chinese twin. When the Chinese changes, the hashes no longer match: ``quanyi check``
lists the outdated parts and the English page says it may be out of date, until an editor
updates the English and runs ``quanyi mark-translated``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from quanyi.content.markdown_file import MarkdownFile
from quanyi.content.model import Chapter, Overlay, Project
from quanyi.problems import Problems

KEY = "translated-from"


def _digest(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines).strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def section_hashes(md: MarkdownFile) -> dict[str, str]:
    """Hash of each section's own text: from its heading to the next heading of any level."""
    result = {}
    heads = md.headings
    for n, h in enumerate(heads):
        if h.id:
            end = heads[n + 1].index if n + 1 < len(heads) else len(md.lines)
            result[h.id] = _digest(md.lines[h.index:end])
    return result


def chapter_drift(chapter: Chapter) -> dict[str, str]:
    """Outdated section ids of the English chapter -> 'changed' or 'never recorded'."""
    recorded = chapter.files["en"].meta.data.get(KEY) or {}
    current = section_hashes(chapter.files["zh"])
    return {sid: ("changed" if sid in recorded else "never recorded")
            for sid, digest in current.items() if recorded.get(sid) != digest}


def overlay_drift(overlay: Overlay) -> str | None:
    recorded = overlay.files["en"].meta.data.get(KEY)
    if recorded == _digest(overlay.files["zh"].lines):
        return None
    return "changed" if recorded else "never recorded"


def check_drift(project: Project, problems: Problems) -> None:
    for hb in project.handbooks.values():
        for ch in hb.chapters:
            en, zh = ch.files["en"], ch.files["zh"]
            for sid, why in chapter_drift(ch).items():
                h = en.find(sid)
                zh_line = zh.line_no(zh.find(sid).index)
                line = en.line_no(h.index) if h else 1
                what = "translates an older version of" if why == "changed" else "has no record of translating"
                problems.warning(en.path, line, f"section {{#{sid}}} {what} "
                                 f"{problems.rel(zh.path)}:{zh_line}",
                                 "update the English, then run: "
                                 f".venv/bin/quanyi mark-translated {problems.rel(en.path)}")
    for ov in project.overlays:
        why = overlay_drift(ov)
        if why:
            en = ov.files["en"]
            what = "translates an older version of" if why == "changed" else "has no record of translating"
            problems.warning(en.path, 1, f"overlay {what} {problems.rel(ov.files['zh'].path)}",
                             f"update the English, then run: .venv/bin/quanyi mark-translated {problems.rel(en.path)}")


def mark(project: Project, paths: list[Path]) -> list[Path]:
    """Record the current Chinese source in the front matter of the given English files."""
    wanted = {p.resolve() for p in paths}
    done = []
    for hb in project.handbooks.values():
        for ch in hb.chapters:
            if ch.files["en"].path.resolve() in wanted:
                _write(ch.files["en"], section_hashes(ch.files["zh"]))
                done.append(ch.files["en"].path)
    for ov in project.overlays:
        if ov.files["en"].path.resolve() in wanted:
            _write(ov.files["en"], _digest(ov.files["zh"].lines))
            done.append(ov.files["en"].path)
    return done


def _write(md: MarkdownFile, record) -> None:
    meta = dict(md.meta.data)
    meta[KEY] = record
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False).strip()
    body = "\n".join(md.lines).strip("\n")
    md.path.write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")
