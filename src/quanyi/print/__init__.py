"""Print editions: A5 handbooks and copy-shop booklets, rendered with WeasyPrint.

The input is the same assembled Markdown as the site (:mod:`quanyi.assembly.assemble`); nothing
here imports the web renderer.
"""
