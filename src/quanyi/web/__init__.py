"""The web edition: the tree the renderer turns into pages, the renderer adapter, search, offline copies."""
