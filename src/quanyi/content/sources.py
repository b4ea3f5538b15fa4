"""Load and validate every source under ``handbooks/`` into a :class:`Project`.

All problems are collected, never raised one at a time, so that an editor sees every
mistake in one run.
"""

from __future__ import annotations

from pathlib import Path

from quanyi.content import schema as s
from quanyi.content.documents import load_documents
from quanyi.content.markdown_file import MarkdownFile, read
from quanyi.content.model import Chapter, FirstStep, Handbook, Overlay, Project, ValueSpec
from quanyi.content.overlays import OPERATIONS, overlay_schema
from quanyi.content.provinces import VALUE_KINDS, load_province
from quanyi.content.searchwords import load_search_words
from quanyi.content.updates import load_updates
from quanyi.content.variables import check_variables
from quanyi.content.yamlfile import load
from quanyi.problems import Problems
from quanyi.strings import LANGS

MANIFEST = s.Map({
    "title": s.Field(s.lang_text()),
    "web": s.Field(s.OneOf((True, False)), required=False),
    "reviewed": s.Field(s.Date()),
    "chapters": s.Field(s.List(s.Str(), min_items=1)),
    "first-steps": s.Field(s.List(s.Map({
        "label": s.Field(s.lang_text()),
        "target": s.Field(s.Str()),
    }, description="a first step")), required=False),
}, description="a handbook manifest")

CHAPTER_META = s.Map({
    "translated-from": s.Field(s.DictOf(s.Str()), required=False),
}, description="chapter front matter")

VALUES = s.DictOf(s.Map({
    "kind": s.Field(s.OneOf(tuple(VALUE_KINDS))),
    "label": s.Field(s.lang_text()),
    "national": s.Field(s.DictOf(s.lang_text())),
}, description="a value declaration"))


def load_project(root: Path, problems: Problems) -> Project:
    content = root / "handbooks"
    values = _load_values(content / "values.yml", problems)
    handbooks = {}
    manifests = sorted(content.glob("*/handbook.yml"))
    for manifest in manifests:
        hb = _load_handbook(manifest, problems)
        if hb:
            handbooks[hb.id] = hb
    # A manifest that failed to load was already reported; checks that need every
    # handbook would only add confusing follow-on errors.
    complete = len(handbooks) == len(manifests)
    if complete and sum(1 for h in handbooks.values() if h.web) != 1:
        problems.error(content, 1, "exactly one handbook must have 'web: true'",
                       "set 'web: true' in the handbook.yml of the handbook the site shows")
    kinds = {v.id: v.kind for v in values.values()}
    provinces = {}
    for directory in sorted(p for p in (content / "provinces").glob("*") if p.is_dir()):
        prov = load_province(directory, kinds, problems, {v.id: v.label for v in values.values()})
        if prov:
            provinces[prov.code] = prov
    project = Project(root, handbooks, values, provinces)
    targets = {sid for hb in handbooks.values() for ch in hb.chapters for sid in ch.files["zh"].ids}
    for code, prov in provinces.items():
        project.overlays.extend(_load_overlays(prov.path.parent, code, problems, targets))
    _check_ids(project, problems)
    if complete:
        _check_overlays(project, problems)
    check_variables(project, problems)
    project.updates = load_updates(root, project, problems)
    project.search_words = load_search_words(content, problems)
    project.documents = load_documents(content, problems)
    return project


def _load_values(path: Path, problems: Problems) -> dict[str, ValueSpec]:
    if not path.exists():
        problems.error(path, 1, "values.yml is missing", "restore handbooks/values.yml")
        return {}
    doc = load(path, problems)
    if doc is None or not s.validate(VALUES, doc, problems):
        return {}
    return {vid: ValueSpec(vid, v["kind"], v["label"], v["national"]) for vid, v in doc.data.items()}


def _load_handbook(manifest: Path, problems: Problems) -> Handbook | None:
    doc = load(manifest, problems)
    if doc is None or not s.validate(MANIFEST, doc, problems):
        return None
    directory = manifest.parent
    chapters = []
    for i, slug in enumerate(doc.data["chapters"]):
        files = {}
        for lang in LANGS:
            path = directory / lang / f"{slug}.md"
            if not path.exists():
                problems.error(manifest, doc.line(("chapters", i)),
                               f"chapter '{slug}' has no {lang} file {lang}/{slug}.md",
                               f"create {problems.rel(path)} (every chapter exists in zh and en)")
                continue
            md = read(path, problems)
            if md and s.validate(CHAPTER_META, md.meta, problems):
                files[lang] = md
        if len(files) == len(LANGS):
            chapters.append(Chapter(slug, files))
    listed = set(doc.data["chapters"])
    for lang in LANGS:
        for path in sorted((directory / lang).glob("*.md")):
            if path.stem not in listed:
                problems.error(path, 1, f"chapter file is not listed in {manifest.name}",
                               f"add '- {path.stem}' under 'chapters:' or delete the file")
    return Handbook(directory.name, directory, doc.data["title"], bool(doc.data.get("web")), chapters,
                    doc.data["reviewed"], _first_steps(doc, chapters, problems))


def _first_steps(doc, chapters: list[Chapter], problems: Problems) -> list[FirstStep]:
    """The home page's problem buttons; each target is ``chapter#section-id`` in both languages."""
    steps = []
    by_slug = {ch.slug: ch for ch in chapters}
    for i, step in enumerate(doc.data.get("first-steps") or []):
        chapter, _, anchor = step["target"].partition("#")
        line = doc.line(("first-steps", i, "target"))
        if chapter not in by_slug:
            problems.error(doc.path, line, f"first step '{step['target']}': there is no chapter '{chapter}'",
                           "write the target as chapter#section-id, e.g. wages#unpaid-wages")
            continue
        missing = [lang for lang in LANGS if anchor and anchor not in by_slug[chapter].files[lang].ids]
        if missing:
            problems.error(doc.path, line, f"first step '{step['target']}': chapter '{chapter}' has no section "
                           f"{{#{anchor}}} in {' and '.join(missing)}",
                           "use an id written after a ## heading of that chapter, e.g. {#unpaid-wages}")
            continue
        steps.append(FirstStep(step["label"], chapter, anchor))
    return steps


def _load_overlays(directory: Path, province: str, problems: Problems, targets: set[str]) -> list[Overlay]:
    names = sorted({p.name for lang in LANGS for p in (directory / lang).glob("*.md")})
    overlays = []
    for name in names:
        files: dict[str, MarkdownFile] = {}
        for lang in LANGS:
            path = directory / lang / name
            if not path.exists():
                other = next(lng for lng in LANGS if lng != lang)
                problems.error(directory / other / name, 1,
                               f"overlay has no {lang} twin {lang}/{name}",
                               f"create {problems.rel(path)} with the same target and operation")
                continue
            md = read(path, problems)
            if md and s.validate(overlay_schema(), md.meta, problems):
                files[lang] = md
        if len(files) != len(LANGS):
            continue
        metas = [files[lang].meta.data for lang in LANGS]
        first = metas[0]
        zh_target, en_target = first.get("target"), metas[1].get("target")
        if zh_target != en_target and zh_target not in targets and en_target in targets:
            # the typo is in the Chinese file: say so there, instead of asking for the typo in English
            zh = files[LANGS[0]]
            problems.error(zh.path, zh.meta.line(("target",)),
                           f"target '{zh_target}' is not a section id; the en twin's '{en_target}' is",
                           f"write target: {en_target} here too")
            first = {**first, "target": en_target}
        for key in ("target", "operation", "regulations"):
            if any(m.get(key) != first.get(key) for m in metas[1:]):
                en = files[LANGS[1]]
                problems.error(en.path, en.meta.line((key,)),
                               f"'{key}' differs from the zh twin ({first.get(key)!r})",
                               f"use the same '{key}' in both languages")
        overlays.append(Overlay(province, name, first["target"], first["operation"],
                                list(first.get("regulations") or []), files))
    return overlays


def _check_ids(project: Project, problems: Problems) -> None:
    for hb in project.handbooks.values():
        seen: dict[str, tuple[Path, int]] = {}
        for ch in hb.chapters:
            zh, en = ch.files["zh"], ch.files["en"]
            for md in (zh, en):
                for h in md.headings:
                    if h.level == 2 and not h.id:
                        problems.error(md.path, md.line_no(h.index),
                                       f"section '{h.title}' has no id",
                                       "end the heading with an id, e.g. ## 最低工资 {#minimum-wage}")
            for md, other in ((zh, en), (en, zh)):
                missing = [i for i in md.ids if i not in other.ids]
                for sid in missing:
                    h = md.find(sid)
                    problems.error(md.path, md.line_no(h.index),
                                   f"section {{#{sid}}} has no twin in {problems.rel(other.path)}",
                                   "give the translated heading the same id, or remove this one")
            for md in (zh, en):
                for h in md.headings:
                    if not h.id:
                        continue
                    key = f"{md.path.parent.name}:{h.id}"
                    if key in seen:
                        path, line = seen[key]
                        problems.error(md.path, md.line_no(h.index),
                                       f"id '{h.id}' is already used at {problems.rel(path)}:{line}",
                                       "give each section its own id")
                    else:
                        seen[key] = (md.path, md.line_no(h.index))


def _check_overlays(project: Project, problems: Problems) -> None:
    targets = {sid for hb in project.handbooks.values() for ch in hb.chapters
               for sid in ch.files["zh"].ids}
    for ov in project.overlays:
        prov = project.provinces[ov.province]
        for md in ov.files.values():
            if ov.target not in targets:
                problems.error(md.path, md.meta.line(("target",)),
                               f"target '{ov.target}' is not a section id in any handbook",
                               "use the {#id} of an existing section heading")
            for i, reg in enumerate(ov.regulations):
                if reg not in prov.regulations:
                    known = ", ".join(sorted(prov.regulations)) or "none yet"
                    problems.error(md.path, md.meta.line(("regulations", i)),
                                   f"unknown regulation '{reg}'",
                                   f"add it to {problems.rel(prov.path)} under 'regulations:' "
                                   f"(known: {known})")
            if ov.operation != "remove" and not "".join(md.lines).strip():
                problems.error(md.path, md.meta.line(("operation",)),
                               f"'{ov.operation}' overlay has no text", "write the local text below the front matter")
            if ov.operation == "insert-after":
                for h in md.headings:
                    if h.id and h.id in targets:
                        problems.error(md.path, md.line_no(h.index),
                                       f"id '{h.id}' is already used by a national section",
                                       "choose a new id for the inserted section")


__all__ = ["OPERATIONS", "load_project"]
