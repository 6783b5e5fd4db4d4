"""rulebooks pack `power`: an electricity supplier's customer managers (seed 篇8)."""

__version__ = "0.1.0"
