"""The preview artifact: the built site made to work from disk, every internal link leading to a file."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from quanyi.assembly.assemble import all_editions
from quanyi.checks.run import load_checked
from quanyi.problems import Problems
from quanyi.review.artifact import ArtifactError, make_preview
from quanyi.web import offline, renderer
from quanyi.web.search import index_editions
from quanyi.web.styles import inline_styles
from quanyi.web.tree import write_tree

SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        self.links += [a[k] for k in ("href", "src", "action") if a.get(k)]
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.links.append(re.sub(r"^\s*\d+\s*;\s*url\s*=\s*", "", a.get("content") or "", flags=re.I))


def _parse(path: Path) -> _Links:
    page = _Links()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_on_disk(folder: Path) -> tuple[list[str], int]:
    """Every link of every page as a browser follows it from disk (a folder is not a page); and how many."""
    broken, checked, pages = [], 0, {}
    for html in sorted(folder.rglob("*.html")):
        for link in _parse(html).links:
            if SCHEME.match(link) or link.startswith("#"):
                continue  # another site, tel:, or this page
            checked += 1
            parts = urlsplit(link)
            target = (html.parent / unquote(parts.path)).resolve()
            if not target.is_file() or not target.is_relative_to(folder.resolve()):
                broken.append(f"{html.relative_to(folder)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                ids = pages.setdefault(target, _parse(target).ids)
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{html.relative_to(folder)}: {link} (no such id)")
    return broken, checked


def web_site(root: Path) -> Path:
    """The fixture's site without its print files: what the preview needs, in seconds."""
    for lang in ("zh", "en"):  # the pages every page's header and the 404 page lead to
        for name in ("search", "hotlines"):
            (root / "docs" / lang / f"{name}.md").write_text(f"# {name}\n", encoding="utf-8")
    problems = Problems(root)
    project = load_checked(root, problems)
    problems.raise_if_errors()
    write_tree(project, all_editions(project), root / "build")
    site = root / "site"
    ok, messages = renderer.build(root / "build", site)
    assert ok, messages
    index_editions(site, project.editions(), project.search_words)
    inline_styles(site, renderer.SCRIPTS, offline.CLASSES)
    (site / "404.html.gz").write_bytes(b"for a web server only")
    return site


def test_every_internal_link_of_the_preview_opens_a_file(mini, tmp_path):
    site = web_site(mini)
    before, _ = broken_on_disk(site)
    assert before  # served by a web server the site is fine; from disk its folder links are not
    preview = tmp_path / "preview"
    changed = make_preview(site, preview)
    broken, checked = broken_on_disk(preview)
    assert broken == [] and checked > 100
    assert changed == len(list(preview.rglob("*.html")))  # every page has folder links
    page = (preview / "shaanxi/pay/index.html").read_text(encoding="utf-8")
    assert 'href="../../en/shaanxi/pay/index.html"' in page
    # the page for a missing address links from the site's root: from disk, relative to itself
    assert re.search(r'href="(\./)?en/index\.html"', (preview / "404.html").read_text(encoding="utf-8"))
    # search loads its files as scripts, as in the offline copy
    script = (preview / "search-index/zh/shaanxi.js").read_text(encoding="utf-8")
    assert script.startswith('(window.quanyiData=window.quanyiData||{})["search-index/zh/shaanxi.json"]=')
    assert (preview / "search-index/en/words.js").is_file()
    assert not list(preview.rglob("*.gz"))  # what only a web server uses stays out
    assert (site / "shaanxi/pay/index.html").read_text(encoding="utf-8") != page  # the site itself is unchanged


def test_the_preview_is_never_written_into_the_site(mini):
    site = web_site(mini)
    with pytest.raises(ArtifactError, match="beside the site"):
        make_preview(site, site / "preview")
    with pytest.raises(ArtifactError, match="build the site first"):
        make_preview(mini / "nowhere", mini / "preview")


def test_the_real_site_preview_has_no_broken_link(real_site, tmp_path):
    make_preview(real_site, tmp_path / "preview")
    broken, checked = broken_on_disk(tmp_path / "preview")
    assert not broken, f"{len(broken)} broken links, e.g.:\n" + "\n".join(broken[:40])
    assert checked > 10_000
