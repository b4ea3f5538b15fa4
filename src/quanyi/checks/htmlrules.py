"""What HTML the handbook may contain: one set of rules for the sources and for the rendered pages.

Refused: elements that run code, embed other pages or change where the page loads from
(script, iframe, object, embed, form …); event attributes (``onclick=``); addresses that run
script or smuggle content (``javascript:``, ``vbscript:``, ``data:``); and anything the browser
would load from another host (images, scripts, stylesheets, fonts, media): readers may not
want anyone to see what they read, so the site makes no request to any other host.
Links to other sites (``<a href="https://…">``) are fine: the reader chooses to follow them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORBIDDEN = ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link",
             "form", "portal", "svg", "math", "style")
# Attributes whose value the browser loads, per element (``*``: any element).
LOADS = {"img": ("src", "srcset"), "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",),
         "track": ("src",), "input": ("src",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
         "script": ("src",), "link": ("href",), "iframe": ("src",), "embed": ("src",), "object": ("data",)}
LINK_FETCHES = ("stylesheet", "icon", "apple-touch-icon", "preload", "prefetch", "modulepreload", "manifest",
                "dns-prefetch", "preconnect", "prerender", "mask-icon")
ADDRESSES = ("href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background", "cite")
BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|livescript|mocha)\s*:", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)", re.I)
CSS_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)", re.I)
SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.I)


@dataclass(frozen=True)
class Finding:
    message: str
    fix: str
    evidence: str  # a piece of the offending HTML as written, to find it again in a source file


def remote(address: str) -> bool:
    """True when the browser would fetch ``address`` from another host."""
    address = address.strip()
    if address.startswith("//"):
        return True
    m = SCHEME.match(address)
    return bool(m) and m.group(1).lower() in ("http", "https", "ftp", "ws", "wss")


def _link_loads(attrs) -> bool:
    """A <link> the browser fetches (a stylesheet, an icon, a preload …), not one that only names a page."""
    rel = next((v or "" for k, v in attrs if k.lower() == "rel"), "").lower().split()
    return not rel or any(r in LINK_FETCHES for r in rel)


def _urls(name: str, value: str) -> list[str]:
    if name == "srcset":
        return [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
    return [value]


def check_tag(tag: str, attrs: list[tuple[str, str | None]], allow_elements: tuple[str, ...] = ()) -> list[Finding]:
    """Findings for one start tag as the tokenizer saw it (``attrs`` lower-cased names, raw values)."""
    tag = tag.lower()
    found = []
    forbidden = tag in FORBIDDEN and tag not in allow_elements
    if forbidden:  # one message is enough: the whole element goes
        found.append(Finding(f"raw HTML <{tag}> is not allowed: it could run code or load things from other sites",
                             "remove it; write plain Markdown", f"<{tag}"))
    for name, value in attrs:
        name, value = name.lower(), value or ""
        if name.startswith("on"):
            found.append(Finding(f"HTML event attribute '{name}=' is not allowed: it runs script",
                                 "remove the attribute", name))
            continue
        if tag == "form" and name == "action" and remote(value) and not forbidden:
            found.append(Finding(f"a form sends what readers type to {value}, another site",
                                 "remove the form", value))
            continue
        if name in ADDRESSES and BAD_SCHEME.match(value):
            scheme = BAD_SCHEME.match(value).group(1).lower()
            found.append(Finding(f"'{scheme}:' addresses are not allowed in links: they run script",
                                 "link to an https:// address or another page instead", value.strip()[:40]))
            continue
        loaded = name in LOADS.get(tag, ()) and (tag != "link" or _link_loads(attrs))
        if loaded and not forbidden:
            for url in _urls(name, value):
                if remote(url):
                    found.append(Finding(f"<{tag}> loads {url} from another site: readers' phones would contact it",
                                         "put the file in the repository (overrides/assets/) and link to it there, "
                                         "or leave it out", url))
        if name == "style":
            found += css_findings(value)
    return found


def css_findings(css: str) -> list[Finding]:
    """Fonts, images and stylesheets that CSS would load from another host."""
    found = []
    for url in CSS_URL.findall(css) + CSS_IMPORT.findall(css):
        if remote(url) or BAD_SCHEME.match(url):
            found.append(Finding(f"CSS loads {url.strip()} from another site: readers' phones would contact it",
                                 "remove it; the site uses only its own files", url.strip()))
    return found
