"""Internal links: every link to another page or to an ``#anchor`` must arrive somewhere."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from quanyi.content.markdown_file import FENCE, MarkdownFile
from quanyi.problems import Problems

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")


def targets_of(md: MarkdownFile):
    in_fence = False
    for i, line in enumerate(md.lines):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            for m in LINK.finditer(line):
                yield i, m.group(1)


def check_links(md: MarkdownFile, pages: dict[str, set[str]], here: str, problems: Problems) -> None:
    """Check the links of ``md``, which is published as page ``here``.

    ``pages`` maps each page path of one language tree (``wages.md``, ``about.md``)
    to the ids it contains.
    """
    for i, target in targets_of(md):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("/"):
            continue  # external (https:, tel:, mailto:) or absolute: not ours to resolve
        path, _, anchor = target.partition("#")
        if path:
            resolved = (PurePosixPath(here).parent / path).as_posix()
            resolved = _normalise(resolved)
            if resolved not in pages:
                problems.error(md.path, md.line_no(i), f"link to '{target}' goes to a page that does not exist",
                               "link to an existing chapter file, e.g. disputes.md#arbitration")
                continue
        else:
            resolved = here
        if anchor and anchor not in pages[resolved]:
            example = min(pages[resolved], default="")
            problems.error(md.path, md.line_no(i), f"link to '{target}': no section has the id '{anchor}'",
                           f"use one of the ids in {Path(resolved).name}, e.g. #{example}")


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)
