"""Quanyi: one national handbook text plus province overlays, assembled into editions.

Data flows one way, and each subpackage imports only those below it (the import contract
in pyproject.toml, checked by ``make test``)::

    content   sources -> validated model (readers, schema, loading)
    assembly  model -> editions (overlays, variables, the differences page)
    updates   What's new, Atom feeds, text messages
    checks    every check of the sources, and of the rendered HTML
    web/print renderers: the page tree and the renderer adapter, search, offline copies; PDFs
    pipeline  build, preview, benchmarks
    cli       the one entry point

``problems``, ``strings``, ``urls`` and ``builddate`` are shared by all of them.
"""
