"""Quanyi: one national handbook text plus province overlays, assembled into editions.

Data flows one way: sources (handbooks/) -> validated model -> assembled editions
-> renderers (MkDocs site, PDFs). Nothing in this package imports MkDocs.
"""

LANGS = ("zh", "en")
"""Languages of every handbook; Chinese is the source language."""
