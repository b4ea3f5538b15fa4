"""Updates as readers meet them: What's new pages, Atom feeds, text messages and their short links."""
