"""Reviewing a change: what it does to each edition (quanyi diff) and a preview that opens from disk."""
