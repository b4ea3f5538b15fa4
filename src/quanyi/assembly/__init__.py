"""Model -> editions: overlays applied, variables filled in, the differences page."""
