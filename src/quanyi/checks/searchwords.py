"""Every handbook word in ``handbooks/search-words.yml`` must occur in the handbook's text.

Search looks for these words in the pages; one the chapters never use finds nothing, and
the editor who added it would not know. Compared as search compares: full-width letters
made plain, English in lower case; the web handbook's chapters and the overlays count.
"""

from __future__ import annotations

from quanyi.content.model import Project
from quanyi.content.searchwords import fold
from quanyi.problems import Problems
from quanyi.strings import LANGS


def check_search_words(project: Project, problems: Problems) -> None:
    words = project.search_words
    if words is None or not words.lexicons:
        return
    hb = next((h for h in project.handbooks.values() if h.web), None)
    for lang in LANGS:
        lexicon = words.lexicons.get(lang)
        if lexicon is None:
            continue
        files = [ch.files[lang] for ch in (hb.chapters if hb else []) if lang in ch.files]
        files += [ov.files[lang] for ov in project.overlays if lang in ov.files]
        text = fold("\n".join(line for md in files for line in md.lines))
        if lang == "zh":
            text = "".join(text.split())  # the index has no spaces around Chinese
        for word in lexicon.targets():
            probe = "".join(word.split()) if lang == "zh" else word
            if probe not in text:
                problems.warning(words.path, lexicon.lines.get(word, 1),
                                 f"'{word}' ({lang}) is not in the handbook's text, so search finds nothing with it",
                                 f"use a word the chapters use (look in handbooks/{hb.id if hb else '…'}/{lang}/), "
                                 "or remove it")
