"""The `rulebooks` command line."""

from rulebooks.cli.main import main

__all__ = ["main"]
