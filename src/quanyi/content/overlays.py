"""Overlay front matter: the operations and the schema every overlay file is checked against.

An overlay file lives at ``handbooks/provinces/<code>/<lang>/<name>.md``::

    ---
    target: minimum-wage        # id of a national section
    operation: replace          # replace | append | prepend | insert-after | remove
    regulations: [shaanxi-wage] # ids from the province's province.yml
    ---
    Local text, in Markdown.
"""

from __future__ import annotations

from quanyi.content import schema as s

OPERATIONS = ("replace", "append", "prepend", "insert-after", "remove")


def overlay_schema() -> s.Map:
    return s.Map({
        "target": s.Field(s.Str()),
        "operation": s.Field(s.OneOf(OPERATIONS)),
        "regulations": s.Field(s.List(s.Str(), min_items=1)),
        "translated-from": s.Field(s.Str(), required=False),
    }, description="overlay front matter")
