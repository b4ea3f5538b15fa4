"""Which Chromium the browser checks drive: Debian's, unless ``QUANYI_CHROMIUM`` names another.

Ubuntu's ``chromium-browser`` is a wrapper that starts a snap, which Playwright cannot drive
from a headless session; say so, with the fix, instead of failing somewhere inside Playwright.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ENV = "QUANYI_CHROMIUM"
DEBIAN = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class NoChromium(RuntimeError):
    pass


def _is_snap_wrapper(path: Path) -> bool:
    try:
        return path.stat().st_size < 100_000 and b"snap" in path.read_bytes()
    except OSError:
        return False


def chromium_path() -> str:
    """The Chromium binary to launch; NoChromium with the fix when there is none that works."""
    named = os.environ.get(ENV)
    if named:
        if not Path(named).is_file():
            raise NoChromium(f"{ENV}={named}: no such file — point it at a Chromium or Chrome binary")
        return named
    if DEBIAN.is_file():
        return str(DEBIAN)
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found and not _is_snap_wrapper(Path(found)):
        return found
    hint = (f"{found} starts a snap, which cannot be driven headless here. " if found else "")
    raise NoChromium(f"No usable Chromium: {hint}On Debian or Ubuntu, make setup-test installs it (or: sudo apt-get "
                     "install chromium). Elsewhere install "
                     f"Google Chrome or a non-snap Chromium and set {ENV}=/path/to/chrome")
