"""The one error print files fail with: its message says which file and what to change."""


class PrintError(Exception):
    pass
