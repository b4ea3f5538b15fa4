"""Search: one Pagefind index per edition, so results come only from the reader's edition.

Pagefind (its extended build segments Chinese) splits each index by page language and
loads only the chunks a query needs. A separate bundle per edition keeps each small and
avoids filters, whose output Pagefind does not write in a stable order.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


class SearchIndexError(Exception):
    pass


def index_editions(site: Path, editions: list[str]) -> None:
    for code in editions:
        result = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", f"{{{code},en/{code}}}/**/*.html",
             "--output-subdir", f"pagefind/{code}", "--silent"], capture_output=True, text=True)
        if result.returncode != 0:
            raise SearchIndexError(f"Pagefind could not index {code}: {(result.stderr or result.stdout)[-2000:]}")
        entry = site / "pagefind" / code / "pagefind-entry.json"
        # languages come out in random order; sorted, two builds of one commit are identical
        entry.write_text(json.dumps(json.loads(entry.read_text(encoding="utf-8")), sort_keys=True,
                                    ensure_ascii=False), encoding="utf-8")
