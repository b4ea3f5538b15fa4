"""Problems found in content, reported as ``path:line: what is wrong — how to fix it``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    fix: str = ""
    severity: str = "error"  # or "warning"
    detail: tuple[str, ...] = ()  # lines shown under the message, e.g. what changed in a text

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        text = f"{self.path}:{self.line}: {label}{self.message}"
        return text + (f" — {self.fix}" if self.fix else "") + "".join(f"\n    {line}" for line in self.detail)


@dataclass
class Problems:
    """Collects problems so that every mistake is reported in one run."""

    root: Path
    items: list[Problem] = field(default_factory=list)

    def rel(self, path: Path | str) -> str:
        path = Path(path)
        try:
            # resolve the folders, not the file: a file that is a link is named as itself
            return (path.parent.resolve() / path.name).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def error(self, path: Path | str, line: int, message: str, fix: str = "") -> None:
        self.items.append(Problem(self.rel(path), max(line, 1), message, fix, "error"))

    def warning(self, path: Path | str, line: int, message: str, fix: str = "", detail: tuple[str, ...] = ()) -> None:
        self.items.append(Problem(self.rel(path), max(line, 1), message, fix, "warning", tuple(detail)))

    @property
    def errors(self) -> list[Problem]:
        return sorted({p for p in self.items if p.severity == "error"})

    @property
    def warnings(self) -> list[Problem]:
        return sorted({p for p in self.items if p.severity == "warning"})

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ContentError(self)


class ContentError(Exception):
    """Raised when content has errors; carries every problem found."""

    def __init__(self, problems: Problems):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems.errors))
