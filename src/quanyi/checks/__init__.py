"""Every check of the sources (and of the rendered HTML), reported as path:line: what — fix."""
