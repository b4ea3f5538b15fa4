"""``quanyi serve``: live preview for editors.

The renderer's own server watches the generated tree; this loop re-assembles it whenever a
source under handbooks/ or docs/ changes, so no renderer plugin or hook is involved. When the
sources have mistakes, the last good pages stay and every page shows the list of problems
(``path:line: what — fix``) in a banner at the top, until they are fixed.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from quanyi.pipeline.build import assemble_tree
from quanyi.problems import ContentError, Problems
from quanyi.web import renderer

POLL = 0.2  # seconds between looks at the sources: a few hundred stat calls, well under a millisecond each


def _snapshot(root: Path) -> dict[Path, float]:
    return {p: p.stat().st_mtime for d in ("handbooks", "docs") for p in (root / d).rglob("*") if p.is_file()}


def _assemble(root: Path, only: set[str] | None) -> None:
    problems = Problems(root)
    try:
        assemble_tree(root, problems, only)
        print("quanyi: assembled", file=sys.stderr)
    except ContentError as exc:
        for p in exc.problems.errors:
            print(p, file=sys.stderr)
        print("quanyi: fix the problems above; the preview shows the last good version", file=sys.stderr)
        # and says so on the page itself, where the editor is looking
        renderer.show_problems(root / "build", [str(p) for p in exc.problems.errors])


def _stop(signum, frame):
    raise KeyboardInterrupt  # so that the renderer's server below is stopped too


def serve(root: Path, addr: str, only: set[str] | None = None) -> int:
    """Preview every edition, or (``only``) the national one and the provinces named."""
    signal.signal(signal.SIGTERM, _stop)
    _assemble(root, only)
    proc = renderer.serve(root / "build", addr)
    seen = _snapshot(root)
    try:
        while proc.poll() is None:
            time.sleep(POLL)
            now = _snapshot(root)
            if now != seen:
                seen = now
                _assemble(root, only)
    except KeyboardInterrupt:
        pass
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0
