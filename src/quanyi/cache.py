"""Outputs kept between builds, keyed by a hash of everything that makes them.

A rebuild after a small edit re-makes only what its inputs changed: each step hashes its
inputs (the document, the fonts it names, our own code and the versions of the libraries
that write the bytes) and copies the earlier output when the hash is known. Entries are
whole or absent (written under a temporary name, then renamed), and an entry unused by a
build is removed at its end, so the cache never outgrows one build of each kind.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import time
from importlib import metadata
from pathlib import Path


@functools.cache
def code_salt() -> str:
    """Hash of our package's files and every installed library's version: new code never reuses old outputs."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".css", ".js", ".html", ".xsl", ".yml"):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    # any library may write bytes we keep (the PDF writer, the renderer, the compressors, Pillow)
    for line in sorted({f"{d.metadata['Name']}=={d.version}".lower() for d in metadata.distributions()}):
        digest.update(line.encode())
    return digest.hexdigest()


def key(*parts: str | bytes) -> str:
    digest = hashlib.sha256(code_salt().encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
    return digest.hexdigest()[:32]


def file_key(*paths: Path) -> str:
    return key(*(p.read_bytes() for p in paths))


class Store:
    """One kind of output (``pdf``, ``zip`` …) under ``build/cache/<kind>/<key>/``."""

    def __init__(self, root: Path, kind: str):
        self.dir = root / kind
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def fetch(self, entry: str, targets: dict[str, Path]) -> bool:
        """Copy the entry's files to ``targets`` (file name in the entry -> where); False when absent."""
        self.used.add(entry)
        folder = self.dir / entry
        if not all((folder / name).is_file() for name in targets):
            self.misses += 1
            return False
        for name, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / name, target)
        os.utime(folder)
        self.hits += 1
        return True

    def fetch_tree(self, entry: str, folder: str, target: Path) -> bool:
        """Copy everything under the entry's ``folder`` into ``target``; False when the entry is absent."""
        self.used.add(entry)
        source = self.dir / entry
        if not source.is_dir():
            self.misses += 1
            return False
        if (source / folder).is_dir():
            shutil.copytree(source / folder, target, dirs_exist_ok=True, copy_function=shutil.copyfile)
        os.utime(source)
        self.hits += 1
        return True

    def keep(self, entry: str, sources: dict[str, Path]) -> None:
        """Store copies of ``sources`` (file name in the entry -> file made by this build)."""
        self.used.add(entry)
        folder = self.dir / entry
        tmp = self.dir / f".{entry}.{os.getpid()}.{time.monotonic_ns()}.tmp"
        tmp.mkdir(parents=True)
        for name, source in sources.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, tmp / name)
        shutil.rmtree(folder, ignore_errors=True)
        try:
            tmp.rename(folder)
        except OSError:  # another build stored the same entry meanwhile: same inputs, same bytes
            shutil.rmtree(tmp, ignore_errors=True)

    def reuse_or_make(self, entry: str, files: dict[str, Path], make) -> None:
        """Copy the entry's ``files`` into place, or call ``make()`` to write them and keep them."""
        if not self.fetch(entry, files):
            make()
            self.keep(entry, files)

    def prune(self) -> None:
        """Remove what this build did not use (and leftovers of interrupted ones)."""
        if not self.dir.is_dir():
            return
        for folder in self.dir.iterdir():
            if folder.name not in self.used:
                shutil.rmtree(folder, ignore_errors=True)
