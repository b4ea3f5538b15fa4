"""The report of ``quanyi diff``: plain text for a terminal, or GitHub-flavoured Markdown for a job summary.

Both say the same: what was compared, the source files changed, content errors of either side,
then per edition and language the pages that changed with a diff of each (at most ``limit``
lines a page, then "… N more lines"; a change already shown for another edition is named, not
repeated), the editions with no change in one line, and the print files whose page counts move.
"""

from __future__ import annotations

import html
import re

from quanyi.review.diff import EditionChange, PageChange, Report
from quanyi.review.pages import SITE
from quanyi.review.prints import PrintChange
from quanyi.review.textdiff import capped

LIMIT = 60  # diff lines shown per page
PROBLEMS = 10  # content errors listed per side
SOURCES = 20  # changed source files named in the text report
SUMMARY_MAX = 900_000  # GitHub keeps 1 MiB of a step's summary; stay under it
LEGEND = "Lines starting with ~ show what changed inside the line above them: [-removed-]{+added+}."


def _where(ed: EditionChange) -> str:
    if ed.code == SITE:
        return f"{ed.name} ({ed.lang})"
    return f"{ed.name} ({ed.code}, {ed.lang})"


def _path(path: str) -> str:
    return "/" + path


def _page_line(page: PageChange) -> str:
    removed, added = page.counts
    what = {"changed": f"+{added} −{removed}", "new": "new page", "removed": "page removed"}[page.status]
    same = f", the same change as {_path(page.same_as)}" if page.same_as else ""
    return f"{_path(page.path)} ({page.title}): {what}{same}"


def _heading(ed: EditionChange) -> str:
    if ed.code == SITE and ed.status:
        return f"{_where(ed)}: {len(ed.pages)} pages, all {ed.status}"
    if ed.status == "new":
        return f"{_where(ed)}: a new edition, {len(ed.pages)} pages"
    if ed.status == "removed":
        return f"{_where(ed)}: edition removed ({len(ed.pages)} pages)"
    if not ed.pages:
        return f"{_where(ed)}: not compared"
    return f"{_where(ed)}: {len(ed.pages)} of {ed.total} pages changed"


def _broken(ed: EditionChange, base: str) -> list[str]:
    names = {"base": f"BASE {base}", "head": "the working tree"}
    return [f"could not be assembled from {names[side]}: {why}" for side, why in ed.broken.items()]


def _diff(page: PageChange, limit: int) -> list[str]:
    if page.same_as:
        return []
    lines, more = capped(page.hunks, limit)
    old = "/dev/null" if page.status == "new" else f"{_path(page.path)} (BASE)"
    new = "/dev/null" if page.status == "removed" else f"{_path(page.path)} (working tree)"
    return [f"--- {old}", f"+++ {new}", *lines] + ([f"… {more} more lines"] if more else [])


def _unchanged(report: Report) -> str:
    by_code: dict[str, list[str]] = {}
    for ed in report.unchanged:
        by_code.setdefault(ed.code, []).append(ed.lang)
    return ", ".join(f"{code if code != SITE else 'site pages'} ({' and '.join(langs)})"
                     for code, langs in by_code.items())


def _print_line(change: PrintChange) -> str:
    def side(pages: int | None, problem: str, label: str) -> str:
        if pages is not None:
            return f"{pages}"
        return f"could not be made from {label} ({problem})" if problem else "none"

    before = side(change.before, change.before_problem, "BASE")
    after = side(change.after, change.after_problem, "the working tree")
    delta = change.delta
    moved = "" if delta is None else " (same page count)" if delta == 0 else f" ({delta:+d} pages)"
    return f"{change.name}: {before} → {after} pages{moved}"


def _problem_lines(report: Report, base: str) -> list[str]:
    out = []
    for side, label in (("base", f"BASE {base}"), ("head", "The working tree")):
        if side in report.failures:
            out.append(f"{label}: {report.failures[side]}; only what could be read is compared.")
        errors = report.problems.get(side, [])
        if errors:
            why = "this change may be what fixes them" if side == "base" else "run quanyi check to see all of them"
            out.append(f"{label} has {len(errors)} content error(s), so some of it may not be compared ({why}):")
            out += [f"  {line}" for line in errors[:PROBLEMS]]
            if len(errors) > PROBLEMS:
                out.append(f"  … and {len(errors) - PROBLEMS} more")
    return out


def _timing(report: Report) -> str:
    parts = [f"pages compared in {report.seconds['text']:.1f} s"]
    if "print" in report.seconds:
        parts.append(f"print files in {report.seconds['print']:.1f} s")
    return "; ".join(parts)


def text(report: Report, limit: int = LIMIT) -> str:
    base = str(report.base)
    out = [f"quanyi diff: BASE = {base} → the working tree"]
    if report.sources:
        more = len(report.sources) - SOURCES
        out.append(f"{len(report.sources)} source file(s) changed: " + ", ".join(report.sources[:SOURCES])
                   + (f" … and {more} more" if more > 0 else ""))
    else:
        out.append("No source file changed.")
    out += _problem_lines(report, base)
    if any(p.hunks and p.status == "changed" for ed in report.changes for p in ed.pages):
        out.append(LEGEND)
    for ed in report.changes:
        out += ["", f"== {_heading(ed)}"]
        out += [f"   {line}" for line in _broken(ed, base)]
        out += [f"   {_page_line(p)}" for p in ed.pages]
        for page in ed.pages:
            out += _diff(page, limit)
    out.append("")
    if not report.changes:
        out.append("No page of any edition changed.")
    if report.unchanged:
        out.append("No change: " + _unchanged(report))
    out += [""] + _prints_text(report.prints)
    out += ["", f"({_timing(report)})"]
    return "\n".join(out) + "\n"


def _prints_text(prints: list[PrintChange] | None) -> list[str]:
    if prints is None:
        return ["Print files were not compared (--no-pdf)."]
    if not prints:
        return ["No PDF changes."]
    return [_prints_summary(prints) + ":"] + [f"  {_print_line(c)}" for c in prints]


def _prints_summary(prints: list[PrintChange]) -> str:
    moved = [c for c in prints if c.delta]
    failed = [c for c in prints if c.before is None and c.before_problem or c.after is None and c.after_problem]
    text = f"{len(prints)} print file(s) change (rendered from both sides); the page count moves in {len(moved)}"
    return text + (f", {len(failed)} could not be made" if failed else "")


# --- Markdown ---------------------------------------------------------------------------------------------


def _esc(s: str) -> str:
    """Text in Markdown and HTML: nothing in a title may open a tag or a table cell."""
    return html.escape(s, quote=False).replace("|", "\\|").replace("`", "'")


def _fence(lines: list[str]) -> str:
    longest = max((len(m) for line in lines for m in re.findall(r"`+", line)), default=0)
    return "`" * max(3, longest + 1)


def markdown(report: Report, limit: int = LIMIT) -> str:
    base = str(report.base)
    out = ["### 权益 Quanyi: what this change does to each edition", "",
           f"BASE: `{_esc(base)}`, compared with this change. "
           + (f"{len(report.sources)} source file(s) changed." if report.sources else "No source file changed."),
           ""]
    if report.sources:
        out += ["<details><summary>Source files changed</summary>", "", *[f"- `{_esc(s)}`" for s in report.sources], "",
                "</details>", ""]
    problems = _problem_lines(report, base)
    if problems:
        out += ["> [!WARNING]", *[f"> {_esc(line.strip())}  " for line in problems], ""]
    if report.changes:
        out += ["| edition | language | pages changed |", "| --- | --- | --- |"]
        for ed in report.changes:
            out.append(f"| {_esc(ed.name)} `{ed.code}` | {ed.lang} | {_esc(_heading(ed).split(': ', 1)[1])} |")
        out += ["", LEGEND, ""]
    else:
        out += ["No page of any edition changed.", ""]
    blocks = [_edition_block(ed, base, limit) for ed in report.changes]
    size = sum(len(line) + 1 for line in out)
    for i, block in enumerate(blocks):
        size += sum(len(line) + 1 for line in block)
        if size > SUMMARY_MAX:  # whole blocks only: a cut inside one would leave a fence open
            out += [f"… {len(blocks) - i} more edition(s) not shown here (the summary would be too long): run "
                    f"`quanyi diff {_esc(report.base.short)}` to see them.", ""]
            break
        out += block
    if report.unchanged:
        out += ["No change: " + _esc(_unchanged(report)), ""]
    out += ["#### Print files", ""]
    if report.prints:
        out += [_prints_summary(report.prints) + ".", ""]
        out += ["| file | pages before | pages after | change |", "| --- | --- | --- | --- |"]
        for c in report.prints:
            before = str(c.before) if c.before is not None else _esc(_missing(c.before_problem))
            after = str(c.after) if c.after is not None else _esc(_missing(c.after_problem))
            delta = c.delta
            out.append(f"| `{c.name}` | {before} | {after} | "
                       + ("–" if delta is None else "same count" if delta == 0 else f"**{delta:+d}**") + " |")
        out.append("")
    else:
        out += [_prints_text(report.prints)[0], ""]
    out += [f"<sub>{_timing(report)}</sub>", ""]
    return "\n".join(out)


def _edition_block(ed: EditionChange, base: str, limit: int) -> list[str]:
    out = [f"<details><summary><strong>{_esc(_where(ed))}</strong>: "
           f"{_esc(_heading(ed).split(': ', 1)[1])}</summary>", ""]
    out += [f"- {_esc(line)}" for line in _broken(ed, base)]
    out += [f"- {_esc(_page_line(p))}" for p in ed.pages]
    out.append("")
    for page in ed.pages:
        lines = _diff(page, limit)
        if lines:
            fence = _fence(lines)
            out += [f"{fence}diff", *lines, fence, ""]
    return out + ["</details>", ""]


def _missing(problem: str) -> str:
    return f"could not be made: {problem}" if problem else "none"
