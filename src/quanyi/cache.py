"""Outputs kept between builds, keyed by a hash of everything that makes them.

A rebuild after a small edit re-makes only what its inputs changed: each step hashes its
inputs (the document, the fonts it names, our own code and the versions of the libraries
that write the bytes) and copies the earlier output when the hash is known. Entries are
whole or absent (written under a temporary name, then renamed), and an entry unused by a
build is removed at its end, so the cache never outgrows one build of each kind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import os
import shutil
import time
from importlib import metadata
from pathlib import Path, PurePath

# What each layer's outputs cannot depend on: the layers above it (the import contract in
# pyproject.toml keeps it so). A change in the build's own steps then re-makes nothing, and a
# change in the web code no print file.
ABOVE = {
    None: frozenset(),
    "checks": frozenset({"web", "print", "pipeline", "review", "cli.py", "__main__.py"}),
    "print": frozenset({"web", "pipeline", "review", "cli.py", "__main__.py"}),
    "web": frozenset({"print", "pipeline", "review", "cli.py", "__main__.py"}),
}


@functools.cache
def code_salt(layer: str | None = None) -> str:
    """Hash of our package's files (those ``layer`` may use) and every installed library's version:
    new code never reuses old outputs."""
    digest = hashlib.sha256(package_hash(Path(__file__).parent, ABOVE[layer]).encode())
    # any library may write bytes we keep (the PDF writer, the renderer, the compressors, Pillow)
    for line in sorted({f"{d.metadata['Name']}=={d.version}".lower() for d in metadata.distributions()}):
        digest.update(line.encode())
    return digest.hexdigest()


def package_hash(package: Path, left_out: frozenset[str] = frozenset()) -> str:
    """Hash of the package's code and assets, without the subpackages and modules named in ``left_out``."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if path.is_file() and path.suffix in (".py", ".css", ".js", ".html", ".xsl", ".yml") \
                and rel.parts[0] not in left_out:
            digest.update(rel.as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key(*parts: str | bytes, layer: str | None = None) -> str:
    """Hash of ``parts`` and of the code that makes the output: ``layer``'s own and the layers below
    (``"print"``, ``"web"``, ``"checks"``), or all of it."""
    digest = hashlib.sha256(code_salt(layer).encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
    return digest.hexdigest()[:32]


def fingerprint(value, memo: dict[int, bytes] | None = None) -> bytes:
    """The same bytes for equal values in any process: dataclasses, objects, mappings, sequences, sets, scalars.

    ``pickle`` would do, but the order of a set of strings changes from one run to the next.
    ``memo`` (shared between calls on values that share parts, like editions of one handbook)
    keeps each object's bytes by its id, so a shared part is walked once (valid while those objects live).
    """
    if memo is None:
        memo = {}

    def walk(v) -> bytes:
        if v is None or isinstance(v, (str, bytes, int, float, dt.date, PurePath)):
            return repr(v).encode()
        if isinstance(v, (list, tuple)):
            return b"[" + b",".join(map(walk, v)) + b"]"
        if isinstance(v, dict):
            return b"{" + b",".join(sorted(walk(k) + b":" + walk(x) for k, x in v.items())) + b"}"
        if isinstance(v, (set, frozenset)):
            return b"<" + b",".join(sorted(map(walk, v))) + b">"
        if id(v) in memo:
            return memo[id(v)]
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            out = type(v).__name__.encode() + b"(" + b",".join(
                f.name.encode() + b"=" + walk(getattr(v, f.name)) for f in dataclasses.fields(v)) + b")"
        elif hasattr(v, "__dict__") and not callable(v):  # a plain object: its attributes
            out = type(v).__name__.encode() + walk(vars(v))
        else:
            raise TypeError(f"fingerprint: no stable form for {type(v).__name__}")
        # a digest stands for the object: equal objects give equal digests, and the bytes stay short
        memo[id(v)] = out = hashlib.sha256(out).digest()
        return out

    return walk(value)


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

    def read(self, entry: str, name: str) -> bytes | None:
        """One file of an entry, or None when the entry does not hold it."""
        self.used.add(entry)
        path = self.dir / entry / name
        if not path.is_file():
            self.misses += 1
            return None
        self.hits += 1
        return path.read_bytes()

    def write(self, entry: str, name: str, data: bytes) -> None:
        """Keep ``data`` as the entry's only file ``name`` (whole or not at all, as :meth:`keep`)."""
        self.keep(entry, {name: data})

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

    def keep(self, entry: str, sources: dict[str, Path | bytes]) -> None:
        """Store the entry: copies of ``sources`` (file name in the entry -> a file this build made, or bytes)."""
        self.used.add(entry)
        folder = self.dir / entry
        tmp = self.dir / f".{entry}.{os.getpid()}.{time.monotonic_ns()}.tmp"
        tmp.mkdir(parents=True)
        for name, source in sources.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            if isinstance(source, bytes):
                (tmp / name).write_bytes(source)
            else:
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
