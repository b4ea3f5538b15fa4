"""The rendered pages, checked as the browser will get them, each finding traced to its source file.

Every HTML page of a fresh build is parsed with an HTML5 parser (the algorithm browsers
use, so nothing the Markdown check missed hides in a malformed tag). Inside the part made
from Markdown, the rules of :mod:`quanyi.checks.htmlrules` apply in full; our own same-site
GET forms (the edition search) are allowed. On the whole page, theme included, nothing may
load from another host. A finding names the Markdown file and line it came from, found by
the offending text among the sources of that page; where no source has it, the finding
names the rendered page (it came from the theme in ``overrides/``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import tinyhtml5

from quanyi.cache import key
from quanyi.checks.htmlrules import FORBIDDEN, Finding, check_tag, css_findings
from quanyi.content.model import Project
from quanyi.problems import Problems
from quanyi.strings import LANGS

XHTML = "{http://www.w3.org/1999/xhtml}"


def _name(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def page_findings(html: str, is_content: Callable[[str, str], bool]) -> list[Finding]:
    """Unsafe HTML in one rendered page."""
    root = tinyhtml5.parse(html)
    found: list[Finding] = []

    def walk(element, inside: bool) -> None:
        tag = _name(element.tag)
        attrs = [(k.rsplit("}", 1)[-1], v) for k, v in element.attrib.items()]
        if tag:
            inside = inside or is_content(tag, element.get("class", ""))
            if inside:
                found.extend(check_tag(tag, attrs, allow_elements=("form",)))
            else:  # the theme: trusted code, but it too may load nothing from another host
                found.extend(f for f in check_tag(tag, attrs, allow_elements=FORBIDDEN)
                             if "another site" in f.message)
            if tag == "style" and element.text:
                found.extend(css_findings(element.text))
        for child in element:
            walk(child, inside)

    walk(root, False)
    return found


def sources_of(project: Project, rel: str) -> list[Path]:
    """The source files a rendered page (site-relative path) is made from, most likely first."""
    parts = rel.split("/")
    lang = parts[0] if parts[0] in LANGS[1:] else LANGS[0]
    if lang != LANGS[0]:
        parts = parts[1:]
    hb = project.web_handbook
    candidates: list[Path] = []
    if parts and parts[0] in project.editions():
        page = parts[1] if len(parts) > 2 else "index"
        candidates += [ch.files[lang].path for ch in hb.chapters if ch.slug == page]
        candidates += [ov.files[lang].path for ov in project.overlays if ov.province == parts[0]]
    else:
        name = parts[0] if len(parts) > 1 else "index"
        candidates += [project.root / "docs" / lang / f"{name}.md"]
    everything = [md.path for h in project.handbooks.values() for ch in h.chapters for md in ch.files.values()]
    everything += [md.path for ov in project.overlays for md in ov.files.values()]
    everything += sorted((project.root / "docs").rglob("*.md"))
    return candidates + [p for p in everything if p not in candidates]


def _locate(paths: list[Path], evidence: str) -> tuple[Path, int] | None:
    needle = evidence.lower()
    for path in paths:
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            if needle in line.lower():
                return path, number
    return None


def check_site(site: Path, project: Project, problems: Problems, is_content: Callable[[str, str], bool],
               memo: Path | None = None) -> int:
    """Check every page under ``site``; errors go to ``problems``. Returns the number of pages read.

    ``memo`` lists the hashes of pages found clean by earlier builds: the check depends on the
    page alone, so an unchanged page is not parsed again.
    """
    pages = sorted(site.rglob("*.html"))
    known = set(memo.read_text().split()) if memo and memo.is_file() else set()
    clean = []
    for page in pages:
        rel = page.relative_to(site).as_posix()
        data = page.read_bytes()
        digest = key("rendered-check", data, layer="checks")
        if digest in known:
            clean.append(digest)
            continue
        findings = page_findings(data.decode("utf-8"), is_content)
        if not findings:
            clean.append(digest)
        for finding in findings:
            where = _locate(sources_of(project, rel), finding.evidence)
            if where:
                problems.error(where[0], where[1], finding.message, finding.fix)
            else:
                problems.error(f"site/{rel}", 1, finding.message + " (in the theme: overrides/)", finding.fix)
    if memo:
        memo.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo.with_name(memo.name + ".tmp")
        tmp.write_text("\n".join(sorted(clean)) + "\n")
        tmp.replace(memo)
    return len(pages)
