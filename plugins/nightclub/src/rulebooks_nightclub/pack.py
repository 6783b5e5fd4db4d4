"""Hooks of the pack (being written)."""
