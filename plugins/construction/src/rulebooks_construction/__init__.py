"""rulebooks pack `construction`: a construction group's joint-venture partners (seed 篇12)."""

__version__ = "0.1.0"
