"""Print fonts: Noto Sans CJK SC for Chinese, Noto Sans for English, pre-subset and cached.

Subsetting the whole CJK collection for every document is what makes a naive render slow
(13–20 s for a 120-page handbook). Here each face is cut down once to the characters the
content uses and kept in a cache folder; WeasyPrint then subsets that small font per
document in well under a second. The cache key covers the characters and the system font
files, so new text or a font upgrade makes a new subset and nothing stale is reused.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import fontTools
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

from .errors import PrintError

CJK = "Quanyi CJK"
LATIN = "Quanyi Latin"
# zh puts the CJK face first so that Chinese punctuation keeps its full width; en puts the
# Latin face first and falls back to CJK for the Chinese terms given in brackets. Each face is
# followed by its "extra" (an edition's own few characters; see FontSet.extras).
EXTRA = " Extra"
STACKS = {"zh": (CJK, CJK + EXTRA, LATIN, LATIN + EXTRA), "en": (LATIN, LATIN + EXTRA, CJK, CJK + EXTRA)}

NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
NOTO = Path("/usr/share/fonts/truetype/noto")
INSTALL = "install fonts-noto-cjk and fonts-noto-core (scripts/bootstrap.sh does)"

# Always present whatever the text says: what the layout itself adds (leaders, list
# bullets, hyphens from hyphenation, separators) and common punctuation.
BASE_CHARS = ("".join(chr(c) for c in range(0x20, 0x7F))
              + "，。、；：？！“”‘’（）《》〈〉【】「」『』—–…·•￥．\u2010\u00a0\u00ad")


@dataclass(frozen=True)
class Face:
    family: str
    weight: int
    style: str  # "normal" or "italic"
    source: Path
    name: str  # family name inside the file, to pick the right font of a collection

    @property
    def slug(self) -> str:
        return f"{self.family.lower().replace(' ', '-')}-{self.weight}-{self.style}"


FACES = (
    Face(CJK, 400, "normal", NOTO_CJK / "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
    Face(CJK, 700, "normal", NOTO_CJK / "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    Face(LATIN, 400, "normal", NOTO / "NotoSans-Regular.ttf", "Noto Sans"),
    Face(LATIN, 700, "normal", NOTO / "NotoSans-Bold.ttf", "Noto Sans"),
    Face(LATIN, 400, "italic", NOTO / "NotoSans-Italic.ttf", "Noto Sans"),
    Face(LATIN, 700, "italic", NOTO / "NotoSans-BoldItalic.ttf", "Noto Sans"),
)


def open_face(face: Face) -> TTFont:
    if not face.source.exists():
        raise PrintError(f"font {face.source} is missing — {INSTALL}")
    if face.source.suffix != ".ttc":
        return TTFont(str(face.source))
    for font in TTCollection(str(face.source)).fonts:
        if font["name"].getDebugName(1) == face.name:
            return font
    raise PrintError(f"{face.source} has no '{face.name}' — {INSTALL}")


@dataclass
class FontSet:
    files: dict[Face, Path]
    chars: str
    # faces cut to the few characters one edition adds to the shared set, under their own family
    # name (one family with two files mixes up their glyphs in WeasyPrint 70): an edit in one
    # province changes its own small font, not every edition's
    extras: dict[Face, tuple[Path, str]] = field(default_factory=dict)
    _cmap: set[int] | None = field(default=None, repr=False)

    def css(self) -> str:
        rules = [f"@font-face {{ font-family: '{face.family}'; src: url('{path.as_uri()}'); "
                 f"font-weight: {face.weight}; font-style: {face.style}; }}"
                 for face, path in self.files.items()]
        rules += [f"@font-face {{ font-family: '{face.family}{EXTRA}'; src: url('{path.as_uri()}'); "
                  f"font-weight: {face.weight}; font-style: {face.style}; }}"
                  for face, (path, chars) in self.extras.items()]
        return "\n".join(rules)

    def paths(self) -> set[Path]:
        """Every font file this set names: the shared faces and the edition's extras."""
        return {*self.files.values(), *(path for path, _ in self.extras.values())}

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` that no face has: they would come out as boxes or a stray font."""
        covered = self._covered()
        return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in covered})

    def _covered(self) -> set[int]:
        if self._cmap is None:
            # the system fonts' own maps: this runs before the subsets are made, to fail fast
            cmaps = self.cmaps()
            self._cmap = set().union(*(cmaps[f] for f in self.files if f.weight == 400 and f.style == "normal"))
        return self._cmap

    def cmaps(self) -> dict[Face, set[int]]:
        return {face: _system_cmap(face) for face in self.files}


@functools.cache
def _system_cmap(face: Face) -> frozenset[int]:
    return frozenset(open_face(face).getBestCmap())


def postscript_names(fonts: FontSet) -> set[str]:
    """Names the faces carry inside a PDF, as WeasyPrint writes them (spaces become dashes)."""
    return {(face.family + extra).replace(" ", "-") for face in fonts.files for extra in ("", EXTRA)}


def characters(text: str) -> str:
    return "".join(sorted(set(text + BASE_CHARS) - set("\n\r\t")))


def _key(face: Face, chars: str) -> str:
    stat = face.source.stat()
    seed = f"{chars}|{face.source}|{face.name}|{stat.st_size}|{stat.st_mtime_ns}|{fontTools.version}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def _target(face: Face, chars: str, cache: Path, jobs: list[SubsetJob], kind: str = "") -> Path:
    if not face.source.exists():
        raise PrintError(f"font {face.source} is missing — {INSTALL}")
    suffix = ".otf" if face.source.suffix == ".ttc" else ".ttf"
    target = cache / f"{face.slug}{kind}-{_key(face, chars)}{suffix}"
    if target.exists():
        os.utime(target)  # recently used: kept by the clean-up
    elif all(job.target != target for job in jobs):
        jobs.append(SubsetJob(face, chars, target))
    return target


def subset_jobs(text: str, cache: Path) -> tuple[FontSet, list[SubsetJob]]:
    """The font set for ``text`` and the subsets still to be made for it (none when cached)."""
    chars = characters(text)
    cache = cache.resolve()
    cache.mkdir(parents=True, exist_ok=True)
    jobs: list[SubsetJob] = []
    files = {face: _target(face, chars, cache, jobs) for face in FACES}
    return FontSet(files, chars), jobs


def with_extras(base: FontSet, text: str, cache: Path, jobs: list[SubsetJob]) -> FontSet:
    """``base`` plus small faces for the characters of ``text`` it lacks (new jobs go to ``jobs``)."""
    have = set(base.chars)
    extra = "".join(sorted({c for c in text if c not in have and not c.isspace()}))
    if not extra:
        return base
    cmaps = base.cmaps()
    extras = {}
    for face in base.files:
        chars = "".join(c for c in extra if ord(c) in cmaps[face])
        if chars:
            extras[face] = (_target(face, chars, cache.resolve(), jobs, "-extra"), chars)
    return FontSet(base.files, base.chars, extras)


def clean(cache: Path, used: set[Path], spare: int = 2) -> None:
    """Delete subsets this build did not use, keeping ``spare`` times as many as it did.

    Subsets made for older text are rarely needed again; keeping some lets builds of two
    versions of the text (say, a preview and ``make site``) run side by side.
    """
    fonts = sorted((p for p in cache.glob("quanyi-*") if not p.name.endswith(".tmp") and p not in used),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for old in fonts[spare * max(len(used), len(FACES)):]:
        old.unlink(missing_ok=True)


@dataclass(frozen=True)
class SubsetJob:
    face: Face
    chars: str
    target: Path


def make_subset(job: SubsetJob) -> Path:
    """Worker: write one subset font; the rename makes it appear whole or not at all."""
    font = open_face(job.face)
    options = subset.Options()
    # every feature: vertical forms, kerning, and "halt", which typeset.py asks for where two marks meet
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=job.chars)
    subsetter.subset(font)
    tmp = job.target.with_name(job.target.name + ".tmp")
    font.recalcTimestamp = False  # keep the source's date: the same text must give the same bytes
    font.save(str(tmp))
    tmp.replace(job.target)
    return job.target
